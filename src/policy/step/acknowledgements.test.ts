// What callers say that asks for nothing: a reaction ending in thanks or "okay", a withdrawal of
// the request in hand ("never mind, I'll sort it out myself"), and closings worded loosely
// ("ok got it, thanks, that's all", "thanks ever so much, bye now"). None of them is "Sorry, I
// didn't catch that". A made-up bike-hire line: a front desk and a rentals desk reached by a call.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { acknowledgement, isGoodbye, withdraws } from '../cues.js';
import { entryTag } from '../../workflow/tool_meta.js';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const bikes = defineWorkflow({
  name: 'bike-hire',
  userData: z.object({}),
  start: 'front',
  agents: [
    { id: 'front', description: 'Front desk.', instructions: 'You answer the phone.', canEndCall: true },
    {
      id: 'rentals',
      description: 'Looks up rentals.',
      instructions: 'You are the rentals desk.',
      returns: z.object({ summary: z.string().optional() }),
      tools: {
        rental_status: llm.tool({
          description: 'Look up a bike rental by its rental number.',
          parameters: z.object({ rental_id: z.string().describe('The rental number, like "BK-2210".') }),
          execute: async () => 'Rental BK-2210 is due back on Friday.',
        }),
        spare_parts: llm.tool({
          description: 'Say which spare parts come with a hired bike.',
          parameters: z.object({}),
          execute: async () => 'Every bike comes with a pump and a lock.',
        }),
      },
    },
    {
      id: 'info',
      description: 'Answers general questions about the shop.',
      instructions: 'You answer general questions.',
      returns: z.object({ summary: z.string().optional() }),
      onEnter: 'Ask what the caller would like to know.',
      tools: {
        shop_info: llm.tool({
          description: 'Answer a general question about the shop: opening times, where it is, repairs.',
          parameters: z.object({ question: z.string().describe('The caller’s question, in their words.') }),
          execute: async () => 'We open at nine.',
        }),
      },
    },
  ],
  edges: [
    { from: 'front', to: 'rentals', mode: 'call', when: 'The caller asks about a bike rental.' },
    { from: 'front', to: 'info', mode: 'call', when: 'The caller has a general question about the shop.' },
  ],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const decide = (agent: string, lines: Turn[], calledFrom?: string) =>
  policy.decide(chatOf('Help the caller.', lines), builtAgent(bikes, agent, calledFrom).toolCtx);
const names = (d: { toolCalls: { name: string }[] }) => d.toolCalls.map((c) => c.name);

const looked: Turn[] = [
  ['user', 'when is rental BK-2210 due back'],
  ['tool', 'rental_status', { rental_id: 'BK-2210' }, 'Rental BK-2210 is due back on Friday.'],
  ['assistant', 'Rental BK-2210 is due back on Friday.'],
];

describe('cues', () => {
  it('reads a reaction that ends in thanks or assent as an acknowledgement', () => {
    expect(acknowledgement('friday is plenty. okay cool, thanks')).toEqual({ thanks: true });
    expect(acknowledgement("yeah, it's working now, thank you")).toEqual({ thanks: true });
    expect(acknowledgement('oh, a flat tyre. ok makes sense')).toEqual({ thanks: false });
    expect(acknowledgement('is it friday? thanks')).toBeUndefined();
    expect(acknowledgement('the bike has a flat tyre')).toBeUndefined();
  });

  it('reads a withdrawal of the request', () => {
    expect(withdraws("actually never mind, I'll sort it out myself")).toBe(true);
    expect(withdraws("forget it, I'll email")).toBe(true);
    expect(withdraws('I mind the noise of the chain')).toBe(false);
    // Keeping the thing as it is takes back the change to it; keeping it longer asks for one.
    expect(withdraws("i'll just keep the booking then")).toBe(true);
    expect(withdraws("ok we'll keep it as it is")).toBe(true);
    expect(withdraws("i'll keep it for another week")).toBe(false);
  });

  it('reads loosely worded closings', () => {
    expect(isGoodbye("ok got it, thanks, that's all")).toBe(true);
    expect(isGoodbye('thanks ever so much, bye now')).toBe(true);
    expect(isGoodbye("nope, that's it. adiós")).toBe(true);
    expect(isGoodbye("awesome, that's all, thanks")).toBe(true);
    expect(isGoodbye("nah, that's fine then, I don't need anything else")).toBe(true);
    expect(isGoodbye('okay so nothing due. thanks!')).toBe(false);
  });
});

describe('turns that ask for nothing', () => {
  it('thanks after the work was done: a specialist hands the caller back', async () => {
    const d = await decide('rentals', [...looked, ['user', 'friday is plenty. okay cool, thanks']], 'front');
    expect(names(d)).toEqual(['return_to_previous_agent']);
  });

  it('a reaction that only takes note is answered with what else, not "sorry"', async () => {
    const d = await decide('rentals', [...looked, ['user', 'oh, friday. ok makes sense']], 'front');
    expect(names(d)).toEqual([]);
    expect(d.content).not.toMatch(/^Sorry/);
    expect(d.content).toMatch(/anything else/);
  });

  it('withdrawing the request in hand drops it instead of asking again', async () => {
    const d = await decide(
      'rentals',
      [
        ['user', 'I have a question about my rental'],
        ['assistant', "I can help with that. Could you tell me the rental number? It's BK followed by four digits."],
        ['user', "actually you know what, never mind, I'll just sort it out at the shop"],
      ],
      'front',
    );
    expect(names(d)).toEqual([]);
    expect(d.content).not.toMatch(/rental number|^Sorry/);
  });

  it('a loosely worded closing ends the call', async () => {
    const d = await decide('front', [
      ['assistant', 'Welcome back. Is there anything else I can help with?'],
      ['user', "ok got it, thanks, that's all"],
    ]);
    expect(names(d)).toEqual(['end_call']);
  });
});

describe('a question that brought the caller to an agent that answers questions', () => {
  it('is answered on entry with that tool, not asked for again', async () => {
    const { toolCtx, instructions } = builtAgent(bikes, 'info', 'front');
    const ctx = chatOf(`${instructions}\n${entryTag('info', 'front')}\nAsk what the caller would like to know.`, [
      ['user', 'hiya, are you lot open on sundays? like could I pop in on a sunday'],
    ]);
    const d = await policy.decide(ctx, toolCtx);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['shop_info']);
    expect(String(d.toolCalls[0]!.args.question)).toMatch(/sunday/i);
  });
});
