import { AssertionError } from 'node:assert';
import { llm } from '@livekit/agents';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { miniDesk } from '../workflow/fixtures/mini_desk.js';
import { SqliteOperatorQueue, type WorkflowEvent } from '../workflow/index.js';
import {
  afterError,
  afterTool,
  callsTool,
  callTool,
  fixedClock,
  matchesPartially,
  onCaller,
  onEnter,
  onReturn,
  startCall,
  step,
  type TestCall,
} from './index.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

const HELLO = onEnter('greeter', { content: 'Hello, how can I help?' });
const TO_BILLING = onCaller(
  'billing please, I am Ann',
  callsTool('transfer_to_billing', { name: 'Ann', topic: 'billing' }),
);

describe('startCall', () => {
  it('starts on the start agent and waits for its scripted greeting', async () => {
    call = await startCall(miniDesk(), [HELLO]);
    expect(call.greeting).toBe('Hello, how can I help?');
    expect(call.spoken()).toEqual(['Hello, how can I help?']);
    call
      .expectAgent('greeter')
      .expectSpoken('how can I help')
      .expectSpoken(/^Hello/);
    expect(() => call!.expectAgent('billing')).toThrow(/expected billing to have the call, but greeter has it/);
    expect(() => call!.expectSpoken('goodbye')).toThrow(AssertionError);
    expect(() => call!.expectNotSpoken('Hello')).toThrow(/never to say/);
  });

  it('has no greeting when the entry turn is not scripted to speak', async () => {
    call = await startCall(miniDesk(), []);
    expect(call.greeting).toBeUndefined();
    expect(call.agent).toBe('greeter');
  });

  it('starts at another agent with initial userdata', async () => {
    call = await startCall(miniDesk(), [], { at: 'billing', userData: { name: 'Ann' } });
    call.expectAgent('billing').expectUserData({ name: 'Ann', verified: false });
    expect(call.instructions()).toContain('You handle billing for Ann.');
    expect(call.tools()).toEqual(['escalate_to_human', 'refund', 'transfer_to_greeter', 'verify']);
  });

  it('runs beforeStart before the session starts, so listeners see the first event', async () => {
    const seen: WorkflowEvent['type'][] = [];
    call = await startCall(miniDesk(), [HELLO], {
      beforeStart: ({ runtime, session }) => {
        expect(() => session.currentAgent).toThrow(/not running/);
        runtime.events.on('event', (e: WorkflowEvent) => seen.push(e.type));
      },
    });
    expect(seen[0]).toBe('session_start');
    expect(seen).toContain('agent_entered');
  });

  it('queues escalations in its own in-memory queue, or in the one given', async () => {
    const queue = new SqliteOperatorQueue(':memory:');
    const script = [
      onCaller('a person please', callsTool('escalate_to_human', { reason: 'The caller asked for a person.' })),
      onEnter('human', callsTool('transfer_to_operator', { reason: 'The caller asked for a person.' })),
    ];
    call = await startCall(miniDesk(), script, { operatorQueue: queue });
    await call.say('a person please');
    call.expectAgent('human').expectHandoff({ from: 'greeter', to: 'human', reason: 'asked for a person' });
    expect(() => call!.expectHandoff({ to: 'human', reason: /billing/ })).toThrow(/the handoffs were/);
    expect(call.operatorQueue).toBe(queue);
    expect(await queue.list('waiting')).toHaveLength(1);
    await call.close();
    call = undefined;
    // The call did not open the queue, so it leaves it open.
    expect(await queue.list('waiting')).toHaveLength(1);
    queue.close();
  });
});

describe('recording', () => {
  it('records the call into an in-memory record store, read back with record()', async () => {
    call = await startCall(miniDesk(), [HELLO, TO_BILLING, onEnter('billing', { content: 'Billing here.' })], {
      record: { room: 'room-1' },
    });
    await call.say('billing please, I am Ann');
    const record = await call.record();
    expect(record).toMatchObject({
      id: call.runtime.sessionId,
      room: 'room-1',
      agents: ['greeter', 'billing'],
      handoffs: 1,
    });
    expect(record.events.some((e) => e.kind === 'handoff')).toBe(true);
  });

  it('says how to record when a call was not started with record', async () => {
    call = await startCall(miniDesk(), []);
    await expect(call.record()).rejects.toThrow(/start it with startCall\(workflow, script, \{ record: true \}\)/);
  });
});

describe('scripted turns', () => {
  it('answers caller turns, tool outputs and entries, and checks handoffs, tools and userdata', async () => {
    call = await startCall(miniDesk(), [
      HELLO,
      TO_BILLING,
      onEnter('billing', { content: 'Billing here, Ann.' }),
      onCaller('my account is A-2', callsTool('verify', { account: 'A-2' })),
      afterError('No account A-2 found. Ask the caller to check the number.', { content: 'I could not find A-2.' }),
      onCaller('it is A-1', callsTool('verify', { account: 'A-1' })),
      afterTool('Verified.', { content: 'Thanks, you are verified.' }),
    ]);
    expect(call.toolCalls()).toEqual([]);
    call.expectNoHandoff();
    await call.say('billing please, I am Ann');
    expect(() => call!.expectNoHandoff()).toThrow(/greeter → billing/);
    const handoff = call.expectHandoff({ from: 'greeter', to: 'billing', args: { name: 'Ann' } });
    expect(handoff.tool).toBe('transfer_to_billing');
    expect(() => call!.expectHandoff({ to: 'tech' })).toThrow(AssertionError);
    expect(() => call!.expectHandoff({ to: 'billing', args: { name: 'Bob' } })).toThrow(AssertionError);
    call.expectAgent('billing').expectUserData({ name: 'Ann', topic: 'billing' });
    expect(() => call!.expectUserData({ name: 'Bob' })).toThrow(/expected userdata to include \{"name":"Bob"\}/);
    call.expectSpoken('Thanks Ann, connecting you to billing.').expectSpoken('Billing here, Ann.');

    await call.say('my account is A-2');
    call.expectSpoken('I could not find A-2.');
    await call.say('it is A-1');
    call.expectSpoken('Thanks, you are verified.').expectUserData({ verified: true });
    call.expectToolCalled('verify').expectToolCalled('verify', { account: 'A-1' }).expectToolNotCalled('refund');
    expect(() => call!.expectToolCalled('verify', { account: 'A-3' })).toThrow(/the calls were/);
    expect(() => call!.expectToolCalled('refund')).toThrow(AssertionError);
    expect(() => call!.expectToolNotCalled('verify')).toThrow(/called with/);
    expect(call.context()).toContain('user: it is A-1');
    call.expectNothingInternalSpoken();
  });

  it('answers a hand-back with the onReturn turn instead of the entry turn', async () => {
    call = await startCall(miniDesk(), [
      onEnter('greeter', { content: 'Welcome.' }),
      onReturn('greeter', { content: 'Welcome back, anything else?' }),
      onCaller('my router is broken', callsTool('transfer_to_tech')),
      onCaller('fixed', callsTool('return_to_previous_agent', { resolved: true, summary: 'Restarted.' })),
    ]);
    await call.say('my router is broken');
    call.expectAgent('tech');
    await call.say('fixed');
    call.expectAgent('greeter').expectSpoken('Welcome back, anything else?');
    expect(call.spoken().filter((s) => s === 'Welcome.')).toHaveLength(1);
  });

  it('runs a step and returns what its tool answered, decoded', async () => {
    const ping = step('ping');
    call = await startCall(miniDesk(), [ping, step('verify', { account: 'A-2' })], { at: 'billing' });
    // Billing has no ping tool: the framework answers the model with an error, as a real call would.
    expect(await call.use(ping)).toMatchObject({ isError: true, output: /^Unknown function: ping/ });
    const verify = await call.use(step('verify', { account: 'A-2' }));
    expect(verify).toMatchObject({
      isError: true,
      output: 'No account A-2 found. Ask the caller to check the number.',
    });
  });

  it('step input defaults to a description of the call and can be named', () => {
    expect(step('verify', { account: 'A-1' })).toEqual({
      input: '(calls verify {"account":"A-1"})',
      toolCalls: [{ name: 'verify', args: { account: 'A-1' } }],
      tool: 'verify',
      args: { account: 'A-1' },
    });
    expect(step('ping', {}, 'again').input).toBe('again');
  });
});

describe('prompt recording', () => {
  it('records the system prompt, the entry and the tools offered in each request', async () => {
    call = await startCall(miniDesk(), [HELLO, TO_BILLING, onEnter('billing', { content: 'Billing here.' })]);
    const [first] = call.llm.requests;
    expect(first!.entry).toMatchObject({ agent: 'greeter', isReturn: false });
    expect(first!.system).toContain('You greet callers and find out what they need.');
    expect(first!.tools).toEqual([
      'end_call',
      'escalate_to_human',
      'ping',
      'slow_lookup',
      'transfer_to_billing',
      'transfer_to_tech',
    ]);
    await call.say('billing please, I am Ann');
    const turn = call.llm.requests.find((r) => r.messages.at(-1) === 'user: billing please, I am Ann');
    expect(turn?.entry).toBeUndefined();
    expect(call.llm.entryPrompt('billing')).toContain('You handle billing for Ann.');
    expect(call.llm.entryPrompt('tech')).toBeUndefined();
    expect(call.llm.lastRequest?.tools).toContain('verify');
    expect(call.llm.prompts).toHaveLength(call.llm.requests.length);
  });
});

describe('expectNothingInternalSpoken', () => {
  it.each([
    ['a tool name the model was offered', 'Let me call transfer_to_billing for you.'],
    ['JSON', 'Here it is: {"status": "shipped"}'],
    ['an entry tag', '[on enter: billing] Hello'],
    ['an unfilled placeholder', 'Thanks {name}, one moment.'],
    ['undefined', 'Your order is undefined.'],
  ])('fails on %s', async (_what, line) => {
    call = await startCall(miniDesk(), [onEnter('greeter', { content: line })]);
    expect(() => call!.expectNothingInternalSpoken()).toThrow(/internal text was spoken/);
  });
});

describe('fixedClock', () => {
  it('stands still until moved, and refuses a non-date', () => {
    const clock = fixedClock('2025-03-04T19:00:00Z');
    expect(clock.now().toISOString()).toBe('2025-03-04T19:00:00.000Z');
    clock.now().setFullYear(1999); // a caller mutating its Date does not move the clock
    expect(clock.ms()).toBe(Date.parse('2025-03-04T19:00:00Z'));
    clock.advance(90 * 60_000);
    expect(clock.now().toISOString()).toBe('2025-03-04T20:30:00.000Z');
    clock.set(new Date('2025-12-31T23:59:00Z'));
    expect(clock.now().toISOString()).toBe('2025-12-31T23:59:00.000Z');
    expect(() => fixedClock('next tuesday')).toThrow(/is not a date/);
  });
});

describe('callTool', () => {
  const remember = llm.tool({
    description: 'Remember a name.',
    parameters: z.object({ name: z.string().min(1) }),
    execute: async ({ name }, { ctx }) => {
      if (name === 'nobody') throw new llm.ToolError('No such caller.');
      (ctx.userData as { name?: string }).name = name;
      return `Remembered ${name}.`;
    },
  });

  it('runs the tool body with parsed arguments and a RunContext carrying userdata', async () => {
    const userData: { name?: string } = {};
    expect(await callTool(remember, { name: 'Ann' }, userData)).toBe('Remembered Ann.');
    expect(userData.name).toBe('Ann');
  });

  it('rejects arguments the schema refuses and passes tool errors on', async () => {
    await expect(callTool(remember, { name: '' }, {})).rejects.toThrow(/at least 1/);
    await expect(callTool(remember, { name: 'nobody' }, {})).rejects.toThrow(llm.ToolError);
  });
});

describe('matchesPartially', () => {
  it('matches subsets of objects, whole arrays, RegExps and primitives', () => {
    expect(matchesPartially({ a: 1, b: { c: 'x', d: 2 } }, { b: { c: 'x' } })).toBe(true);
    expect(matchesPartially({ a: 1 }, { a: 2 })).toBe(false);
    expect(matchesPartially({ a: [1, 2] }, { a: [1] })).toBe(false);
    expect(matchesPartially({ a: [{ x: 1, y: 2 }] }, { a: [{ x: 1 }] })).toBe(true);
    expect(matchesPartially('Ticket Q-0001', /Q-\d{4}/)).toBe(true);
    expect(matchesPartially(undefined, { a: 1 })).toBe(false);
    expect(matchesPartially(Number.NaN, Number.NaN)).toBe(true);
  });
});
