// The production path with a real model plugin: the support desk on `@livekit/agents-plugin-openai`
// talking real HTTP + SSE to the OpenAI-compatible test server, whose scripted model follows the
// tool schemas strictly (null for every nullable field it has no value for). Then the same with the
// model failing in every way we know: the caller must get a reply to every turn.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { supportDeskWorkflow } from '../app/support-desk/workflow.js';
import { openStore } from '../app/support-desk/api/index.js';
import type { ConsoleEvent } from '../src/console/event_stream.js';
import {
  schemaFollowingModel,
  startRealModelHarness,
  type Fault,
  type RealModelHarness,
} from '../src/testing/index.js';

const deskModel = schemaFollowingModel({
  rules: [
    {
      caller: 'my name is ann lee',
      call: 'transfer_to_triage',
      args: { callerName: 'Ann Lee', collectedDetails: ['Question about my bill'] },
    },
    { caller: 'human', call: 'escalate_to_human', args: { reason: 'The caller asked for a person.' } },
    { caller: 'yes, queue me', call: 'transfer_to_operator' },
    { caller: 'billing question', call: 'transfer_to_billing' },
    { caller: 'ann.lee@example.com', call: 'verify_identity', args: { name: 'Ann Lee', email: 'ann.lee@example.com' } },
    { caller: 'internet is down', call: 'transfer_to_technical', args: { collectedDetails: ['Internet is down'] } },
    { caller: 'is there an outage', call: 'check_outage', args: { service: 'internet' } },
    {
      caller: 'works again',
      call: 'return_to_previous_agent',
      args: { resolved: true, summary: 'Internet works again.' },
    },
    { caller: 'bye', call: 'end_call', say: 'Goodbye, Ann.' },
  ],
});

let real: RealModelHarness;
beforeAll(async () => {
  real = await startRealModelHarness({ model: deskModel });
});
afterEach(async () => real.reset());
afterAll(async () => real.close());

const call = async (env?: Record<string, string>) =>
  real.call(supportDeskWorkflow({ store: openStore(':memory:') }) as never, env);

const HANDOFF_TOOLS = /^(transfer_to_|escalate_to_human|return_to_previous_agent)/;

describe('support desk on the real OpenAI plugin with a schema-following model', () => {
  it('takes every edge, with null for unknown optional fields and one old-agent request per handoff', async () => {
    const first = real.server.requests.length;
    const { session, events, workflowEvents } = await call();
    for (const line of [
      'hello, my name is Ann Lee',
      'I have a billing question',
      'my email is ann.lee@example.com',
      'actually my internet is down',
      'is there an outage?',
      'great, it works again',
      'that is all, bye',
    ])
      await session.say(line);
    await session.close();
    const requests = real.server.requests.slice(first);

    // Every handoff happened, in order: greeter → triage → billing → technical (lateral) → triage (return).
    expect(events.filter((e) => e.type === 'agent_handoff')).toEqual([
      { type: 'agent_handoff', from: 'greeter', to: 'triage' },
      { type: 'agent_handoff', from: 'triage', to: 'billing' },
      { type: 'agent_handoff', from: 'billing', to: 'technical' },
      { type: 'agent_handoff', from: 'technical', to: 'triage' },
    ]);
    // No tool call failed: the nulls the model sent for optional fields were accepted as "absent".
    const outputs = events.filter((e) => e.type === 'function_call_output');
    expect(outputs.filter((o) => o.isError)).toEqual([]);
    const toBilling = events.find((e) => e.type === 'function_call' && e.name === 'transfer_to_billing');
    expect(toBilling).toMatchObject({ args: { email: null, accountNumber: null, reason: null } });
    expect(events.find((e) => e.type === 'function_call' && e.name === 'verify_identity')).toMatchObject({
      args: { account_number: null },
    });
    const end = events.at(-1) as Extract<ConsoleEvent, { type: 'session_end' }>;
    expect(end).toMatchObject({ type: 'session_end', agent: 'triage', outcome: 'resolved' });
    expect(end.userdata).toMatchObject({ verified: true, email: 'ann.lee@example.com', issueCategory: 'technical' });
    // verify_identity stored the account on file; nothing was ever stored as null.
    expect(Object.values(end.userdata)).not.toContain(null);

    // One LLM round trip per handoff: the old agent is never asked to speak after its handoff tool.
    expect(requests.filter((r) => r.afterTool && HANDOFF_TOOLS.test(r.afterTool.name ?? ''))).toEqual([]);
    // The caller hears: transition line → new agent, nothing from the old agent in between.
    for (const [i, e] of events.entries()) {
      if (e.type !== 'agent_handoff') continue;
      const said = events.slice(i + 1).filter((x) => x.type === 'message' && x.role === 'assistant');
      expect((said[0] as { agent: string }).agent).toBe(e.to);
    }
    // Descriptions reach the model on optional fields too, and optional fields are nullable.
    const billingTool = requests
      .flatMap((r) => r.body.tools ?? [])
      .find((t) => t.function.name === 'transfer_to_billing')!;
    const props = billingTool.function.parameters!.properties!;
    for (const key of ['email', 'accountNumber', 'reason']) {
      expect(props[key]!.description, key).toBeTruthy();
      expect(JSON.stringify(props[key]), key).toContain('null');
    }
    // History policies as declared: billing → technical is `summary` (a summary request was made and
    // the technical agent starts from it); the lateral move kept the return frame to triage.
    expect(requests.some((r) => !r.body.tools?.length && /Summarise/.test(JSON.stringify(r.body.messages)))).toBe(true);
    const techEntry = requests.find((r) => r.entry?.agent === 'technical')!;
    expect(JSON.stringify(techEntry.body.messages)).toContain('(Summary of the call so far)');
    const triageEntry = requests.find((r) => r.entry?.agent === 'triage' && !r.entry.isReturn)!;
    expect(JSON.stringify(triageEntry.body.messages)).toContain('hello, my name is Ann Lee'); // full history
    // The key the server saw is the configured one; the session_start event names providers, not keys.
    expect(requests.every((r) => r.apiKey === real.apiKey)).toBe(true);
    const start = events[0] as Extract<ConsoleEvent, { type: 'session_start' }>;
    expect(start.type).toBe('session_start');
    expect(start.providers?.llm[0]).toContain(real.modelName);
    expect(JSON.stringify(events)).not.toContain(real.apiKey);
    expect(workflowEvents.filter((e) => e.type === 'error')).toEqual([]);
  }, 120_000);

  it('escalates to a human and queues the caller for an operator', async () => {
    const { session, events } = await call();
    await session.say('hello, my name is Ann Lee');
    await session.say('I want to talk to a human');
    await session.say('yes, queue me please');
    await session.close();
    expect(events.filter((e) => e.type === 'agent_handoff').map((e) => (e as { to: string }).to)).toEqual([
      'triage',
      'escalation',
    ]);
    const queued = events.find((e) => e.type === 'function_call_output' && e.name === 'transfer_to_operator');
    expect(queued).toMatchObject({ isError: false });
    expect((queued as { output: string }).output).toMatch(/ticket/);
    expect(events.at(-1)).toMatchObject({ type: 'session_end', outcome: 'escalated' });
  }, 60_000);

  it('refuses a tool call with invalid JSON arguments and asks the model to call again', async () => {
    const { session, events, workflowEvents } = await call();
    real.server.setFault({ type: 'invalid_tool_json' }, { times: 1 });
    await session.say('hello, my name is Ann Lee');
    const output = events.find((e) => e.type === 'function_call_output' && e.name === 'transfer_to_triage');
    expect(output).toMatchObject({ isError: true });
    expect((output as { output: string }).output).toMatch(/not valid JSON.*call transfer_to_triage again/i);
    expect(events.some((e) => e.type === 'agent_handoff')).toBe(false);
    expect(workflowEvents.some((e) => e.type === 'userdata_changed')).toBe(false);
    // The model answered the error; a second try goes through.
    expect(events.some((e) => e.type === 'message' && e.role === 'assistant' && e.agent === 'greeter')).toBe(true);
    await session.say('hello, my name is Ann Lee');
    expect(events.some((e) => e.type === 'agent_handoff')).toBe(true);
  }, 60_000);
});

describe('when the model fails, the caller still gets a reply every turn', () => {
  const cases: Array<{ fault: Fault; kind: string; fallback: boolean }> = [
    { fault: { type: 'status', status: 500 }, kind: 'server_error', fallback: true },
    { fault: { type: 'rate_limit', retryAfterSeconds: 30 }, kind: 'rate_limited', fallback: true },
    { fault: { type: 'hang' }, kind: 'timeout', fallback: true },
    { fault: { type: 'stall_after_headers' }, kind: 'timeout', fallback: true },
    { fault: { type: 'malformed_chunk' }, kind: 'stream_broken', fallback: true },
    { fault: { type: 'empty' }, kind: 'empty_completion', fallback: true },
    { fault: { type: 'disconnect' }, kind: 'stream_broken', fallback: false },
  ];
  for (const { fault, kind, fallback } of cases) {
    it(`${fault.type}: apology, offline policy, error and fallback events, outcome not error`, async () => {
      real.server.setFault(fault);
      const { session, events, workflowEvents } = await call({ LLM_TIMEOUT_MS: '800', LLM_HOLDING_LINE_MS: '400' });
      const turns = ['hi, I am Ann Lee and my internet is not working', 'it keeps dropping since this morning'];
      for (const line of turns) {
        const before = events.length;
        await session.say(line);
        const replies = events.slice(before).filter((e) => e.type === 'message' && e.role === 'assistant');
        expect(replies.length, `a reply to "${line}"`).toBeGreaterThan(0);
      }
      await session.close();
      const errors = workflowEvents.filter((e) => e.type === 'error');
      expect(errors[0]).toMatchObject({ component: 'llm', provider: expect.stringContaining(real.modelName) });
      expect(errors.map((e) => (e as { kind: string }).kind)).toContain(kind);
      const switched = events.filter((e) => e.type === 'fallback');
      if (fallback) expect(switched[0]).toMatchObject({ component: 'llm', to: 'local policy' });
      expect(events.filter((e) => e.type === 'error').length).toBeGreaterThan(0);
      const said = events
        .filter((e) => e.type === 'message' && e.role === 'assistant')
        .map((e) => (e as { text: string }).text);
      expect(said.join(' ')).toMatch(/sorry/i);
      expect(events.at(-1)).toMatchObject({ type: 'session_end' });
      expect((events.at(-1) as { outcome: string }).outcome).not.toBe('error');
    }, 60_000);
  }
});
