// A request described at length that names none of a list's values takes the list's "other" value,
// and the day something happened counts as one of a tool's values when the classifier only leans.
// A bicycle-insurance line, worded apart from any app.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const cover = defineWorkflow({
  name: 'bike-cover',
  userData: z.object({}),
  start: 'claims',
  agents: [
    {
      id: 'claims',
      description: 'Takes bicycle claims.',
      instructions: 'You take bicycle insurance claims.',
      canEndCall: true,
      tools: {
        log_incident: llm.tool({
          description: 'Log what happened to the bike, when it happened, and a short description.',
          parameters: z.object({
            kind: z
              .enum(['theft', 'crash', 'vandalism', 'other'])
              .describe('theft (stolen), crash (collision), vandalism, or other.'),
            date: z.string().describe('The date it happened, like 2025-03-02.'),
            details: z.string().describe('What happened, in the caller’s words.'),
          }),
          execute: async () => 'Logged.',
        }),
        update_address: llm.tool({
          description: 'Change the postal address on the policy.',
          parameters: z.object({ address: z.string().describe('The new address.') }),
          execute: async () => 'Updated.',
        }),
      },
    },
  ],
  edges: [],
});

const tools = builtAgent(cover, 'claims').toolCtx;
const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const decide = (said: string) => policy.decide(chatOf('Help the caller.', [['caller', said]]), tools);

describe("a list's other value", () => {
  it('takes a case described at length that names none of the rest', async () => {
    const d = await decide(
      'a squirrel ran into the front wheel yesterday and bent the spokes badly, the rim is warped now',
    );
    expect(d.toolCalls.map((c) => c.name)).toEqual(['log_incident']);
    expect(JSON.parse(JSON.stringify(d.toolCalls[0]!.args)).kind).toBe('other');
  });

  it('leaves a value the caller named alone', async () => {
    const d = await decide('my bike was stolen from outside the station yesterday, the lock was cut clean through');
    expect(d.toolCalls[0]?.args).toMatchObject({ kind: 'theft' });
  });
});

describe('a kind named in an earlier line', () => {
  it('is taken over "other" when the line that completes the request names none', async () => {
    const d = await policy.decide(
      chatOf('Help the caller.', [
        ['caller', 'hi, somebody nicked my bike from the rack'],
        ['agent', 'I am sorry to hear that. When did it happen, and what happened?'],
        ['caller', 'yesterday evening, the rack by the station, both wheels and the frame gone, only the lock left'],
      ]),
      tools,
    );
    expect(d.toolCalls.map((c) => c.name)).toEqual(['log_incident']);
    expect(d.toolCalls[0]?.args).toMatchObject({ kind: 'theft' });
  });
});
