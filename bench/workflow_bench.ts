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
  await runtime.start(session);
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

interface HandoffBench {
  /** One caller turn that triggers one handoff. */
  bounce(): Promise<void>;
  gaps: number[];
  close(): Promise<void>;
}

async function workflowHandoffs(): Promise<HandoffBench> {
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
  await runtime.start(session);
  const gaps: number[] = [];
  runtime.events.on('event', (e) => {
    if (e.type === 'handoff_completed') gaps.push(e.gapMs);
  });
  return {
    gaps,
    bounce: async () => void (await session.run({ userInput: 'switch' }).wait()),
    close: () => session.close(),
  };
}

/**
 * The same ping-pong written directly on agents-js, as its docs show a handoff: a plain llm.tool
 * returning llm.handoff({ agent, returns }), the next agent greeting from onEnter with
 * generateReply, FakeLLM answering. Same gap definition as the workflow's handoff_completed:
 * from the handoff tool returning its result to the next agent's first assistant message.
 */
async function bareHandoffs(): Promise<HandoffBench> {
  const fake = new voice.testing.FakeLLM([
    { input: 'switch', toolCalls: [{ name: 'transfer', args: {} }] },
    { input: 'instructions:enter:beta', content: 'Beta here.' },
    { input: 'instructions:enter:alpha', content: 'Alpha here.' },
  ]);
  let handedOffAt: number | undefined;
  class PingPongAgent extends voice.Agent {
    constructor(
      readonly name: 'alpha' | 'beta',
      chatCtx?: llm.ChatContext,
    ) {
      super({
        instructions: `You are ${name}.`,
        chatCtx,
        tools: {
          transfer: llm.tool({
            description: 'Transfer the caller to the other agent.',
            execute: async (_args, { ctx }) => {
              // Carry the last two dialogue items, like the workflow's `history: 'last:2'`.
              const items = ctx.session.currentAgent.chatCtx.items.filter((i) => i.type === 'message');
              const next = new PingPongAgent(
                name === 'alpha' ? 'beta' : 'alpha',
                new llm.ChatContext(items.filter((i) => (i as llm.ChatMessage).role !== 'system').slice(-2)),
              );
              handedOffAt = performance.now();
              return llm.handoff({ agent: next, returns: `Transferred to ${next.name}.` });
            },
          }),
        },
      });
    }

    override async onEnter(): Promise<void> {
      this.session.generateReply({ instructions: `instructions:enter:${this.name}` });
    }
  }
  const session = new voice.AgentSession({ llm: fake });
  const gaps: number[] = [];
  session.on(voice.AgentSessionEventTypes.ConversationItemAdded, (ev) => {
    if (handedOffAt === undefined || ev.item.type !== 'message' || ev.item.role !== 'assistant') return;
    gaps.push(performance.now() - handedOffAt);
    handedOffAt = undefined;
  });
  await session.start({ agent: new PingPongAgent('alpha') });
  return {
    gaps,
    bounce: async () => void (await session.run({ userInput: 'switch' }).wait()),
    close: () => session.close(),
  };
}

export interface HandoffGapResult {
  medianMs: number;
  p95Ms: number;
  bareMedianMs: number;
  bareP95Ms: number;
  /** Our median gap ÷ the bare agents-js median gap (target ≤ 1.0). */
  ratio: number;
  count: number;
  bareCount: number;
}

/**
 * Handoff gap: handoff tool result → the next agent's first reply, over `count` handoffs each for
 * the workflow and for bare agents-js, in interleaved rounds so machine noise hits both alike.
 */
export async function measureHandoffGap(count = 240, rounds = 6): Promise<HandoffGapResult> {
  const ours = await workflowHandoffs();
  const bare = await bareHandoffs();
  // Warm-up (JIT, first activity switches), not counted.
  for (let i = 0; i < 10; i++) {
    await ours.bounce();
    await bare.bounce();
  }
  ours.gaps.length = 0;
  bare.gaps.length = 0;
  const perRound = Math.ceil(count / rounds);
  for (let r = 0; r < rounds; r++) {
    // Alternate which side goes first so neither always runs on a warmer (or busier) machine.
    const order = r % 2 === 0 ? [ours, bare] : [bare, ours];
    for (const side of order) for (let i = 0; i < perRound; i++) await side.bounce();
  }
  await ours.close();
  await bare.close();
  const bareMedian = median(bare.gaps);
  return {
    medianMs: median(ours.gaps),
    p95Ms: percentile(ours.gaps, 95),
    bareMedianMs: bareMedian,
    bareP95Ms: percentile(bare.gaps, 95),
    ratio: median(ours.gaps) / bareMedian,
    count: ours.gaps.length,
    bareCount: bare.gaps.length,
  };
}
