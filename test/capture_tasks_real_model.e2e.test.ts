// The prebuilt capture tasks through the production model path: the real
// `@livekit/agents-plugin-openai` LLM over HTTP + SSE to the OpenAI-compatible test server, whose
// schema-following model reads the caller's words into the tasks' record tools (direct answers are
// off, so every value and correction goes through the model; "yes" is always taken directly).
import { llm } from '@livekit/agents';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { getDateOfBirth, getEmail, getPhoneNumber, unwrapCapture } from '../src/tasks/index.js';
import { schemaFollowingModel, startRealModelHarness, type RealModelHarness } from '../src/testing/index.js';
import { defineWorkflow } from '../src/workflow/index.js';

const Member = z.object({ email: z.string().optional(), phone: z.string().optional(), born: z.string().optional() });
type Member = z.infer<typeof Member>;
const byModel = { directAnswers: false, now: () => new Date('2026-06-01T12:00:00Z') };

const membership = defineWorkflow({
  name: 'membership',
  userData: Member,
  start: 'sign_up',
  agents: [
    {
      id: 'sign_up',
      description: 'Signs up new members.',
      instructions: 'You sign up new members over the phone.',
      canEndCall: true,
      tools: {
        sign_up: llm.tool({
          description: 'Sign the caller up: takes their email, phone number and date of birth.',
          execute: async (_args, { ctx }: llm.ToolOptions<Member>) => {
            const m = ctx.userData;
            m.email = unwrapCapture(await getEmail(byModel).run());
            m.phone = unwrapCapture(await getPhoneNumber(byModel).run());
            m.born = unwrapCapture(await getDateOfBirth(byModel).run());
            return `Signed up ${m.email}.`;
          },
        }),
      },
    },
  ],
  edges: [],
});

// What a model reads from each caller line: which record tool, with which value.
const model = schemaFollowingModel({
  rules: [
    { caller: 'become a member', call: 'sign_up' },
    { caller: 'sam at example dot org', call: 'record_email', args: { email: 'sam at example dot org' } },
    { caller: 'the domain is example dot net', call: 'record_email', args: { email: 'sam@example.net' } },
    { caller: 'five five five', call: 'record_phone_number', args: { phone_number: '617 555 0199' } },
    { caller: 'born on the fourth', call: 'record_date_of_birth', args: { date_of_birth: 'March 4, 1985' } },
    { caller: 'it was the fifth', call: 'record_date_of_birth', args: { date_of_birth: 'March 5, 1985' } },
    { caller: 'bye', call: 'end_call', say: 'Goodbye.' },
  ],
});

let real: RealModelHarness;
beforeAll(async () => {
  real = await startRealModelHarness({ model });
});
afterAll(async () => real.close());

it('collects email, phone and date of birth with read-back and corrections on the real OpenAI plugin', async () => {
  const { session, events, workflowEvents } = await real.call(membership as never);
  const said = () =>
    events
      .filter((e) => e.type === 'message' && e.role === 'assistant')
      .map((e) => (e as { text: string }).text)
      .at(-1);
  const turn = async (line: string) => {
    const before = events.length;
    await session.say(line);
    // A task's own line (question, read-back) is spoken by the task and may land just after the turn.
    await expect
      .poll(() => events.slice(before).some((e) => e.type === 'message' && e.role === 'assistant'))
      .toBe(true);
    return said();
  };
  try {
    expect(await turn('hi, I would like to become a member')).toBe('What is your email address?');
    expect(await turn('sure, it is sam at example dot org')).toBe('I have s a m at example dot org. Is that right?');
    expect(await turn('no, the domain is example dot net')).toBe('I have s a m at example dot net. Is that right?');
    expect(await turn('yes')).toBe('What is the best phone number to reach you on?');
    expect(await turn('six one seven, five five five, zero one nine nine')).toBe(
      'I have six one seven, five five five, zero one nine nine. Is that right?',
    );
    expect(await turn("yes that's right")).toBe('What is your date of birth?');
    expect(await turn('I was born on the fourth of March 1985')).toBe('I have March 4, 1985. Is that right?');
    expect(await turn('no, it was the fifth')).toBe('I have March 5, 1985. Is that right?');
    expect(await turn('correct')).toBe('Okay. Signed up sam@example.net.');
    await turn('thanks, bye');
  } finally {
    await session.close();
  }

  // Every value and correction came from the model over HTTP, through the tasks' own tools.
  const calls = events.filter((e) => e.type === 'function_call').map((e) => (e as { name: string }).name);
  expect(calls).toEqual([
    'sign_up',
    'record_email',
    'record_email',
    'confirm_email',
    'record_phone_number',
    'confirm_phone_number',
    'record_date_of_birth',
    'record_date_of_birth',
    'confirm_date_of_birth',
    'end_call',
  ]);
  const offered = real.server.requests.filter((r) => r.toolNames.includes('record_email')).map((r) => r.toolNames);
  expect(offered[0]).toEqual(expect.arrayContaining(['record_email', 'confirm_email', 'decline_email']));
  expect(real.server.requests.every((r) => r.apiKey === real.apiKey)).toBe(true);
  expect(events.filter((e) => e.type === 'function_call_output' && e.isError)).toEqual([]);
  expect(events.at(-1)).toMatchObject({
    type: 'session_end',
    userdata: { email: 'sam@example.net', phone: '6175550199', born: '1985-03-05' },
  });
  // The tasks' progress reached the workflow's events: asked, read back, corrected, captured.
  const capture = workflowEvents.filter((e) => e.type === 'capture');
  expect(capture.map((e) => `${e.task}:${e.status}`)).toEqual([
    'email:asked',
    'email:read_back',
    'email:corrected',
    'email:captured',
    'phone_number:asked',
    'phone_number:read_back',
    'phone_number:captured',
    'date_of_birth:asked',
    'date_of_birth:read_back',
    'date_of_birth:corrected',
    'date_of_birth:captured',
  ]);
  expect(workflowEvents.filter((e) => e.type === 'error')).toEqual([]);
}, 120_000);

const callback = defineWorkflow({
  name: 'callback',
  userData: Member,
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Takes callback requests.',
      instructions: 'You take callback requests.',
      canEndCall: true,
      tools: {
        request_callback: llm.tool({
          description: 'Take a callback request: asks for the phone number.',
          execute: async (_args, { ctx }: llm.ToolOptions<Member>) => {
            ctx.userData.phone = unwrapCapture(await getPhoneNumber(byModel).run());
            return 'Callback requested.';
          },
        }),
      },
    },
  ],
  edges: [],
});

it('a caller going on after a read-back confirms it on the real plugin, and that line is in the history once', async () => {
  const talk = await startRealModelHarness({
    model: schemaFollowingModel({
      rules: [
        { caller: 'call me back', call: 'request_callback' },
        { caller: 'five five five', call: 'record_phone_number', args: { phone_number: '617 555 0199' } },
      ],
    }),
  });
  const { session, events } = await talk.call(callback as never);
  try {
    await session.say('can you call me back please');
    await expect.poll(() => events.some((e) => e.type === 'message' && e.role === 'assistant')).toBe(true);
    await session.say('six one seven, five five five, zero one nine nine');
    await expect
      .poll(() => events.some((e) => e.type === 'message' && /Is that right/.test((e as { text: string }).text)))
      .toBe(true);
    await session.say('my boiler is making a banging noise too');
    await expect
      .poll(() =>
        events.some(
          (e) =>
            e.type === 'session_end' ||
            (e.type === 'function_call_output' && (e as { name: string }).name === 'request_callback'),
        ),
      )
      .toBe(true);
    // Give a second (duplicated) turn the time it would take to appear.
    await new Promise((r) => setTimeout(r, 500));
    const lines = events.filter(
      (e) => e.type === 'message' && e.role === 'user' && /banging noise/.test((e as { text: string }).text),
    );
    expect(lines).toHaveLength(1);
    expect(events.filter((e) => e.type === 'function_call').map((e) => (e as { name: string }).name)).toEqual([
      'request_callback',
      'record_phone_number',
      'confirm_phone_number',
    ]);
  } finally {
    await session.close();
    await talk.close();
  }
}, 60_000);
