// The production path through the real OpenAI plugin and the local OpenAI-compatible test server:
// how soon the caller hears something while the model is down (500s, then hangs), and how many
// LLM requests a handoff costs.
import { voice } from '@livekit/agents';
import { supportDeskWorkflow } from '../app/support-desk/workflow.js';
import { openStore } from '../app/support-desk/api/index.js';
import { ConsoleSession } from '../src/console/console_session.js';
import { LocalPolicyLLM } from '../src/policy/index.js';
import { providersFromEnv } from '../src/providers/index.js';
import { schemaFollowingModel, startOpenAITestServer, type OpenAITestServer } from '../src/testing/index.js';
import { SqliteOperatorQueue } from '../src/workflow/index.js';
import { median } from './stats.js';

const model = schemaFollowingModel({
  rules: [
    { caller: 'my name is', call: 'transfer_to_triage', args: { callerName: 'Ann Lee' } },
    { caller: 'billing', call: 'transfer_to_billing' },
  ],
});

async function openCall(server: OpenAITestServer) {
  const chosen = providersFromEnv(
    { LLM_BASE_URL: server.baseURL, LLM_MODEL: 'bench-model' },
    { localLlm: () => new LocalPolicyLLM() },
  );
  return ConsoleSession.open({
    workflow: supportDeskWorkflow({ store: openStore(':memory:') }) as never,
    llm: chosen.llm.model as never,
    runtime: { operatorQueue: new SqliteOperatorQueue(':memory:') },
  });
}

/** Caller turn → first agent text, per turn, while the model answers 500s and then hangs. */
export async function measureLlmOutage(turnsPerFault = 4): Promise<{ medianMs: number; samples: number[] }> {
  const server = await startOpenAITestServer({ model });
  const samples: number[] = [];
  try {
    for (const fault of [{ type: 'status', status: 500 }, { type: 'hang' }] as const) {
      server.setFault(fault);
      const call = await openCall(server);
      let sentAt = 0;
      let first: number | undefined;
      call.session.on(voice.AgentSessionEventTypes.ConversationItemAdded, (ev) => {
        if (ev.item.type === 'message' && ev.item.role === 'assistant' && first === undefined && sentAt)
          first = performance.now() - sentAt;
      });
      for (let i = 0; i < turnsPerFault; i++) {
        first = undefined;
        sentAt = performance.now();
        await call.say(i === 0 ? 'hello, my name is Ann Lee' : 'my internet is not working');
        if (first !== undefined) samples.push(first);
      }
      await call.close();
    }
  } finally {
    await server.close();
  }
  return { medianMs: median(samples), samples };
}

/** LLM requests an old agent makes per handoff (entry turns of the new agent excluded). */
export async function measureHandoffRoundTrips(): Promise<{ perHandoff: number; handoffs: number }> {
  const server = await startOpenAITestServer({ model });
  try {
    const call = await openCall(server);
    let handoffs = 0;
    call.runtime.events.on('event', (e) => {
      if (e.type === 'handoff') handoffs += 1;
    });
    const before = server.requests.length;
    await call.say('hello, my name is Ann Lee');
    await call.say('I have a billing question');
    await call.close();
    const oldAgentRequests = server.requests.slice(before).filter((r) => !r.entry).length;
    return { perHandoff: handoffs ? oldAgentRequests / handoffs : Number.NaN, handoffs };
  } finally {
    await server.close();
  }
}
