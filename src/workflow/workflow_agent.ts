import { type llm, voice } from '@livekit/agents';
import type { WorkflowEvents } from './events.js';
import { refuseInvalidToolArguments } from './tool_schema.js';

/** What an agent needs from the runtime that built it: the runtime implements it. */
export interface AgentHost {
  readonly events: WorkflowEvents;
  /** Record the entry and run the agent's first turn. */
  onAgentEntered(agent: voice.Agent, agentId: string): Promise<void>;
}

// Agents are built by the runtime; this map links an agent instance back to its runtime
// without widening the framework's constructor signature (so subclasses stay plain voice.Agents).
const runtimes = new WeakMap<voice.Agent, { runtime: AgentHost; agentId: string }>();

export function bindAgent(agent: voice.Agent, runtime: AgentHost, agentId: string): void {
  runtimes.set(agent, { runtime, agentId });
}

export function runtimeOf(agent: voice.Agent): { runtime: AgentHost; agentId: string } | undefined {
  return runtimes.get(agent);
}

/**
 * A real voice.Agent whose entry turn is driven by the workflow. Subclass it (and set
 * `agentClass` in the agent spec) to use any agents-js hook; call `super.onEnter()` if you
 * override onEnter, and `super.llmNode()` if you override llmNode.
 */
export class WorkflowAgent<UD = unknown> extends voice.Agent<UD> {
  override async onEnter(): Promise<void> {
    const bound = runtimeOf(this);
    if (bound) await bound.runtime.onAgentEntered(this, bound.agentId);
  }

  // Every model's tool calls pass here: malformed JSON arguments are refused, never "repaired".
  override async llmNode(
    chatCtx: llm.ChatContext,
    toolCtx: llm.ToolContext,
    modelSettings: voice.ModelSettings,
  ): ReturnType<voice.Agent<UD>['llmNode']> {
    const stream = await super.llmNode(chatCtx, toolCtx, modelSettings);
    if (!stream) return stream;
    return stream.pipeThrough(
      new TransformStream({
        transform(chunk, controller) {
          controller.enqueue(
            typeof chunk === 'object' && chunk !== null && 'delta' in chunk
              ? refuseInvalidToolArguments(chunk as llm.ChatChunk)
              : chunk,
          );
        },
      }),
    );
  }
}
