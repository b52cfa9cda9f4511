// The production path through the real OpenAI plugin and the local OpenAI-compatible test server:
// how soon the caller hears something once the model goes down (500s, then hangs), and how many
// LLM requests a handoff costs.
import { voice } from '@livekit/agents';
import { supportDeskWorkflow } from '../app/support-desk/workflow.js';
import { openStore } from '../app/support-desk/api/index.js';
import { ConsoleSession } from '../src/console/console_session.js';
import { LocalPolicyLLM } from '../src/policy/index.js';
import { providersFromEnv } from '../src/providers/index.js';
import {
  schemaFollowingModel,
  startOpenAITestServer,
  type Fault,
  type OpenAITestServer,
} from '../src/testing/index.js';
import { SqliteOperatorQueue } from '../src/workflow/index.js';
import { median } from './stats.js';

const model = schemaFollowingModel({
  rules: [
    { caller: 'my name is', call: 'transfer_to_triage', args: { callerName: 'Ann Lee' } },
    { caller: 'billing', call: 'transfer_to_billing' },
    { caller: 'internet is down', call: 'transfer_to_technical', args: { collectedDetails: ['Internet is down'] } },
    { caller: 'works again', call: 'return_to_previous_agent', args: { resolved: true, summary: 'Works again.' } },
  ],
});

/**
 * Records when the first piece of agent text of a reply reaches the caller (streamed, not the
 * whole message). agents-js exports its text-output base only through this fan-out (no sinks here).
 */
class FirstTextProbe extends voice.ParalellTextOutput {
  firstAt: number | undefined;
  constructor() {
    super([]);
  }
  override async captureText(text: string | { text: string }): Promise<void> {
    if (this.firstAt === undefined && (typeof text === 'string' ? text : text.text).trim())
      this.firstAt = performance.now();
  }
  override flush(): void {}
}

async function openCall(server: OpenAITestServer, probe?: FirstTextProbe) {
  // The defaults a deployment gets (first-token deadline, holding line): nothing tuned for the bench.
  const chosen = providersFromEnv(
    { LLM_BASE_URL: server.baseURL, LLM_MODEL: 'bench-model' },
    { localLlm: () => new LocalPolicyLLM() },
  );
  return ConsoleSession.open({
    workflow: supportDeskWorkflow({ store: openStore(':memory:') }) as never,
    llm: chosen.llm.model as never,
    runtime: { operatorQueue: new SqliteOperatorQueue(':memory:') },
    beforeStart: (session) => {
      if (probe) session.output.transcription = probe;
    },
  });
}

export interface OutageFigures {
  medianMs: number;
  samples: number[];
  /** Per fault: the turn on which the failure was first met (the chain had to detect it). */
  firstFailingTurnMs: Partial<Record<Fault['type'], number>>;
}

/**
 * Caller turn end → first agent text, per turn, once the model starts failing mid-call: the call
 * opens on a healthy model, then every request gets HTTP 500 (one call) or hangs (another call).
 */
export async function measureLlmOutage(turnsPerFault = 4): Promise<OutageFigures> {
  const server = await startOpenAITestServer({ model });
  const samples: number[] = [];
  const firstFailingTurnMs: OutageFigures['firstFailingTurnMs'] = {};
  try {
    for (const fault of [{ type: 'status', status: 500 }, { type: 'hang' }] as const) {
      server.setFault(undefined);
      const probe = new FirstTextProbe();
      const call = await openCall(server, probe);
      server.setFault(fault);
      for (let i = 0; i < turnsPerFault; i++) {
        probe.firstAt = undefined;
        const sentAt = performance.now();
        await call.say(i === 0 ? 'hello, my name is Ann Lee' : 'my internet is not working');
        // A turn with no agent text at all counts as never answered.
        const ms = probe.firstAt === undefined ? Number.POSITIVE_INFINITY : probe.firstAt - sentAt;
        samples.push(ms);
        if (i === 0) firstFailingTurnMs[fault.type] = ms;
      }
      await call.close();
    }
  } finally {
    await server.close();
  }
  return { medianMs: median(samples), samples, firstFailingTurnMs };
}

/**
 * LLM requests per handoff turn (the new agent's entry turn excluded): 1 means the old agent was
 * never asked to speak again after its handoff tool. Covers forward, lateral (summary edge) and
 * return handoffs; summary requests are counted separately.
 */
export async function measureHandoffRoundTrips(): Promise<{
  perHandoff: number;
  handoffs: number;
  summaryRequests: number;
}> {
  const server = await startOpenAITestServer({ model });
  try {
    const call = await openCall(server);
    let handoffs = 0;
    call.runtime.events.on('event', (e) => {
      if (e.type === 'handoff' || e.type === 'return') handoffs += 1;
    });
    const before = server.requests.length;
    for (const line of [
      'hello, my name is Ann Lee',
      'I have a billing question',
      'actually my internet is down',
      'great, it works again',
    ])
      await call.say(line);
    await call.close();
    const made = server.requests.slice(before).filter((r) => !r.entry);
    // A summary request offers no tools: it is history work for the new agent, not the old agent speaking.
    const summaries = made.filter((r) => r.toolNames.length === 0).length;
    return {
      perHandoff: handoffs ? (made.length - summaries) / handoffs : Number.NaN,
      handoffs,
      summaryRequests: summaries,
    };
  } finally {
    await server.close();
  }
}
