// Human-readable console lines: who is speaking, handoffs, tool calls (dimmed), userdata changes.
import pc from 'picocolors';
import type { WorkflowEvent } from '../workflow/events.js';
import type { ConsoleEvent } from './event_stream.js';

const shorten = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function renderConsoleEvent(event: ConsoleEvent): string | undefined {
  switch (event.type) {
    case 'message':
      return event.role === 'assistant' ? `${pc.bold(pc.cyan(`[${event.agent}]`))} ${event.text}` : undefined; // the caller's own line is already on screen
    case 'function_call':
      return pc.dim(`    ⚙ ${event.agent} → ${event.name}(${shorten(JSON.stringify(event.args))})`);
    case 'function_call_output':
      return pc.dim(`    ${event.isError ? pc.red('✗') : '✓'} ${event.name}: ${shorten(event.output)}`);
    case 'agent_handoff':
      return pc.yellow(`  ⇢ handoff ${event.from} → ${event.to}`);
    case 'session_end':
      return pc.magenta(`— call ended (${event.outcome}) with ${event.agent}`);
    case 'error':
      return event.provider
        ? pc.red(pc.dim(`    ! ${event.component} ${event.provider}: ${event.kind} (${shorten(event.message, 100)})`))
        : pc.red(`! ${event.message}`);
    case 'fallback':
      return pc.yellow(pc.dim(`    ↪ ${event.component} now on ${event.to} (was ${event.from}: ${event.reason})`));
    case 'session_start':
      return undefined; // the banner already names the providers
  }
}

/** Workflow events worth showing beyond the history: reasons, guards, userdata, escalations. */
export function renderWorkflowEvent(event: WorkflowEvent): string | undefined {
  switch (event.type) {
    case 'handoff':
      return pc.yellow(`    reason: ${shorten(event.reason)} (history: ${event.history})`);
    case 'guard_refused':
      return pc.red(pc.dim(`    guard "${event.guard}" refused ${event.tool}`));
    case 'userdata_changed':
      return pc.dim(
        `    userdata: ${Object.entries(event.changes)
          .map(([k, v]) => `${k}=${shorten(JSON.stringify(v.after), 60)}`)
          .join(', ')}`,
      );
    case 'loop_detected':
      return pc.red(`    loop protection: ${event.reason}`);
    case 'mcp_server':
      return event.error
        ? pc.red(`! ${event.error}`)
        : pc.dim(`    MCP server ${event.server}: ${event.tools.length} tool(s) for ${event.agents.join(', ')}`);
    case 'escalation':
      return pc.magenta(
        `    escalation via ${event.channel}${event.ticketId ? ` (ticket ${event.ticketId})` : ''}: ${event.ok ? 'ok' : 'failed'}`,
      );
    default:
      return undefined;
  }
}
