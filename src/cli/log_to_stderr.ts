// agents-js's logger writes to process.stdout unconditionally. The CLI's stdout carries data
// (`console --events -` JSON lines, `report --json`), so point the framework's stdout stream at stderr.
import { initializeLogger, log } from '@livekit/agents';
import pino from 'pino';

interface MultiStream {
  streams?: Array<{ stream: unknown }>;
}

export function initializeCliLogger(level: string): void {
  initializeLogger({ pretty: false, level });
  const multi = (log() as unknown as Record<symbol, MultiStream | undefined>)[pino.symbols.streamSym];
  for (const entry of multi?.streams ?? []) {
    if (entry.stream === process.stdout) entry.stream = process.stderr;
  }
}
