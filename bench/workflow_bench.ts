// Workflow overhead vs a bare agents-js session, and the handoff gap, with FakeLLM (ttft 0).
import { llm, voice } from '@livekit/agents';
import { z } from 'zod';
import { WorkflowFakeLLM } from '../src/testing/workflow_fake_llm.js';
import { defineWorkflow } from '../src/workflow/declaration.js';
import { SqliteOperatorQueue } from '../src/workflow/escalation/operator_queue.js';
import { WorkflowRuntime } from '../src/workflow/runtime.js';
import { median, percentile } from './stats.js';

const TURN = { input: 'what are your opening hours', content: 'We are open from nine to five, Monday to Friday.' };

async function timeTurns(session: voice.AgentSession, turns: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < turns; i++) {
    const t0 = performance.now();
    await session.run({ userInput: TURN.input }).wait();
    times.push(performance.now() - t0);
  }
  return times;
}

async function bareSession(): Promise<voice.AgentSession> {
  const session = new voice.AgentSession({ llm: new voice.testing.FakeLLM([TURN]) });
  await session.start({
    agent: new voice.Agent({
      instructions: 'You answer questions.',
      tools: { ping: llm.tool({ description: 'ping', execute: async () => 'pong' }) },
    }),
  });
  return session;
}

const oneAgent = defineWorkflow({
  name: 'bench-one',
  userData: z.object({ name: z.string().optional() }),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'answers',
      instructions: 'You answer questions.',
      canEndCall: true,
      tools: { ping: llm.tool({ description: 'ping', execute: async () => 'pong' }) },
    },
  ],
  edges: [],
});

async function workflowSession(): Promise<voice.AgentSession> {
  const runtime = new WorkflowRuntime(oneAgent, { operatorQueue: new SqliteOperatorQueue(':memory:') });
  const session = new voice.AgentSession({ llm: new WorkflowFakeLLM([TURN]), userData: runtime.createUserData() });
  await runtime.start(session as never);
  return session;
}

/** Median per-turn time of the workflow divided by the bare session's, measured interleaved. */
export async function measureTurnOverhead(
  rounds = 5,
  turnsPerRound = 40,
): Promise<{ ratio: number; bareMs: number; workflowMs: number }> {
  const bare: number[] = [];
  const wf: number[] = [];
  const a = await bareSession();
  const b = await workflowSession();
  await timeTurns(a, 10); // warm-up
  await timeTurns(b, 10);
  for (let r = 0; r < rounds; r++) {
    bare.push(...(await timeTurns(a, turnsPerRound)));
    wf.push(...(await timeTurns(b, turnsPerRound)));
  }
  await a.close();
  await b.close();
  return { ratio: median(wf) / median(bare), bareMs: median(bare), workflowMs: median(wf) };
}

const pingPong = defineWorkflow({
  name: 'bench-handoffs',
  userData: z.object({}),
  start: 'alpha',
  agents: [
    { id: 'alpha', description: 'a', instructions: 'You are alpha.', canEndCall: true },
    { id: 'beta', description: 'b', instructions: 'You are beta.', canEndCall: true },
  ],
  edges: [
    { from: 'alpha', to: 'beta', when: 'go to beta', history: 'last:2' },
    { from: 'beta', to: 'alpha', when: 'go to alpha', history: 'last:2' },
  ],
  // The benchmark bounces on purpose: lift the loop protection.
  policies: { maxHandoffs: 1_000_000, maxPingPong: 1_000_000 },
});

/** Handoff gap: handoff tool result → the next agent's first reply, over `count` handoffs. */
export async function measureHandoffGap(count = 240): Promise<{ medianMs: number; p95Ms: number; count: number }> {
  const runtime = new WorkflowRuntime(pingPong, { operatorQueue: new SqliteOperatorQueue(':memory:') });
  const fake = new WorkflowFakeLLM([
    { input: 'switch', toolCalls: [{ name: 'transfer_to_beta', args: {} }] },
    { input: 'instructions:enter:beta', content: 'Beta here.' },
    { input: 'instructions:enter:alpha', content: 'Alpha here.' },
  ]);
  // Both directions answer to the same caller line.
  const back = new WorkflowFakeLLM([{ input: 'switch', toolCalls: [{ name: 'transfer_to_alpha', args: {} }] }]);
  const router = new (class extends WorkflowFakeLLM {
    override chat(options: Parameters<WorkflowFakeLLM['chat']>[0]) {
      return runtime.currentAgentId === 'beta' &&
        options.chatCtx.items.at(-1)?.type === 'message' &&
        (options.chatCtx.items.at(-1) as llm.ChatMessage).role === 'user'
        ? back.chat(options)
        : fake.chat(options);
    }
  })();
  const session = new voice.AgentSession({ llm: router, userData: runtime.createUserData() });
  await runtime.start(session as never);
  const gaps: number[] = [];
  runtime.events.on('event', (e) => {
    if (e.type === 'handoff_completed') gaps.push(e.gapMs);
  });
  for (let i = 0; i < count; i++) await session.run({ userInput: 'switch' }).wait();
  await session.close();
  return { medianMs: median(gaps), p95Ms: percentile(gaps, 95), count: gaps.length };
}
