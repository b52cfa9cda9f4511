import { llm } from '@livekit/agents';
import { looksLikeEmail, normalizeEmail } from 'switchboard/spoken';
import { z } from 'zod';
import type { Schedule } from '../api/schedule.js';
import type { AppointmentUserData } from '../userdata.js';

export function sendConfirmationTool(schedule: Schedule) {
  return llm.tool({
    description: 'Send the appointment details by text message to the patient’s phone, or by email.',
    parameters: z.object({
      channel: z.enum(['sms', 'email']).describe('sms (to the phone on the booking) or email.'),
      email: z.string().optional().describe('The email address, when the channel is email.'),
    }),
    execute: async ({ channel, email }, { ctx }: llm.ToolOptions<AppointmentUserData>) => {
      const u = ctx.userData;
      if (!u.appointmentId || !u.phone)
        throw new llm.ToolError('There is no booking to confirm yet. Go back and book it first.');
      let to = u.phone;
      if (channel === 'email') {
        const address = normalizeEmail(email ?? '');
        if (!looksLikeEmail(address)) {
          throw new llm.ToolError(
            'I need an email address to send it to. Ask the caller to spell it, or offer a text message.',
          );
        }
        to = address;
      }
      schedule.sendConfirmation(u.appointmentId, channel, to);
      u.confirmationSentTo = to;
      return `Sent the details of ${u.appointmentId} to ${to}. It includes a link to reschedule.`;
    },
  });
}
