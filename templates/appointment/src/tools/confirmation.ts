import { llm } from '@livekit/agents';
import { getEmail } from 'switchboard';
import { z } from 'zod';
import type { Schedule } from '../api/schedule.js';
import type { AppointmentUserData } from '../userdata.js';

export function sendConfirmationTool(schedule: Schedule) {
  return llm.tool({
    description: 'Send the appointment details by text message to the patient’s phone, or by email.',
    parameters: z.object({
      channel: z.enum(['sms', 'email']).describe('sms (to the phone on the booking) or email.'),
      email: z
        .string()
        .optional()
        .describe('The email address, when the channel is email; the tool asks for it if the caller has not said it.'),
    }),
    execute: async ({ channel, email }, { ctx }: llm.ToolOptions<AppointmentUserData>) => {
      const u = ctx.userData;
      if (!u.appointmentId || !u.phone)
        throw new llm.ToolError('There is no booking to confirm yet. Go back and book it first.');
      let to = u.phone;
      if (channel === 'email') {
        // Said with the request: taken as said. Missing or unclear: asked for, spelled back and corrected.
        const address = await getEmail().runWith(email);
        if (!address.ok) throw new llm.ToolError('No email address to send it to. Offer a text message instead.');
        to = address.value;
      }
      schedule.sendConfirmation(u.appointmentId, channel, to);
      u.confirmationSentTo = to;
      return `Sent the details of ${u.appointmentId} to ${to}. It includes a link to reschedule.`;
    },
  });
}
