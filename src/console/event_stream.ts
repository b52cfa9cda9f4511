// Turns session history into the documented JSON-lines event stream (see README "Scripted mode").
import type { llm } from '@livekit/agents';

export type ConsoleEvent =
  | { type: 'message'; role: 'user' | 'assistant'; agent: string; text: string }
  | { type: 'function_call'; agent: string; name: string; args: Record<string, unknown> }
  | { type: 'function_call_output'; agent: string; name: string; output: string; isError: boolean }
  | { type: 'agent_handoff'; from: string; to: string }
  | { type: 'session_end'; agent: string; outcome: string; userdata: Record<string, unknown> }
  | { type: 'error'; message: string; component?: 'llm' | 'stt' | 'tts'; kind?: string; provider?: string }
  | { type: 'fallback'; component: 'llm' | 'stt' | 'tts'; from: string; to: string; reason: string }
  | {
      type: 'session_start';
      sessionId: string;
      workflow: string;
      agent: string;
      providers?: { llm: string[]; stt: string[]; tts: string[] };
    };

function parseArgs(raw: string): Record<string, unknown> {
  try {
    const value = JSON.parse(raw) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { raw };
  }
}

/** Tool outputs are JSON-encoded by the framework; show strings as plain text. */
export function plainOutput(output: string): string {
  try {
    const value = JSON.parse(output) as unknown;
    return typeof value === 'string' ? value : output;
  } catch {
    return output;
  }
}

/**
 * Walks new history items in order, tracking which agent is speaking across handoff markers.
 * Returns the events and the agent current after the last item.
 */
export function historyToEvents(
  items: readonly llm.ChatItem[],
  startAgent: string,
): { events: ConsoleEvent[]; agent: string } {
  const events: ConsoleEvent[] = [];
  let agent = startAgent;
  for (const item of items) {
    switch (item.type) {
      case 'message':
        if ((item.role === 'user' || item.role === 'assistant') && (item.textContent ?? '').trim() !== '') {
          events.push({ type: 'message', role: item.role, agent, text: item.textContent ?? '' });
        }
        break;
      case 'function_call':
        events.push({ type: 'function_call', agent, name: item.name, args: parseArgs(item.args) });
        break;
      case 'function_call_output':
        events.push({
          type: 'function_call_output',
          agent,
          name: item.name,
          output: plainOutput(item.output),
          isError: item.isError,
        });
        break;
      case 'agent_handoff':
        if (item.oldAgentId && item.oldAgentId !== item.newAgentId)
          events.push({ type: 'agent_handoff', from: item.oldAgentId, to: item.newAgentId });
        agent = item.newAgentId;
        break;
      default:
        break;
    }
  }
  return { events, agent };
}
