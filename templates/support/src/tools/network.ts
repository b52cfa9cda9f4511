import { llm } from '@livekit/agents';
import { digitsOf } from 'switchboard/spoken';
import { z } from 'zod';
import type { Helpdesk } from '../api/helpdesk.js';
import type { SupportUserData } from '../userdata.js';

export function checkOutageTool(helpdesk: Helpdesk) {
  return llm.tool({
    description: 'Check for a known network outage at the caller’s ZIP code before troubleshooting.',
    parameters: z.object({
      zip_code: z.string().describe('The five-digit ZIP code of the address with the problem, for example "94107".'),
    }),
    execute: async ({ zip_code }) => {
      const zip = digitsOf(zip_code);
      if (zip.length !== 5) {
        throw new llm.ToolError(
          `ZIP codes have five digits, but I heard "${zip_code}". Ask the caller to say it again.`,
        );
      }
      const outage = helpdesk.outageAt(zip);
      if (outage) {
        return `Yes, there is an outage: ${outage.summary}. It should be fixed ${outage.expectedFix}, so there is nothing to fix at home. I can open a ticket so we let you know when it is back.`;
      }
      return `There is no known outage at ${zip}. Please restart your router: unplug it for thirty seconds, plug it back in, and wait two minutes.`;
    },
  });
}

export function openTicketTool(helpdesk: Helpdesk) {
  return llm.tool({
    description: 'Open a ticket so a technician follows up, when the problem is not solved on this call.',
    parameters: z.object({
      summary: z.string().describe('One or two sentences: the problem and what was already tried.'),
    }),
    execute: async ({ summary }, { ctx }: llm.ToolOptions<SupportUserData>) => {
      const text = summary.replace(/\s+/g, ' ').trim();
      if (text.length < 12) {
        throw new llm.ToolError(
          'That summary is too short for a technician to act on. Describe the problem and what was tried, then try again.',
        );
      }
      const userData = ctx.userData;
      const ticket = helpdesk.openTicket({ customerId: userData.customerId, summary: text });
      userData.ticketIds = [...userData.ticketIds, ticket.id];
      const contact = userData.email ? ` A technician will email ${userData.email} within one business day.` : '';
      return `Opened ticket ${ticket.id}.${contact}`;
    },
  });
}
