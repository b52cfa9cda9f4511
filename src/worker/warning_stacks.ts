// Routine warnings without stack traces. The framework logs every failed attempt to reach the
// LiveKit server (and other retried conditions) as a warning with the whole error serialised,
// stack included: a worker waiting for its server printed a multi-line trace every few seconds.
// A warning is an expected condition, so its errors keep type, message and code but drop the stack;
// errors and fatals keep theirs.
import { log } from '@livekit/agents';
import pino from 'pino';

const PINO_ERROR_LEVEL = 50;
const WRAPPED = Symbol('switchboard.warningStacksDropped');

interface Destination {
  write(line: string): unknown;
  end?: () => unknown;
  flushSync?: () => unknown;
  [WRAPPED]?: true;
}

interface MultiStream {
  streams?: Array<{ stream: Destination }>;
}

function dropStacks(value: unknown, depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.stack === 'string' && 'message' in record) delete record.stack;
  for (const child of Object.values(record)) dropStacks(child, depth + 1);
}

/** One JSON log line with the stacks taken out of a warning's (or lower level's) errors. */
export function withoutWarningStacks(line: string): string {
  if (!line.includes('"stack"')) return line;
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  if (typeof record.level !== 'number' || record.level >= PINO_ERROR_LEVEL) return line;
  for (const [key, value] of Object.entries(record)) if (key !== 'msg') dropStacks(value, 0);
  return `${JSON.stringify(record)}\n`;
}

/**
 * Filter the framework logger's output (every destination of its multistream) through
 * {@link withoutWarningStacks}. Call after the framework set up its logger (cli.runApp does, and a
 * job process has one before prewarm); loggers made later by initializeLogger are not affected.
 */
export function dropWarningStacks(): void {
  const multi = (log() as unknown as Record<symbol, MultiStream | undefined>)[pino.symbols.streamSym];
  for (const entry of multi?.streams ?? []) {
    const target = entry.stream;
    if (target[WRAPPED]) continue;
    entry.stream = {
      [WRAPPED]: true,
      write: (line: string) => target.write(withoutWarningStacks(line)),
      end: () => target.end?.(),
      ...(typeof target.flushSync === 'function' ? { flushSync: () => target.flushSync?.() } : {}),
    };
  }
}
