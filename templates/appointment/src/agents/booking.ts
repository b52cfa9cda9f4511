import { defineAgent } from 'switchboard';
import type { Schedule } from '../api/schedule.js';
import { slotHeld } from '../guards.js';
import { bookAppointmentTool } from '../tools/booking.js';
import type { AppointmentUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function booking(schedule: Schedule) {
  return defineAgent<AppointmentUserData>({
    id: 'booking',
    description: 'Books the held time under the patient’s name and phone.',
    instructions: `You book the held time. Ask for the patient's full name and a phone number for reminders, then call book_appointment. If the caller wants a different time, send them back to availability. ${PHONE_STYLE}`,
    onEnter: 'Say the time is held, and ask for the patient’s full name and a phone number.',
    tools: { book_appointment: bookAppointmentTool(schedule) },
    guards: { book_appointment: slotHeld },
    examples: {
      book_appointment: [
        'it is Jamie Fox, 617 555 0123',
        'my name is Jamie Fox and my number is 617 555 0123',
        'Priya Nair, phone 617 555 0175',
      ],
    },
  });
}
