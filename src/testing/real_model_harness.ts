// The production model path for end-to-end tests, set up once: the OpenAI-compatible test server
// with a scripted model, and calls opened the way `switchboard console` opens them when
// LLM_BASE_URL is set (providersFromEnv: the real `@livekit/agents-plugin-openai` LLM over HTTP +
// SSE, behind the fallback chain to the offline policy), with an in-memory operator queue and every
// console and workflow event kept for assertions.
import { ConsoleSession, type ConsoleSessionOptions } from '../console/console_session.js';
import type { ConsoleEvent } from '../console/event_stream.js';
import { LocalPolicyLLM } from '../policy/index.js';
import { providerNames, providersFromEnv } from '../providers/index.js';
import { SqliteOperatorQueue } from '../workflow/escalation/operator_queue.js';
import type { WorkflowEvent } from '../workflow/events.js';
import { startOpenAITestServer, type OpenAITestServer, type OpenAITestServerOptions } from './openai_test_server.js';

/** One call on the real model path, with what it emitted so far. */
export interface RealModelCall {
  session: ConsoleSession;
  events: ConsoleEvent[];
  workflowEvents: WorkflowEvent[];
}

export interface RealModelHarness {
  readonly server: OpenAITestServer;
  /** The LLM_API_KEY and LLM_MODEL the calls are configured with (tests check what was sent). */
  readonly apiKey: string;
  readonly modelName: string;
  /**
   * Open a call on `workflow`. `env` adds to or overrides the provider settings the console reads
   * (LLM_TIMEOUT_MS, LLM_HOLDING_LINE_MS, LLM_FALLBACK, ...).
   */
  call(workflow: ConsoleSessionOptions['workflow'], env?: Record<string, string>): Promise<RealModelCall>;
  /** Between tests: clear the server's fault and close the calls still open. */
  reset(): Promise<void>;
  /** After the last test: close the calls still open, then the server. */
  close(): Promise<void>;
}

/**
 * Start the test server for `model` and return the harness that opens calls against it. Wire it
 * into a test file with `beforeAll` (start), `afterEach` (`reset`) and `afterAll` (`close`).
 */
export async function startRealModelHarness(
  options: OpenAITestServerOptions & { apiKey?: string; modelName?: string; turnTimeoutMs?: number } = {},
): Promise<RealModelHarness> {
  const { apiKey = 'sk-test-key', modelName = 'strict-test-model', turnTimeoutMs = 30_000, ...serverOptions } = options;
  const server = await startOpenAITestServer(serverOptions);
  const open: ConsoleSession[] = [];
  const closeCalls = async () => {
    for (const session of open.splice(0)) await session.close();
  };
  return {
    server,
    apiKey,
    modelName,
    async call(workflow, env = {}) {
      const events: ConsoleEvent[] = [];
      const workflowEvents: WorkflowEvent[] = [];
      const chosen = providersFromEnv(
        { LLM_BASE_URL: server.baseURL, LLM_MODEL: modelName, LLM_API_KEY: apiKey, ...env },
        { localLlm: () => new LocalPolicyLLM() },
      );
      if (!chosen.llm.model) throw new Error(`No LLM from the test server's settings: ${chosen.llm.label}`);
      const session = await ConsoleSession.open({
        workflow,
        llm: chosen.llm.model,
        runtime: { operatorQueue: new SqliteOperatorQueue(':memory:'), providers: providerNames(chosen) },
        onEvent: (e) => events.push(e),
        onWorkflowEvent: (e) => workflowEvents.push(e),
        turnTimeoutMs,
      });
      open.push(session);
      return { session, events, workflowEvents };
    },
    async reset() {
      server.setFault(undefined);
      await closeCalls();
    },
    async close() {
      await closeCalls();
      await server.close();
    },
  };
}
