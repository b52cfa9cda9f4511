// Problems outside the conversation that the person running the console must hear about, such as
// a record store that cannot be written. Each kind is said once per run: one line on stderr, and
// in scripted mode one `error` event in the JSON-lines stream. Alerts raised before the stream
// opens (the store is opened before the call starts) are replayed to it.
import pc from 'picocolors';
import type { ConsoleEvent } from './event_stream.js';

export type ConsoleAlert = { kind: 'record_store'; message: string };

export class ConsoleAlerts {
  private readonly raised: ConsoleAlert[] = [];
  private readonly listeners = new Set<(event: ConsoleEvent) => void>();

  constructor(private readonly stderr: { write(text: string): unknown } = process.stderr) {}

  /** Say it (once per kind): stderr line now, error event to every stream listening or opened later. */
  raise(alert: ConsoleAlert): void {
    if (this.raised.some((a) => a.kind === alert.kind)) return;
    this.raised.push(alert);
    this.stderr.write(`${pc.red('error:')} ${alert.message}\n`);
    for (const listener of this.listeners) listener(toEvent(alert));
  }

  /** Whether an alert of this kind was raised during the run. */
  has(kind: ConsoleAlert['kind']): boolean {
    return this.raised.some((a) => a.kind === kind);
  }

  /** Receive alerts as console events (past ones first); returns the unsubscribe function. */
  subscribe(listener: (event: ConsoleEvent) => void): () => void {
    for (const alert of this.raised) listener(toEvent(alert));
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

function toEvent(alert: ConsoleAlert): ConsoleEvent {
  return { type: 'error', kind: alert.kind, message: alert.message };
}
