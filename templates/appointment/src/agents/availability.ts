import { defineAgent } from 'switchboard';
import type { Schedule } from '../api/schedule.js';
import { findSlotsTool, holdSlotTool } from '../tools/availability.js';
import type { AppointmentUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function availability(schedule: Schedule) {
  return defineAgent<AppointmentUserData>({
    id: 'availability',
    description: 'Finds free times and holds the one the caller picks.',
    instructions: `You find appointment times. Ask which day and whether morning or afternoon suits, offer the free times from find_slots, and hold the one the caller picks with hold_slot. Then move on to booking. ${PHONE_STYLE}`,
    onEnter: (u) =>
      `Ask which day suits for the ${u.service ?? 'appointment'}, and whether mornings or afternoons are better.`,
    tools: { find_slots: findSlotsTool(schedule), hold_slot: holdSlotTool(schedule) },
    // Both only prepare the booking: a caller who hears the free times, or holds one, and leaves has no appointment.
    steps: ['find_slots', 'hold_slot'],
    examples: {
      find_slots: [
        'do you have anything on Tuesday',
        'what is free tomorrow afternoon',
        'the earliest you have',
        'next Monday morning',
      ],
      hold_slot: ['the 2 PM one please', 'I will take 11 AM', 'the one at 11 please', 'Tuesday at 3 PM suits me'],
    },
  });
}
