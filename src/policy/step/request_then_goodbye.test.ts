// A request and a goodbye in one turn ("yes book the service, the chain skips. thanks, bye"), on a
// made-up bike shop's workshop line: the tool asked for is called first, and only then the call ends.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { requestBeforeFarewell } from '../cues.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const bikes = defineWorkflow({
  name: 'bike-shop',
  userData: z.object({}),
  start: 'workshop',
  agents: [
    {
      id: 'workshop',
      description: 'Books bike repairs.',
      instructions: 'You run the workshop line.',
      canEndCall: true,
      tools: {
        check_parts: llm.tool({
          description: 'Check whether a spare part is in stock.',
          parameters: z.object({ part: z.string().describe('The part, like "brake pads".') }),
          execute: async () => 'In stock.',
        }),
        book_service: llm.tool({
          description: 'Book a bike service in the workshop.',
          parameters: z.object({ problem: z.string().describe("What is wrong with the bike, in the caller's words.") }),
          execute: async () => 'Service booked for Friday.',
        }),
      },
    },
  ],
  edges: [],
});

describe('a request before the goodbye', () => {
  it('is read apart from the closing', () => {
    expect(requestBeforeFarewell('yes book the service, send it in. thanks, bye')).toBe(
      'yes book the service, send it in.',
    );
    expect(requestBeforeFarewell('ok great. thanks, bye')).toBeUndefined();
    expect(requestBeforeFarewell('book the service please')).toBeUndefined();
  });

  it('calls the tool first, then the call can end', async () => {
    const { toolCtx, instructions } = builtAgent(bikes, 'workshop');
    const d = await new DialoguePolicy().decide(
      chatOf(instructions, [
        ['caller', 'my chain keeps skipping when I change gear, do you have a new chain?'],
        ['tool', 'check_parts', { part: 'chain' }, 'In stock.'],
        ['agent', 'In stock.'],
        ['caller', 'yeah I tried oiling it already, still skipping'],
        ['agent', 'Sorry, I did not catch that. I can check a spare part or book a bike service.'],
        ['caller', 'yes book a service, get someone on it. thanks, bye'],
      ]),
      toolCtx,
    );
    expect(d.toolCalls.map((c) => c.name)).toEqual(['book_service']);
  });

  it('what the caller will do themselves is no request: the call just ends', async () => {
    const { toolCtx, instructions } = builtAgent(bikes, 'workshop');
    const d = await new DialoguePolicy().decide(
      chatOf(instructions, [
        ['caller', 'do you have brake pads in stock?'],
        ['tool', 'check_parts', { part: 'brake pads' }, 'In stock.'],
        ['agent', 'In stock.'],
        ['caller', "sweet, I'll book a service online later. thanks, bye"],
      ]),
      toolCtx,
    );
    expect(d.toolCalls.map((c) => c.name)).toEqual(['end_call']);
  });
});
