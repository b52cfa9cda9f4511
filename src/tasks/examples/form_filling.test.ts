// The README's form-filling example compiles (this file imports it), runs offline with read-back
// and corrections, and is the code the README shows.
import { type llm, voice } from '@livekit/agents';
import { readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { LocalPolicyLLM } from '../../policy/index.js';
import { SqliteOperatorQueue, WorkflowRuntime } from '../../workflow/index.js';
import { membership } from './form_filling.js';

let session: voice.AgentSession | undefined;
afterEach(async () => session?.close());

const lastSaid = () => {
  const said = session!.history.items.filter((i) => i.type === 'message' && i.role === 'assistant');
  return (said.at(-1) as llm.ChatMessage | undefined)?.textContent ?? '';
};

it('collects email, phone and date of birth offline, reading each back and taking corrections', async () => {
  const runtime = new WorkflowRuntime(membership, { operatorQueue: new SqliteOperatorQueue(':memory:') });
  session = new voice.AgentSession({ llm: new LocalPolicyLLM(), userData: runtime.createUserData() });
  await runtime.start(session as never);
  const say = async (text: string) => {
    const before = lastSaid();
    await session!.run({ userInput: text }).wait();
    await expect.poll(lastSaid).not.toBe(before);
    return lastSaid();
  };
  expect(await say('hi, I would like to become a member')).toBe('What is your email address?');
  expect(await say('sam dot lee at exanple dot com')).toBe('I have s a m dot l e e at exanple dot com. Is that right?');
  expect(await say("no, it's m as in mary, not n")).toBe('I have s a m dot l e e at example dot com. Is that right?');
  expect(await say('yes')).toBe('What is the best phone number to reach you on?');
  expect(await say('six one seven five five five zero one nine nine')).toBe(
    'I have six one seven, five five five, zero one nine nine. Is that right?',
  );
  expect(await say('yes that is right')).toBe('What is your date of birth?');
  expect(await say('the third of may nineteen ninety')).toBe('I have May 3, 1990. Is that right?');
  expect(await say('no')).toBe('Sorry about that. What is the correct date of birth?');
  expect(await say('the thirtieth of may nineteen ninety')).toBe('I have May 30, 1990. Is that right?');
  await say('correct');
  await expect
    .poll(() => session!.userData)
    .toEqual({ email: 'sam.lee@example.com', phone: '6175550199', born: '1990-05-30' });
});

it('is the code the README shows', () => {
  const source = readFileSync(new URL('./form_filling.ts', import.meta.url), 'utf8');
  const region = /\/\/ #region readme\n([\s\S]*?)\/\/ #endregion readme/.exec(source)![1]!;
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  expect(readme).toContain(region.trim());
});
