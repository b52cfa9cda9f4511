import { llm } from '@livekit/agents';
import { z } from 'zod';
import { ISSUE_CATEGORIES, type SupportUserData } from '../userdata.js';
import type { DeskDeps } from './deps.js';

export const createTicketParams = z.object({
  summary: z
    .string()
    .describe('One or two sentences for the team that picks this up: the problem and what was already tried.'),
  category: z
    .enum(ISSUE_CATEGORIES)
    .optional()
    .describe('technical, billing or general. Leave out to use the call’s issue category.'),
});

export function createTicketTool(deps: DeskDeps) {
  return llm.tool({
    description:
      'Open a support ticket so the team follows up after the call. Use when the problem cannot be solved now, or the caller asks for one.',
    parameters: createTicketParams,
    execute: async ({ summary, category }, { ctx }: llm.ToolOptions<SupportUserData>) => {
      const userData = ctx.userData;
      const text = summary.replace(/\s+/g, ' ').trim();
      if (text.length < 10) {
        throw new llm.ToolError(
          'That summary is too short for the team to act on. Describe the problem and what was tried in a sentence or two, then try again.',
        );
      }
      // The team sees everything gathered during the call, not only the one-line summary.
      const notes = [...userData.collectedDetails, ...userData.actionsTaken].map((n) => n.replace(/[.!?]*$/, '.'));
      const details = notes.length > 0 ? ` Call notes: ${notes.join(' ')}` : '';
      const ticket = deps.store.createTicket({
        customerId: userData.customerId,
        callerName: userData.callerName,
        category: category ?? userData.issueCategory ?? 'general',
        summary: `${text}${details}`,
        at: deps.now(),
      });
      userData.ticketId = ticket.id;
      const followUp = userData.email
        ? `The team will follow up by email at ${userData.email}.`
        : 'Please keep that number for when you call us again.';
      return `I have opened ticket ${ticket.id} for your ${ticket.category} issue. ${followUp}`;
    },
  });
}
