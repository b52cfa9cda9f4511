// Drives the real support-desk workflow in a text-only AgentSession with a scripted LLM.
import { type llm, voice } from '@livekit/agents';
import { parseEntryTag, SqliteOperatorQueue, WorkflowRuntime } from '../../../src/workflow/index.js';
import { WorkflowFakeLLM } from '../../../src/testing/index.js';
import { openStore, type SupportStore } from '../api/index.js';
import type { SupportUserData } from '../userdata.js';
import { supportDeskWorkflow } from '../workflow.js';
import { FIXED_NOW, TIME_ZONE } from './desk_fixture.js';

type Responses = ConstructorParameters<typeof WorkflowFakeLLM>[0];
type Response = NonNullable<Responses>[number];

export const GREETING = 'Welcome to Acme Connect support. May I have your name and what I can help with today?';

/** A scripted reply to an agent's entry turn. */
export const onEnter = (agent: string, reply: Omit<Response, 'input'>): Response => ({
  input: `instructions:enter:${agent}`,
  ...reply,
});

/** A scripted reply to an agent's entry turn when a called agent hands the caller back to it. */
export const onReturn = (agent: string, reply: Omit<Response, 'input'>): Response => ({
  input: `instructions:return:${agent}`,
  ...reply,
});

/** A scripted reply to the caller saying `text`. */
export const onCaller = (text: string, reply: Omit<Response, 'input'>): Response => ({ input: text, ...reply });

/** A scripted reply right after a tool returned `output` (the LLM sees it JSON-encoded). */
export const afterTool = (output: string, reply: Omit<Response, 'input'>): Response => ({
  input: JSON.stringify(output),
  ...reply,
});

/** A scripted reply right after a tool failed with `message` (error outputs are not encoded). */
export const afterError = (message: string, reply: Omit<Response, 'input'>): Response => ({ input: message, ...reply });

/**
 * Records the system prompt of every LLM request, so tests can read entry instructions, and
 * answers a return entry with `onReturn(agent)` when the script has one (else like any entry).
 */
export class RecordingFakeLLM extends WorkflowFakeLLM {
  readonly prompts: string[] = [];

  override chat(options: Parameters<WorkflowFakeLLM['chat']>[0]): llm.LLMStream {
    const system = options.chatCtx.items.filter(
      (i): i is llm.ChatMessage => i.type === 'message' && i.role === 'system',
    );
    const prompt = system.map((m) => m.textContent ?? '').join('\n');
    this.prompts.push(prompt);
    const entry = parseEntryTag(prompt);
    const key = entry?.isReturn ? `instructions:return:${entry.agent}` : undefined;
    if (key && this.lookup(key) && options.chatCtx.items.at(-1)?.type !== 'function_call_output') {
      const ctx = options.chatCtx.copy();
      const sys = ctx.items.find((i): i is llm.ChatMessage => i.type === 'message' && i.role === 'system')!;
      sys.content = [`${sys.textContent ?? ''}\n${key}`];
      // Skip WorkflowFakeLLM's entry keying: FakeLLM reads the trailing `instructions:` line.
      return voice.testing.FakeLLM.prototype.chat.call(this, { ...options, chatCtx: ctx });
    }
    return super.chat(options);
  }

  /** The last prompt that contained an entry tag for `agent`. */
  entryPrompt(agent: string): string | undefined {
    return this.prompts.filter((p) => p.includes(`[on enter: ${agent}`)).at(-1);
  }
}

function firstAssistantMessage(session: voice.AgentSession<SupportUserData>): Promise<string> {
  return new Promise((resolve) => {
    const onItem = (ev: voice.ConversationItemAddedEvent) => {
      if (ev.item.type === 'message' && ev.item.role === 'assistant') {
        session.off(voice.AgentSessionEventTypes.ConversationItemAdded, onItem);
        resolve(ev.item.textContent ?? '');
      }
    };
    session.on(voice.AgentSessionEventTypes.ConversationItemAdded, onItem);
  });
}

export interface DeskCall {
  store: SupportStore;
  queue: SqliteOperatorQueue;
  runtime: WorkflowRuntime;
  llm: RecordingFakeLLM;
  session: voice.AgentSession<SupportUserData>;
  /** What the greeter said when the call started. */
  greeting: string;
  run: (userInput: string) => Promise<voice.testing.RunResult>;
  /** Tool names the current agent can call, sorted. */
  tools: () => string[];
  /** The current agent's dialogue (no system prompt), as "role: text". */
  context: () => string[];
  close: () => Promise<void>;
}

/** Start a call on the greeter (its greeting is scripted unless `responses` override it). */
export async function startDeskCall(responses: Responses, initial: Partial<SupportUserData> = {}): Promise<DeskCall> {
  const store = openStore(':memory:', { now: FIXED_NOW });
  const queue = new SqliteOperatorQueue(':memory:');
  const runtime = new WorkflowRuntime(supportDeskWorkflow({ store, now: () => FIXED_NOW, timeZone: TIME_ZONE }), {
    operatorQueue: queue,
  });
  const script = [...(responses ?? [])];
  if (!script.some((r) => r.input === 'instructions:enter:greeter'))
    script.push(onEnter('greeter', { content: GREETING }));
  const fake = new RecordingFakeLLM(script);
  const session = new voice.AgentSession<SupportUserData>({ llm: fake, userData: runtime.createUserData(initial) });
  // Wait for the greeting so the first caller turn never races the entry turn.
  const greeting = firstAssistantMessage(session);
  await runtime.start(session as never);
  return {
    store,
    queue,
    runtime: runtime as unknown as WorkflowRuntime,
    llm: fake,
    session,
    greeting: await greeting,
    run: (userInput) => session.run({ userInput }).wait(),
    tools: () => Object.keys(session.currentAgent.toolCtx.functionTools).sort(),
    context: () =>
      session.currentAgent.chatCtx.items
        .filter((i): i is llm.ChatMessage => i.type === 'message' && (i.role === 'user' || i.role === 'assistant'))
        .map((m) => `${m.role}: ${m.textContent ?? ''}`),
    close: async () => {
      await session.close();
      store.close();
      queue.close();
    },
  };
}

/** The instructions the current agent runs with. */
export function instructionsOf(session: voice.AgentSession<SupportUserData>): string {
  const i = session.currentAgent.instructions;
  return typeof i === 'string' ? i : String(i);
}
