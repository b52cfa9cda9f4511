// Names on file in a made-up riding school: the horse's name kept for the call ("horseName") is
// never the rider's own name when a tool asks for the caller's name.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const school = defineWorkflow({
  name: 'riding_school',
  userData: z.object({ horseName: z.string().optional() }),
  start: 'yard',
  agents: [
    {
      id: 'yard',
      description: 'Reports on the horses in livery.',
      instructions: 'You answer for the livery yard of a riding school.',
      tools: {
        farrier_report: llm.tool({
          description: 'Read the farrier’s report on a horse to its owner.',
          parameters: z.object({
            horse_name: z.string().describe('The horse the report is for.'),
            owner_name: z.string().describe('The caller’s first and last name, as on the livery contract.'),
          }),
          execute: async () => 'Report read.',
        }),
      },
      examples: { farrier_report: ['has the farrier been', 'what did the farrier say'] },
      canEndCall: true,
    },
  ],
  edges: [],
});

const { toolCtx, instructions } = builtAgent(school, 'yard');
const policy = new DialoguePolicy({ now: () => new Date('2025-03-05T10:00:00') });

describe('a name on file that is someone else’s', () => {
  it('fills the horse’s argument, never the owner’s', async () => {
    const facts = `${instructions}\nKnown facts about this call:\n- horseName: "Juniper"\n`;
    const d = await policy.decide(chatOf(facts, [['caller', 'what did the farrier say']]), toolCtx);
    const args = d.toolCalls[0]?.args ?? {};
    expect(args.owner_name).toBeUndefined();
    expect(args.horse_name ?? 'Juniper').toBe('Juniper');
  });
});
