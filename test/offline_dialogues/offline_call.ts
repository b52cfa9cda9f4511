// Drives one real voice.AgentSession on a workflow with the offline policy as its model: the
// caller's lines are the only script; every decision, tool call, handoff and reply is produced live.
import { voice } from '@livekit/agents';
import { loadWorkflow } from '../../src/workflow/load_workflow.js';
import type { LocalPolicyLLM } from '../../src/policy/local_policy_llm.js';
import { SqliteOperatorQueue, WorkflowRuntime } from '../../src/workflow/index.js';

export interface ToolRun {
  agent: string;
  name: string;
  args: Record<string, unknown>;
  output: string;
  isError: boolean;
}

export interface OfflineCall {
  /** Everything said, in order: caller lines ("caller: …"), agent replies ("agent@id: …") and tools. */
  transcript: string[];
  tools: ToolRun[];
  userData: Record<string, unknown>;
  ended: () => boolean;
  caller: (text: string) => Promise<void>;
  close: () => Promise<void>;
}

export async function startOfflineCall(workflowPath: string, model: LocalPolicyLLM): Promise<OfflineCall> {
  const spec = await loadWorkflow(workflowPath);
  const queue = new SqliteOperatorQueue(':memory:');
  const runtime = new WorkflowRuntime(spec, { operatorQueue: queue });
  const session = new voice.AgentSession({ llm: model, userData: runtime.createUserData() });
  const transcript: string[] = [];
  const tools: ToolRun[] = [];
  let closed = false;
  session.on(voice.AgentSessionEventTypes.ConversationItemAdded, (ev) => {
    if (ev.item.type === 'message' && ev.item.role === 'assistant')
      transcript.push(`agent@${session.currentAgent.id ?? ''}: ${ev.item.textContent ?? ''}`);
  });
  session.on(voice.AgentSessionEventTypes.FunctionToolsExecuted, (ev) => {
    ev.functionCalls.forEach((call, i) => {
      const out = ev.functionCallOutputs[i];
      const run = {
        agent: runtime.currentAgentId ?? '',
        name: call.name,
        args: JSON.parse(call.args || '{}') as Record<string, unknown>,
        output: out?.output ?? '',
        isError: out?.isError ?? false,
      };
      tools.push(run);
      transcript.push(
        `  [${run.name} ${JSON.stringify(run.args)}${run.isError ? ' ERROR' : ''} → ${run.output.slice(0, 160)}]`,
      );
    });
  });
  session.on(voice.AgentSessionEventTypes.Close, () => {
    closed = true;
  });
  await runtime.start(session);
  const settle = async () => {
    // A handoff's entry turn starts after the run that caused it: wait until speech stops.
    for (let quiet = 0, spins = 0; quiet < 3 && spins < 400; spins++) {
      await new Promise((r) => setTimeout(r, 20));
      quiet = session.agentState === 'listening' || closed ? quiet + 1 : 0;
    }
  };
  await settle();
  return {
    transcript,
    tools,
    get userData() {
      return session.userData as Record<string, unknown>;
    },
    ended: () => closed || tools.some((t) => t.name === 'end_call' && !t.isError),
    caller: async (text) => {
      transcript.push(`caller: ${text}`);
      if (closed) return;
      await session.run({ userInput: text }).wait();
      await settle();
    },
    close: async () => {
      if (!closed) await session.close();
      queue.close();
    },
  };
}
