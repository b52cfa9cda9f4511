import { llm } from '@livekit/agents';
import { looksLikeEmail, normalizeEmail } from 'switchboard/spoken';
import { z } from 'zod';
import type { SalesCrm } from '../api/crm.js';
import type { SalesUserData } from '../userdata.js';

export function bookMeetingTool(crm: SalesCrm) {
  return llm.tool({
    description: 'Book the earliest free meeting with an account executive and send the invite to the caller’s email.',
    parameters: z.object({
      email: z.string().describe('Where to send the invite, for example "dana@acme.com".'),
    }),
    execute: async ({ email }, { ctx }: llm.ToolOptions<SalesUserData>) => {
      const address = normalizeEmail(email);
      if (!looksLikeEmail(address)) {
        throw new llm.ToolError(
          `"${email}" does not sound like an email address. Ask the caller to spell it, saying "at" and "dot".`,
        );
      }
      const slot = crm.bookMeeting(address);
      if (!slot) {
        throw new llm.ToolError(
          'The account executives’ calendar is full this week. Offer to bring in a person now instead.',
        );
      }
      ctx.userData.email = address;
      ctx.userData.meetingTime = slot;
      return `Booked with an account executive for ${slot}; the invite is on its way to ${address}.`;
    },
  });
}
