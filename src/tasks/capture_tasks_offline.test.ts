// The capture tasks with the offline policy (no model at all): the policy fills the record tools
// from the caller's words with its own spoken-form extraction, and the tasks do the rest.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { type OfflineCall, startOfflineCall } from '../policy/fixtures/offline_call.js';
import { defineWorkflow } from '../workflow/declaration.js';
import { unwrapCapture } from './capture_types.js';
import { getDateOfBirth, getEmail, getName, getPhoneNumber } from './kinds.js';

const UserData = z.object({
  name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  dateOfBirth: z.string().optional(),
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

/** Start a call on the offline policy; `say` returns the agent's last line after the turn. */
async function callOn(wf: unknown): Promise<(text: string) => Promise<string>> {
  call = await startOfflineCall(wf);
  return call.say;
}

it('collects name, email, phone and date of birth offline, with read-back and a correction', async () => {
  const wf = defineWorkflow({
    name: 'signup',
    userData: UserData,
    start: 'signup',
    agents: [
      {
        id: 'signup',
        description: 'Signs up new members.',
        instructions: 'You sign up new members.',
        canEndCall: true,
        tools: {
          sign_up: llm.tool({
            description: 'Sign the caller up as a new member.',
            execute: async (_args, { ctx }) => {
              const ud = ctx.userData as z.infer<typeof UserData>;
              ud.name = unwrapCapture(await getName({ requireLastName: true }).run()).full;
              ud.email = unwrapCapture(await getEmail().run());
              ud.phone = unwrapCapture(await getPhoneNumber().run());
              ud.dateOfBirth = unwrapCapture(
                await getDateOfBirth({ now: () => new Date('2026-06-01T12:00:00Z') }).run(),
              );
              return `Signed up ${ud.name}.`;
            },
          }),
        },
      },
    ],
    edges: [],
  });
  const say = await callOn(wf);

  expect(await say('I would like to sign up please')).toBe('Could I have your first and last name, please?');
  expect(await say('my name is Priya Natarajan')).toBe(
    'I have Priya Natarajan, spelled P R I Y A, N A T A R A J A N. Is that right?',
  );
  expect(await say('yes')).toBe('What is your email address?');
  expect(await say('it is priya dot natarajan at example dot com')).toBe(
    'I have p r i y a dot n a t a r a j a n at example dot com. Is that right?',
  );
  expect(await say('yes that is right')).toBe('What is the best phone number to reach you on?');
  expect(await say('five five five two one two three four five six')).toBe(
    'I have five five five, two one two, three four five six. Is that right?',
  );
  expect(await say('no, the 6 should be 7')).toBe(
    'I have five five five, two one two, three four five seven. Is that right?',
  );
  expect(await say('correct')).toBe('What is your date of birth?');
  expect(await say('the fourth of march nineteen eighty five')).toBe('I have March 4, 1985. Is that right?');
  await say('yes');
  await expect
    .poll(() => call!.userData)
    .toEqual({
      name: 'Priya Natarajan',
      email: 'priya.natarajan@example.com',
      phone: '5552123457',
      dateOfBirth: '1985-03-04',
    });
});

it('takes the last number a caller settled on, and going on to something else as a yes', async () => {
  let problem: string | undefined;
  const wf = defineWorkflow({
    name: 'plumber',
    userData: UserData,
    start: 'desk',
    agents: [
      {
        id: 'desk',
        description: 'Books plumber visits.',
        instructions: 'You book plumber visits.',
        canEndCall: true,
        tools: {
          leave_number: llm.tool({
            description: 'Take a callback number for the plumber.',
            execute: async (_args, { ctx }) => {
              const ud = ctx.userData as z.infer<typeof UserData>;
              ud.phone = unwrapCapture(await getPhoneNumber().run());
              return `Noted ${ud.phone}.`;
            },
          }),
          describe_problem: llm.tool({
            description: 'Write down what is leaking or broken and where, for the plumber.',
            parameters: z.object({ problem: z.string().describe('What is leaking or broken, in the caller’s words.') }),
            execute: async (args) => {
              problem = args.problem;
              return 'Written down.';
            },
          }),
        },
        examples: {
          leave_number: ['can I leave a callback number', 'take my number'],
          describe_problem: [
            'the pipe under the sink is dripping',
            'the toilet is leaking all over the floor',
            'water is coming through the kitchen ceiling',
          ],
        },
      },
    ],
    edges: [],
  });
  const say = await callOn(wf);
  expect(await say('can I leave a callback number for the plumber')).toBe(
    'What is the best phone number to reach you on?',
  );
  expect(
    await say(
      'call me on five five five two one two three four five six, actually no, use six six six one one one two two two two',
    ),
  ).toBe('I have six six six, one one one, two two two two. Is that right?');
  // No yes or no: the caller describes the leak. The number read back stands, and the description
  // reaches the agent that asked for the number.
  await say('the pipe under the kitchen sink is dripping all over the floor');
  await expect.poll(() => call!.userData.phone).toBe('6661112222');
  await expect.poll(() => problem).toMatch(/pipe under the kitchen sink/i);
});
