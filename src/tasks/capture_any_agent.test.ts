// The tasks from a plain agents-js agent (no workflow): consent, a declined detail, keypad entry.
import { llm, voice, workflows } from '@livekit/agents';
import { EventEmitter } from 'node:events';
import { afterEach, expect, it } from 'vitest';
import type { CaptureResult } from './capture_types.js';
import { getAddress, getConsent, getDigits, getEmail, getPhoneNumber } from './kinds.js';

let session: voice.AgentSession | undefined;
afterEach(async () => session?.close());

async function agentWith(
  task: () => { run(): Promise<CaptureResult<unknown>> },
  script: voice.testing.FakeLLMResponse[],
) {
  const results: CaptureResult<unknown>[] = [];
  const agent = new voice.Agent({
    instructions: 'You help callers.',
    tools: {
      collect: llm.tool({
        description: 'Collect the detail.',
        execute: async () => {
          const r = await task().run();
          results.push(r);
          return JSON.stringify(r);
        },
      }),
    },
  });
  session = new voice.AgentSession({
    llm: new voice.testing.FakeLLM([{ input: 'start', toolCalls: [{ name: 'collect', args: {} }] }, ...script]),
  });
  await session.start({ agent });
  await session.run({ userInput: 'start' }).wait();
  return { results, run: (text: string) => session!.run({ userInput: text }).wait() };
}

it('asks a yes/no question and takes the answer without a read-back (a "no" is an answer)', async () => {
  const t = await agentWith(() => getConsent('May we record this call?', { what: 'consent to record' }), []);
  await t.run('no thanks');
  await expect.poll(() => t.results).toEqual([{ ok: true, value: false, text: 'no', attempts: 1 }]);
});

it('ends with a typed "declined" failure when the caller will not give the detail', async () => {
  const t = await agentWith(
    () => getAddress(),
    [{ input: "I'd rather not give that", toolCalls: [{ name: 'decline_address', args: {} }] }],
  );
  await t.run("I'd rather not give that");
  await expect.poll(() => t.results).toMatchObject([{ ok: false, reason: 'declined', attempts: 0 }]);
});

it('takes keypad digits where the transport sends DTMF: keys, hash, then 1 to confirm', async () => {
  const keypad = new EventEmitter();
  const t = await agentWith(
    () => getDigits({ what: 'account PIN', digits: 4, secret: true, keypad: { source: keypad as never } }),
    [],
  );
  const press = (keys: string) => {
    for (const k of keys) keypad.emit('dtmfReceived', 0, k);
  };
  const said = () =>
    session!.history.items
      .filter((i) => i.type === 'message' && i.role === 'assistant')
      .map((i) => (i as llm.ChatMessage).textContent)
      .at(-1);
  await expect.poll(said).toBe('What is your account PIN? You can also type it on your keypad, then press hash.');
  press('12#');
  await expect
    .poll(said)
    .toMatch(/^That account PIN has 2 digits; it should have 4\. Could you say your account PIN again\?$/);
  press('4821#');
  await expect.poll(said).toBe('I have the account PIN ending in four eight two one. Is that right?');
  press('1');
  await expect.poll(() => t.results).toEqual([{ ok: true, value: '4821', text: '4821', attempts: 2 }]);
  expect(keypad.listenerCount('dtmfReceived')).toBe(0);
});

it('runs as steps of a workflows.TaskGroup', async () => {
  const t = await agentWith(
    () =>
      new workflows.TaskGroup({ summarizeChatCtx: false })
        .add(() => getEmail(), { id: 'email', description: 'Collect the email address' })
        .add(() => getPhoneNumber(), { id: 'phone', description: 'Collect the phone number' }) as never,
    [],
  );
  await t.run('sam at example dot org');
  await t.run('yes');
  await t.run('six one seven five five five zero one nine nine');
  await t.run('yes');
  await expect
    .poll(() => t.results)
    .toMatchObject([
      {
        taskResults: {
          email: { ok: true, value: 'sam@example.org' },
          phone: { ok: true, value: '6175550199' },
        },
      },
    ]);
});

it('takes a value the caller already gave without asking, and reads it back in the reply', async () => {
  let readBack = '';
  const t = await agentWith(() => {
    const task = getPhoneNumber();
    return {
      run: async () => {
        const r = await task.runWith('617 555 0199');
        if (r.ok) readBack = task.readBackOf(r);
        return r;
      },
    };
  }, []);
  await expect.poll(() => t.results).toEqual([{ ok: true, value: '6175550199', text: '6175550199', attempts: 1 }]);
  expect(readBack).toBe('I have six one seven, five five five, zero one nine nine.');
});

it('asks when the given value does not do, saying why first, and applies the app’s own rule', async () => {
  const t = await agentWith(
    () => ({
      run: () =>
        getPhoneNumber({
          validate: (digits) => (digits.length === 10 ? undefined : 'We can only call back ten-digit US numbers.'),
        }).runWith('555 0199'),
    }),
    [],
  );
  const said = () =>
    session!.history.items
      .filter((i) => i.type === 'message' && i.role === 'assistant')
      .map((i) => (i as llm.ChatMessage).textContent)
      .at(-1);
  await expect
    .poll(said)
    .toBe('We can only call back ten-digit US numbers. What is the best phone number to reach you on?');
  await t.run('nine nine one six one seven five five five zero one');
  await expect
    .poll(said)
    .toMatch(/^We can only call back ten-digit US numbers\. Could you say your phone number again\?$/);
  await t.run('six one seven five five five zero one nine nine');
  await expect.poll(said).toBe('I have six one seven, five five five, zero one nine nine. Is that right?');
  await t.run('yes');
  await expect.poll(() => t.results).toEqual([{ ok: true, value: '6175550199', text: '6175550199', attempts: 3 }]);
});
