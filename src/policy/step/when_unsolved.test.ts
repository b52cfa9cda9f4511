// A caller who tried what a tool's answer told them and reports no change gets the tool the app keeps
// for problems not solved on the call, when it has no step-by-step tool. A made-up printer helpdesk.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const helpdesk = defineWorkflow({
  name: 'printer-helpdesk',
  userData: z.object({}),
  start: 'printers',
  agents: [
    {
      id: 'printers',
      description: 'Helps with office printers.',
      instructions: 'Check the printer status first. If the advice does not help, book a technician.',
      canEndCall: true,
      tools: {
        printer_status: llm.tool({
          description: 'Look up a printer by its asset tag and say what to try.',
          parameters: z.object({ asset_tag: z.string().describe('The asset tag, like P-1234.') }),
          execute: async () => 'No fault is logged. Ask them to switch it off for ten seconds and on again.',
        }),
        book_technician: llm.tool({
          description: 'Book a technician visit when the problem is not fixed on this call.',
          parameters: z.object({ fault: z.string().describe('What is wrong and what was tried.') }),
          execute: async () => 'Booked visit V-77.',
        }),
      },
    },
  ],
  edges: [],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const agent = builtAgent(helpdesk, 'printers');
const decide = (lines: Turn[]) => policy.decide(chatOf(agent.instructions, lines), agent.toolCtx);
const checked: Turn[] = [
  ['user', 'the printer on floor two jams on every page, tag P-4410'],
  [
    'tool',
    'printer_status',
    { asset_tag: 'P-4410' },
    'No fault is logged. Ask them to switch it off for ten seconds and on again.',
  ],
  ['assistant', 'No fault is logged. Could you switch it off for ten seconds and on again?'],
];

describe('no change after a tool told the caller what to try', () => {
  it('books what the app keeps for unsolved problems', async () => {
    const d = await decide([...checked, ['user', 'ok I did that, no luck, still jamming']]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['book_technician']);
  });

  it('does not book it when the caller says it works now', async () => {
    const d = await decide([...checked, ['user', 'ok that fixed it, it prints fine now']]);
    expect(d.toolCalls.map((c) => c.name)).not.toContain('book_technician');
  });

  it('does not book it before anything was tried', async () => {
    const d = await decide([['user', 'the printer on floor two still does not work']]);
    expect(d.toolCalls.map((c) => c.name)).not.toContain('book_technician');
  });
});
