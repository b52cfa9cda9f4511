// Builders for scripted model turns: each names the moment the model answers (an agent's entry,
// a hand-back, a caller's words, a tool's result) so a script reads like the call it drives.
import type { ScriptedTurn } from './workflow_fake_llm.js';

/** What the model does in a turn: say `content`, call tools, or both. */
export type Reply = Omit<ScriptedTurn, 'input'>;

/** The model's reply when `agent` takes the call (its entry turn). */
export const onEnter = (agent: string, reply: Reply): ScriptedTurn => ({
  input: `instructions:enter:${agent}`,
  ...reply,
});

/** The model's reply when a called agent hands the caller back to `agent` (else `onEnter` answers). */
export const onReturn = (agent: string, reply: Reply): ScriptedTurn => ({
  input: `instructions:return:${agent}`,
  ...reply,
});

/** The model's reply to the caller saying `text`. */
export const onCaller = (text: string, reply: Reply): ScriptedTurn => ({ input: text, ...reply });

/** The model's reply right after a tool returned `output` (the model sees it JSON-encoded). */
export const afterTool = (output: string, reply: Reply): ScriptedTurn => ({ input: JSON.stringify(output), ...reply });

/** The model's reply right after a tool failed with `message` (error outputs reach it as plain text). */
export const afterError = (message: string, reply: Reply): ScriptedTurn => ({ input: message, ...reply });

/** A reply that calls one tool. */
export const callsTool = (name: string, args: Record<string, unknown> = {}): Reply => ({
  toolCalls: [{ name, args }],
});

/** A caller turn the model answers with one tool call; run it with `call.use(step)`. */
export interface ToolStep extends ScriptedTurn {
  tool: string;
  args: Record<string, unknown>;
}

/**
 * A caller turn the model answers by calling `tool` with `args`: put it in the script and run it
 * with `call.use(step)`, which returns what the tool answered. `input` defaults to a description of
 * the call; give one when the same tool is called twice in a script.
 */
export function step(tool: string, args: Record<string, unknown> = {}, input?: string): ToolStep {
  return { input: input ?? `(calls ${tool} ${JSON.stringify(args)})`, toolCalls: [{ name: tool, args }], tool, args };
}
