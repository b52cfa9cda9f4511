// Test harness: one text-only call on the workflow, scripted with WorkflowFakeLLM (no model, no
// network). `step` builds a scripted turn the fake model answers with one tool call; `use` runs it.
import { llm, voice } from '@livekit/agents';
import { SqliteOperatorQueue, WorkflowRuntime } from 'switchboard';
import { WorkflowFakeLLM } from 'switchboard/testing';
import { expect } from 'vitest';
import type { z } from 'zod';
import createWorkflow from '../src/workflow.js';

type Script = ConstructorParameters<typeof WorkflowFakeLLM>[0];
type UserData = z.infer<ReturnType<typeof createWorkflow>['userData']>;

/** A caller turn the fake model answers by calling `tool` with `args`. */
export function step(tool: string, args: Record<string, unknown> = {}) {
  return { input: `(calls ${tool} ${JSON.stringify(args)})`, toolCalls: [{ name: tool, args }], tool };
}

/** The framework JSON-encodes what a tool returns; errors arrive as plain text. */
function plain(output: string): string {
  try {
    const value: unknown = JSON.parse(output);
    return typeof value === 'string' ? value : output;
  } catch {
    return output;
  }
}

export interface CallOptions {
  /** Start with this agent instead of the workflow's start agent. */
  at?: string;
  userData?: Partial<UserData>;
  /** The business APIs to use (fresh mocks by default). */
  deps?: Parameters<typeof createWorkflow>[0];
}

export async function startCall(script: Script, options: CallOptions = {}) {
  const operatorQueue = new SqliteOperatorQueue(':memory:');
  const runtime = new WorkflowRuntime(createWorkflow(options.deps), { operatorQueue });
  const session = new voice.AgentSession<UserData>({
    llm: new WorkflowFakeLLM(script),
    userData: runtime.createUserData(options.userData),
  });
  if (options.at) {
    runtime.attach(session);
    await session.start({ agent: runtime.buildAgent(options.at, { chatCtx: llm.ChatContext.empty() }) });
  } else {
    await runtime.start(session);
  }
  const say = (text: string) => session.run({ userInput: text }).wait();
  return {
    runtime,
    session,
    operatorQueue,
    say,
    get agent() {
      return session.currentAgent.id;
    },
    get userData() {
      return session.userData;
    },
    /** Run a `step` turn and return what its tool answered. */
    async use(turn: ReturnType<typeof step>) {
      const result = await say(turn.input);
      result.expect.nextEvent().isFunctionCall({ name: turn.tool });
      const { item } = result.expect.nextEvent().isFunctionCallOutput().event();
      expect(item.name).toBe(turn.tool);
      return { output: plain(item.output), isError: item.isError, result };
    },
    close: () => session.close(),
  };
}

export type Call = Awaited<ReturnType<typeof startCall>>;
