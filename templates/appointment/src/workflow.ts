// Appointment booking: reception learns the visit type, availability finds and holds a time,
// booking takes the patient's details, confirmation sends them. Guards keep the steps in order.
import { defineWorkflow } from 'switchboard';
import { z } from 'zod';
import { availability } from './agents/availability.js';
import { booking } from './agents/booking.js';
import { confirmation } from './agents/confirmation.js';
import { reception } from './agents/reception.js';
import { Schedule } from './api/schedule.js';
import { appointmentBooked, slotHeld } from './guards.js';
import { AppointmentUserData, PROTECTED_FIELDS, SERVICES } from './userdata.js';

export interface AppointmentDeps {
  /** The clinic's scheduling system; the mock by default. */
  schedule?: Schedule;
}

export function appointmentWorkflow(deps: AppointmentDeps = {}) {
  const schedule = deps.schedule ?? new Schedule();
  return defineWorkflow({
    name: 'appointment',
    userData: AppointmentUserData,
    protectedFields: [...PROTECTED_FIELDS],
    start: 'reception',
    agents: [reception, availability(schedule), booking(schedule), confirmation(schedule)],
    edges: [
      {
        from: 'reception',
        to: 'availability',
        when: 'The caller wants to book an appointment and said what it is for.',
        carries: z.object({
          service: z
            .enum(SERVICES)
            .describe(
              'cleaning (clean, hygiene, scale), checkup (check-up, check up, exam, look at my teeth), filling (cavity, toothache, hole, tooth hurts), or whitening (whiten, whiter, bleach).',
            ),
          patientName: z.string().optional().describe('The patient’s name, if they gave it.'),
        }),
        examples: [
          'I need a cleaning',
          'I would like to book a checkup',
          'I think I need a filling',
          'I want my teeth whitened',
        ],
      },
      {
        from: 'availability',
        to: 'booking',
        when: 'A time is held with hold_slot.',
        requires: slotHeld,
        examples: ['great, please book it', 'yes, go ahead and book it', 'please go ahead with the booking'],
      },
      {
        from: 'booking',
        to: 'availability',
        when: 'The caller wants a different time.',
        examples: ['actually can we do another day', 'I need a different time', 'that time does not work after all'],
      },
      {
        from: 'booking',
        to: 'confirmation',
        when: 'book_appointment has booked the appointment.',
        requires: appointmentBooked,
        history: 'summary',
        examples: ['can you send me the details', 'ok, what happens now', 'how will I know the details'],
      },
    ],
  });
}

// `switchboard console` and `switchboard check` load the default export.
export default appointmentWorkflow;
