// The prebuilt capture tasks inside a workflow, driven by agents-js's FakeLLM (standing in for a
// real model's tool calls): ask, read back, correct, confirm, give up, and the events they leave.
import { llm, voice } from '@livekit/agents';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { WorkflowFakeLLM } from '../testing/workflow_fake_llm.js';
import { defineWorkflow } from '../workflow/declaration.js';
import { SqliteOperatorQueue } from '../workflow/escalation/operator_queue.js';
import { WorkflowRuntime } from '../workflow/runtime.js';
import { unwrapCapture } from './capture_types.js';
import { getCardNumber, getDateOfBirth, getEmail, getPhoneNumber } from './kinds.js';

const NOW = () => new Date('2026-06-01T12:00:00Z');
const UserData = z.object({
  email: z.string().email().optional(),
  phone: z.string().optional(),
  dateOfBirth: z.string().optional(),
  cardLast4: z.string().optional(),
});

const sessions: voice.AgentSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});

function formDesk(script: ConstructorParameters<typeof WorkflowFakeLLM>[0], toolTimeoutMs = 10_000) {
  const wf = defineWorkflow({
    name: 'form',
    userData: UserData,
    start: 'intake',
    policies: { toolTimeoutMs },
    agents: [
      {
        id: 'intake',
        description: 'Registers new customers.',
        instructions: 'You register new customers.',
        canEndCall: true,
        tools: {
          // The "few lines of declaration": three prebuilt tasks in one tool.
          register: llm.tool({
            description: 'Register the caller: collects email, phone number and date of birth.',
            execute: async (_args, { ctx }) => {
              const ud = ctx.userData as z.infer<typeof UserData>;
              // The model reads the email and the date itself; the phone number is recognised directly.
              ud.email = unwrapCapture(await getEmail({ directAnswers: false }).run());
              ud.phone = unwrapCapture(await getPhoneNumber().run());
              ud.dateOfBirth = unwrapCapture(await getDateOfBirth({ now: NOW, directAnswers: false }).run());
              return `Registered ${ud.email}, ${ud.phone}, born ${ud.dateOfBirth}.`;
            },
          }),
          take_card: llm.tool({
            description: 'Take a card number.',
            execute: async (_args, { ctx }) => {
              const card = unwrapCapture(await getCardNumber({ maxAttempts: 2 }).run());
              (ctx.userData as z.infer<typeof UserData>).cardLast4 = card.slice(-4);
              return 'Card saved.';
            },
          }),
        },
      },
    ],
    edges: [],
  });
  const runtime = new WorkflowRuntime(wf, { operatorQueue: new SqliteOperatorQueue(':memory:') });
  const session = new voice.AgentSession({ llm: new WorkflowFakeLLM(script), userData: runtime.createUserData() });
  sessions.push(session as never);
  const run = (text: string) => session.run({ userInput: text }).wait();
  const captures = () =>
    runtime.events.history.filter((e) => e.type === 'capture').map((e) => (e.type === 'capture' ? e : never()));
  return { runtime, session, run, captures, start: () => runtime.start(session) };
}
function never(): never {
  throw new Error('unreachable');
}
// What the agent said last. A task's own lines (its question, a read-back heard without a model
// turn) are spoken with session.say and may land after the run result closes, so read the history.
const lastSaid = (session: voice.AgentSession) => {
  const items = session.history.items.filter((i) => i.type === 'message' && i.role === 'assistant');
  return (items.at(-1) as llm.ChatMessage | undefined)?.textContent ?? '';
};

describe('capture tasks with a model (FakeLLM)', () => {
  it('collects an email, a phone number and a date of birth with read-back and corrections', async () => {
    const t = formDesk([
      { input: 'I want to sign up', toolCalls: [{ name: 'register', args: {} }] },
      {
        input: "it's john dot smith at example dot com",
        toolCalls: [{ name: 'record_email', args: { email: "it's john dot smith at example dot com" } }],
      },
      {
        input: 'five five five one two three four five six seven',
        toolCalls: [{ name: 'record_phone_number', args: { phone_number: '555 123 4567' } }],
      },
      {
        input: 'the fourth of march nineteen eighty five',
        toolCalls: [{ name: 'record_date_of_birth', args: { date_of_birth: 'March 4, 1985' } }],
      },
      { input: 'spot on', toolCalls: [{ name: 'confirm_date_of_birth', args: {} }] },
      { input: 'Registered', content: 'You are all set.' },
    ]);
    await t.start();
    const r1 = await t.run('I want to sign up');
    r1.expect.containsFunctionCall({ name: 'register' });
    await expect.poll(() => lastSaid(t.session)).toBe('What is your email address?');
    expect(t.session.currentAgent.id).toBe('capture_email');

    const r2 = await t.run("it's john dot smith at example dot com");
    r2.expect.containsFunctionCall({ name: 'record_email' });
    const readBack = r2.events.find((e) => e.type === 'function_call_output')!.item as llm.FunctionCallOutput;
    expect(readBack.output).toContain('I have j o h n dot s m i t h at example dot com. Is that right?');

    // A one-letter correction against the read-back, heard without a model turn.
    await t.run("no, it's m as in mary, not n");
    await expect
      .poll(() => lastSaid(t.session))
      .toBe('I have j o h m dot s m i t h at example dot com. Is that right?');
    await t.run('yes');
    await expect.poll(() => lastSaid(t.session)).toBe('What is the best phone number to reach you on?');
    expect(t.session.currentAgent.id).toBe('capture_phone_number');

    await t.run('five five five one two three four five six seven');
    await t.run('no, the 4 should be 9');
    await expect
      .poll(() => lastSaid(t.session))
      .toBe('I have five five five, one two three, nine five six seven. Is that right?');
    await t.run('yes that is right');
    await expect.poll(() => lastSaid(t.session)).toBe('What is your date of birth?');

    const r8 = await t.run('the fourth of march nineteen eighty five');
    expect((r8.events.find((e) => e.type === 'function_call_output')!.item as llm.FunctionCallOutput).output).toContain(
      'I have March 4, 1985. Is that right?',
    );
    // Not a plain yes: the model decides, and confirms through the tool.
    const r9 = await t.run('spot on');
    r9.expect.containsFunctionCall({ name: 'confirm_date_of_birth' });
    await expect.poll(() => t.session.currentAgent.id).toBe('intake');
    await expect
      .poll(() => t.session.userData)
      .toMatchObject({
        email: 'johm.smith@example.com',
        phone: '5551239567',
        dateOfBirth: '1985-03-04',
      });
    const statuses = t.captures().map((e) => `${e.task}:${e.status}`);
    expect(statuses).toEqual([
      'email:asked',
      'email:read_back',
      'email:corrected',
      'email:captured',
      'phone_number:asked',
      'phone_number:read_back',
      'phone_number:corrected',
      'phone_number:captured',
      'date_of_birth:asked',
      'date_of_birth:read_back',
      'date_of_birth:captured',
    ]);
    expect(t.captures().every((e) => e.agent === 'intake')).toBe(true);
    // The wrapped register tool ran far longer than its time limit would allow for a plain call.
    expect(t.runtime.events.history.find((e) => e.type === 'tool_call' && e.tool === 'register')).toMatchObject({
      ok: true,
    });
  });

  it('re-asks with a clear reason, then gives up after N tries with a typed failure', async () => {
    const t = formDesk([
      { input: 'card please', toolCalls: [{ name: 'take_card', args: {} }] },
      {
        input: 'four one one one one one one one one one one one one one one two',
        toolCalls: [{ name: 'record_card_number', args: { card_number: '4111 1111 1111 1112' } }],
      },
      { input: '1234', toolCalls: [{ name: 'record_card_number', args: { card_number: '1234' } }] },
    ]);
    await t.start();
    await t.run('card please');
    const r1 = await t.run('four one one one one one one one one one one one one one one two');
    const out1 = r1.events.find((e) => e.type === 'function_call_output')!.item as llm.FunctionCallOutput;
    expect(out1.isError).toBe(true);
    expect(out1.output).toMatch(
      /does not check out; one of the digits is probably wrong\. Ask the caller for their card number again/,
    );
    const r2 = await t.run('1234');
    const outs = r2.events
      .filter((e) => e.type === 'function_call_output')
      .map((e) => e.item as llm.FunctionCallOutput);
    expect(outs[0]!.output).toMatch(/could not be captured after 2 tries/);
    // The parent tool got the typed failure as a ToolError the model can talk about.
    await expect.poll(() => t.session.currentAgent.id).toBe('intake');
    const take = t.runtime.events.history.find((e) => e.type === 'tool_call' && e.tool === 'take_card');
    expect(take).toMatchObject({ ok: false, failure: 'error' });
    expect((take as { error: string }).error).toMatch(/card number could not be captured after 2 tries/);
    expect(t.captures().map((e) => e.status)).toEqual(['asked', 'invalid', 'invalid', 'gave_up']);
  });

  it('never shows a secret number in events: only the last four digits', async () => {
    const t = formDesk([
      { input: 'card please', toolCalls: [{ name: 'take_card', args: {} }] },
      {
        input: '4111 1111 1111 1111',
        toolCalls: [{ name: 'record_card_number', args: { card_number: '4111 1111 1111 1111' } }],
      },
    ]);
    await t.start();
    await t.run('card please');
    const r = await t.run('4111 1111 1111 1111');
    const out = r.events.find((e) => e.type === 'function_call_output')!.item as llm.FunctionCallOutput;
    expect(out.output).toContain('I have the card number ending in one one one one. Is that right?');
    await t.run('yes');
    await expect.poll(() => t.session.userData).toMatchObject({ cardLast4: '1111' });
    const shown = JSON.stringify(t.captures());
    expect(shown).toContain('•••• 1111');
    expect(shown).not.toContain('4111111111111111');
  });

  it("lifts the calling tool's time limit while the caller answers, and restores it after", async () => {
    const t = formDesk(
      [
        { input: 'card please', toolCalls: [{ name: 'take_card', args: {} }] },
        {
          input: '4111 1111 1111 1111',
          toolCalls: [{ name: 'record_card_number', args: { card_number: '4111 1111 1111 1111' } }],
        },
      ],
      200,
    );
    await t.start();
    await t.run('card please');
    await new Promise((r) => setTimeout(r, 500)); // the caller takes longer than the 0.2 s limit
    await t.run('4111 1111 1111 1111');
    await t.run('yes');
    await expect.poll(() => t.session.userData).toMatchObject({ cardLast4: '1111' });
    const take = t.runtime.events.history.find((e) => e.type === 'tool_call' && e.tool === 'take_card');
    expect(take).toMatchObject({ ok: true, timedOut: false });
  });
});
