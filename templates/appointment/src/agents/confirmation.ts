import { defineAgent } from 'switchboard';
import type { Schedule } from '../api/schedule.js';
import { sendConfirmationTool } from '../tools/confirmation.js';
import type { AppointmentUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function confirmation(schedule: Schedule) {
  return defineAgent<AppointmentUserData>({
    id: 'confirmation',
    description: 'Sends the booking details and wraps up.',
    instructions: `The appointment is booked. Repeat the day and time, offer to send the details by text or email, and say goodbye. ${PHONE_STYLE}`,
    onEnter: 'Repeat the booked day and time, and ask whether to send the details by text message or email.',
    tools: { send_confirmation: sendConfirmationTool(schedule) },
    examples: {
      send_confirmation: ['text me please', 'send it by sms', 'email it to jamie@example.com'],
    },
    canEndCall: true,
  });
}
