// What the caller went on to say instead of a yes to a capture task's read-back becomes a turn for
// the agent that started the task, once it is back. Only for the offline policy: a model reads that
// line in the history merged back from the task and answers it with its reply to the tool's result
// (handing it on as well would put it in the history twice and answer it twice); the policy answers
// only the turn in front of it.
import type { voice } from '@livekit/agents';
import { LocalPolicyLLM } from '../policy/local_policy_llm.js';

// Sessions with a caller's line waiting to be handed on, counted: a text driver (the console,
// `switchboard eval`) waits for it before the caller's next line, which would otherwise be answered
// first when a turn runs as one long promise chain.
const handOnsDue = new WeakMap<voice.AgentSession, number>();

/** One more (1) or one fewer (-1) line waiting to be handed on in this session. */
export const countHandOn = (session: voice.AgentSession, by: 1 | -1) =>
  handOnsDue.set(session, Math.max(0, (handOnsDue.get(session) ?? 0) + by));

/** True while a capture task has something the caller said to hand on to the agent it returns to. */
export function handOnDue(session: voice.AgentSession): boolean {
  return (handOnsDue.get(session) ?? 0) > 0;
}

/** Hand `said` to the session's current agent once the task (`task`) has returned. */
export function handOn(session: voice.AgentSession, said: string, task: voice.Agent): void {
  if (session.currentAgent === task || !((session.currentAgent.llm ?? session.llm) instanceof LocalPolicyLLM)) {
    countHandOn(session, -1);
    return;
  }
  // After the tool that ran the task has returned, so the agent's reply to its result comes first.
  setImmediate(() => {
    try {
      // This runs in the tool call's async context: tools must be allowed explicitly.
      session.generateReply({ userInput: said, toolChoice: 'auto' });
    } catch {
      // The session is closing: nothing to hand on to.
    } finally {
      countHandOn(session, -1);
    }
  });
}
