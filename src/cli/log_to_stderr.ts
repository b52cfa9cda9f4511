// agents-js's logger writes to process.stdout unconditionally. The CLI's stdout carries data
// (`console --events -` JSON lines, `report --json`), so point the framework's stdout stream at stderr.
import { initializeLogger, log } from '@livekit/agents';
import pino from 'pino';

interface MultiStream {
  streams?: Array<{ stream: unknown }>;
}

// The framework logs every failed tool call as an error, `llm.ToolError` answers included. The
// console and `switchboard eval` show each failed call in their own output (with its message), so
// on the terminal these records only repeat it as JSON between the progress lines.
const TOOL_FAILURE = /"msg":"exception occurred while executing tool"/;

const stderrWithoutToolFailures = {
  write(line: string): boolean {
    return TOOL_FAILURE.test(line) ? true : process.stderr.write(line);
  },
};

export function initializeCliLogger(level: string): void {
  initializeLogger({ pretty: false, level });
  const multi = (log() as unknown as Record<symbol, MultiStream | undefined>)[pino.symbols.streamSym];
  // LOG_LEVEL=debug (or lower) asks for everything, repeats included.
  const everything = pino.levels.values[level] !== undefined && pino.levels.values[level]! <= pino.levels.values.debug!;
  for (const entry of multi?.streams ?? []) {
    if (entry.stream === process.stdout) entry.stream = everything ? process.stderr : stderrWithoutToolFailures;
  }
}
