// The simulated callers on their own: what they answer to what an agent says, when they hang up,
// and that the rule-based persona is varied across seeds but repeatable for one seed.
import { describe, expect, it } from 'vitest';
import { ScriptedTextLLM } from '../testing/scripted_text_llm.js';
import type { CallRecord } from './run_record.js';
import { personaSchema } from './scenario_schema.js';
import { firstPerson } from './caller_cues.js';
import { LlmPersonaCaller } from './llm_persona_caller.js';
import { PersonaCaller } from './persona_caller.js';
import { ScriptedCaller, type CallerView } from './simulated_caller.js';

const persona = personaSchema.parse({
  name: 'Maria Gonzalez',
  goal: 'get the duplicate charge on her last bill refunded',
  facts: { email: 'maria.gonzalez@example.com', 'account number': 40012345, reason: 'I was charged twice' },
  maxTurns: 6,
});

function view(turn: number, replies: string[], calls: CallRecord[] = []): CallerView {
  return { turn, replies, calls, agent: 'billing', conversation: [] };
}

const refund = (ok: boolean): CallRecord => ({
  agent: 'billing',
  name: 'request_refund',
  args: { invoice_id: 'INV-1' },
  ok,
  output: ok ? 'Refund R-1 is submitted.' : 'That invoice was already refunded.',
  turn: 3,
});

describe('PersonaCaller', () => {
  it('opens with its goal in the first person and answers what the agent asks from its facts', async () => {
    const caller = new PersonaCaller(persona, { seed: 3 });
    const opening = await caller.next(view(1, ['Welcome! May I have your name, and what can I help you with?']));
    expect(opening).toMatch(/get the duplicate charge on my last bill refunded/);
    expect(opening).toMatch(/Maria Gonzalez/);

    const ids = await caller.next(
      view(2, ['First I need to verify you. Could you give me your email or account number?']),
    );
    expect(ids).toMatch(/maria\.gonzalez@example\.com|40012345/);
    const why = await caller.next(view(3, ['Sure. Could you tell me briefly why?']));
    expect(why).toMatch(/charged twice/);
  });

  it('words the same situation differently across seeds, and identically for one seed', async () => {
    const openings = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      openings.add((await new PersonaCaller(persona, { seed }).next(view(1, ['Hello, how can I help?'])))!);
    }
    expect(openings.size).toBeGreaterThan(5);
    const a = await new PersonaCaller(persona, { seed: 'x' }).next(view(1, ['Hello, how can I help?']));
    const b = await new PersonaCaller(persona, { seed: 'x' }).next(view(1, ['Hello, how can I help?']));
    expect(a).toBe(b);
  });

  it('says goodbye when a tool related to its goal succeeded, then hangs up', async () => {
    const caller = new PersonaCaller(persona, { seed: 1 });
    await caller.next(view(1, ['Hello, how can I help?']));
    const bye = await caller.next(view(2, ['Refund R-1 is submitted. Is there anything else?'], [refund(true)]));
    expect(bye).toMatch(/\b(no|that's|that is|great|perfect)\b/i);
    expect(await caller.next(view(3, ['Thanks for calling, goodbye.']))).toBeUndefined();
    expect(caller.endReason).toBe('goal met');
  });

  it('gives up after being refused twice', async () => {
    const caller = new PersonaCaller(persona, { seed: 2 });
    await caller.next(view(1, ['Hello, how can I help?']));
    await caller.next(view(2, ['That invoice was already refunded.'], [refund(false)]));
    const line = await caller.next(view(3, ['I cannot refund that invoice.'], [refund(false)]));
    expect(line).toMatch(/bye|forget it|leave it/i);
    expect(await caller.next(view(4, ['Okay.']))).toBeUndefined();
    expect(caller.endReason).toBe('refused');
  });

  it('takes the person an agent offers after refusing, instead of repeating its request', async () => {
    const caller = new PersonaCaller(persona, { seed: 4 });
    await caller.next(view(1, ['Hello, how can I help?']));
    const line = await caller.next(
      view(2, ['Invoice INV-1 cannot be refunded by phone. I can offer a billing specialist.'], [refund(false)]),
    );
    expect(line).toMatch(/put me through|talk to someone|bring them in/);
  });

  it('hangs up when maxTurns is reached', async () => {
    const caller = new PersonaCaller({ ...persona, maxTurns: 2 }, { seed: 1 });
    expect(await caller.next(view(1, ['Hi?']))).toBeTruthy();
    expect(await caller.next(view(2, ['Hm?']))).toBeTruthy();
    expect(await caller.next(view(3, ['Hm?']))).toBeUndefined();
    expect(caller.endReason).toMatch(/maxTurns \(2\)/);
  });

  it('turns a third-person goal into the caller’s words', () => {
    expect(firstPerson('wants to move her appointment to Friday.')).toBe('move my appointment to Friday');
    expect(firstPerson('get his order status')).toBe('get my order status');
    expect(firstPerson('find out how much she owes and whether he is late')).toBe(
      'find out how much I owe and whether I am late',
    );
  });
});

describe('ScriptedCaller and LlmPersonaCaller', () => {
  it('scripted: says its lines in order, then stops', async () => {
    const caller = new ScriptedCaller(['one', 'two']);
    expect([await caller.next(), await caller.next(), await caller.next()]).toEqual(['one', 'two', undefined]);
    expect(caller.endReason).toBe('script done');
  });

  it('LLM persona: gets the persona and the conversation from its side, and hangs up on the marker', async () => {
    const model = new ScriptedTextLLM(['Hi, I need a refund for a double charge.', 'Great, thanks. Bye! [hang up]']);
    const caller = new LlmPersonaCaller(persona, model);
    const first = await caller.next({
      ...view(1, ['Hello, how can I help?']),
      conversation: [{ role: 'agent', text: 'Hello, how can I help?' }],
    });
    expect(first).toBe('Hi, I need a refund for a double charge.');
    const system = model.prompts[0]!.items[0]!;
    expect(system.type === 'message' && system.textContent).toMatch(/Maria Gonzalez[\s\S]*account number: 40012345/);
    const last = model.prompts[0]!.items.at(-1)!;
    expect(last.type === 'message' && last.role).toBe('user');
    expect(await caller.next(view(2, ['Done. Anything else?']))).toBe('Great, thanks. Bye!');
    expect(await caller.next(view(3, ['Goodbye.']))).toBeUndefined();
    expect(caller.endReason).toBe('caller hung up');
  });
});
