// An emergency said while the agent waits for an answer goes to the person the workflow keeps for
// emergencies; an agent whose own tools handle emergencies keeps it. A made-up riding stable.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const stable = (incidentTool: boolean) =>
  defineWorkflow({
    name: 'riding-stable',
    userData: z.object({}),
    start: 'lessons',
    agents: [
      {
        id: 'lessons',
        description: 'Books riding lessons.',
        instructions: 'You book lessons.',
        canEndCall: true,
        tools: {
          book_lesson: llm.tool({
            description: 'Book a riding lesson at a time.',
            parameters: z.object({ when: z.string().describe('The day and time, like 2026-03-06T10:00.') }),
            execute: async () => 'Booked.',
          }),
          ...(incidentTool
            ? {
                report_incident: llm.tool({
                  description: 'Report an accident in the yard: a rider collapsed, bleeding or not breathing.',
                  parameters: z.object({ what: z.string().describe('What happened.') }),
                  execute: async () => 'Reported.',
                }),
              }
            : {}),
        },
      },
      {
        id: 'yard_manager',
        description: 'The yard manager on duty.',
        instructions: 'A person.',
        human: true,
        canEndCall: true,
      },
    ],
    edges: [],
    escalation: {
      agent: 'yard_manager',
      when: 'An emergency (a rider or horse injured, bleeding, collapsed) or the caller asks for a person.',
    },
  });

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const names = async (incidentTool: boolean, lines: Turn[]) =>
  (
    await policy.decide(chatOf('Help the caller.', lines), builtAgent(stable(incidentTool), 'lessons').toolCtx)
  ).toolCalls.map((c) => c.name);
const call: Turn[] = [
  ['user', 'I would like to book a lesson for my daughter'],
  ['assistant', 'When would suit you? A day and a time is perfect.'],
  ['user', "wait oh no, she just collapsed, she's shaking and won't get up"],
];

describe('an emergency while a question is open', () => {
  it('goes to the person kept for emergencies', async () => {
    expect(await names(false, call)).toEqual(['escalate_to_human']);
  });

  it('stays with an agent whose own tools handle it', async () => {
    expect(await names(true, call)).not.toContain('escalate_to_human');
  });
});
