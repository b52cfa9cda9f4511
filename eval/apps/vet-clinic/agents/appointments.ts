import { defineAgent } from 'switchboard';
import type { Clinic } from '../api/clinic.js';
import { bookVisitTool, cancelVisitTool, findVisitTimesTool, rescheduleVisitTool } from '../tools/visits.js';
import type { VetClinicUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function appointments(clinic: Clinic) {
  return defineAgent<VetClinicUserData>({
    id: 'appointments',
    description: 'Books, cancels and moves visits for pets.',
    instructions: `You look after the diary. To book: learn the pet's name, what kind of animal it is and what the visit is for, ask which day and part of the day suits, offer times from find_visit_times, then book the one the caller picks with book_visit and the client number. To move a visit: find new times first, then reschedule_visit. To cancel: cancel_visit, and mention any late fee the tool reports. For anything else (refills, results, hours), send the caller back to the front desk. ${PHONE_STYLE}`,
    onEnter: (u) =>
      u.petName
        ? `Ask whether the caller wants to book, move or cancel a visit for ${u.petName}, and for their client number.`
        : 'Ask whether the caller wants to book, move or cancel a visit, and for their pet’s name.',
    tools: {
      find_visit_times: findVisitTimesTool(clinic),
      book_visit: bookVisitTool(clinic),
      cancel_visit: cancelVisitTool(clinic),
      reschedule_visit: rescheduleVisitTool(clinic),
    },
    examples: {
      find_visit_times: [
        'do you have anything on Friday morning',
        'what is free tomorrow afternoon',
        'the earliest you have for my cat',
        'can we see Dr. Okafor next week',
        'anything Thursday evening',
      ],
      book_visit: [
        'the 2 PM one please, for Biscuit, client MS-1042',
        'book Biscuit in for his shots at 11',
        'I will take Tuesday at 3, it is for a checkup',
      ],
      cancel_visit: [
        'I need to cancel Biscuit’s appointment',
        'please cancel the visit for Shadow',
        'we cannot make it, cancel it',
      ],
      reschedule_visit: [
        'can I move Biscuit’s appointment to the 4 PM',
        'change it to Friday at 9 please',
        'I would like to reschedule to that time',
      ],
    },
    canEndCall: true,
  });
}
