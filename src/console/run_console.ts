// The two console modes: interactive (a person types) and scripted (a file of caller lines in,
// JSON lines out). Both run the same ConsoleSession.
import { createWriteStream, readFileSync, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import pc from 'picocolors';
import type { WorkflowEvent } from '../workflow/events.js';
import type { ConsoleAlerts } from './alerts.js';
import type { ConsoleEvent } from './event_stream.js';
import { ConsoleSession, type ConsoleSessionOptions } from './console_session.js';
import { renderConsoleEvent, renderWorkflowEvent } from './render.js';

export class ScriptFileError extends Error {}

/** Caller lines from a script: blank lines and `#` comments are skipped. */
export function readScript(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'it does not exist'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new ScriptFileError(`Cannot read script ${path}: ${why}.`);
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function openEventSink(target: string): { write: (e: ConsoleEvent) => void; end: () => Promise<void> } {
  if (target === '-') {
    return { write: (e) => process.stdout.write(`${JSON.stringify(e)}\n`), end: async () => {} };
  }
  const stream: WriteStream = createWriteStream(target, { flags: 'w' });
  return {
    write: (e) => stream.write(`${JSON.stringify(e)}\n`),
    end: () => new Promise((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve()))),
  };
}

export interface ScriptOptions extends Omit<ConsoleSessionOptions, 'onEvent'> {
  script: string;
  /** File path for JSON lines, or '-' for stdout; without it the readable transcript is printed. */
  events?: string;
  /** Also print the human-readable transcript (to stderr when events go to stdout). */
  echo?: boolean;
  /** Problems outside the conversation (a failing record store) join the event stream as errors. */
  alerts?: ConsoleAlerts;
  /** Awaited after the call closes and before the stream ends (e.g. writing the call's record). */
  beforeEnd?: () => Promise<void>;
}

export async function runScript(options: ScriptOptions): Promise<void> {
  const lines = readScript(options.script);
  const sink = options.events === undefined ? undefined : openEventSink(options.events);
  // Without an event stream a person is reading: the transcript is the output.
  const echo = options.echo || !sink;
  const human = options.events === '-' ? process.stderr : process.stdout;
  const emit = (e: ConsoleEvent) => {
    sink?.write(e);
    const line = echo ? renderConsoleEvent(e) : undefined;
    if (line) human.write(`${line}\n`);
  };
  const unsubscribe = options.alerts?.subscribe(emit);
  const call = await ConsoleSession.open({
    ...options,
    // A tool server that failed to start is said once, even without --echo: the call goes on without it.
    onWorkflowEvent: (e) => {
      options.onWorkflowEvent?.(e);
      if (e.type === 'mcp_server' && e.error) process.stderr.write(`${renderWorkflowEvent(e)}\n`);
    },
    onEvent: emit,
  });
  try {
    for (const line of lines) {
      if (call.ended) break;
      if (echo) human.write(`${pc.green('caller>')} ${line}\n`);
      await call.say(line);
    }
  } finally {
    await call.close();
    await options.beforeEnd?.();
    unsubscribe?.();
    await sink?.end();
  }
}

export interface InteractiveOptions extends Omit<ConsoleSessionOptions, 'onEvent' | 'onWorkflowEvent'> {
  banner: string[];
}

export async function runInteractive(options: InteractiveOptions): Promise<void> {
  for (const line of options.banner) process.stdout.write(`${line}\n`);
  const print = (line: string | undefined) => line && process.stdout.write(`${line}\n`);
  // Workflow events arrive live, history events after each turn: hold the former and print each
  // under the history event it explains (a handoff's reason, a tool's userdata changes).
  const held: WorkflowEvent[] = [];
  const release = (match: (e: WorkflowEvent) => boolean) => {
    for (let i = 0; i < held.length;) {
      if (match(held[i]!)) print(renderWorkflowEvent(held.splice(i, 1)[0]!));
      else i++;
    }
  };
  const call = await ConsoleSession.open({
    ...options,
    onEvent: (e) => {
      print(renderConsoleEvent(e));
      if (e.type === 'function_call_output') release((w) => 'tool' in w && w.tool === e.name);
      if (e.type === 'agent_handoff') release((w) => w.type === 'handoff' && w.from === e.from && w.to === e.to);
      if (e.type === 'session_end' || e.type === 'error') release(() => true);
    },
    onWorkflowEvent: (e) => {
      if (renderWorkflowEvent(e)) held.push(e);
    },
  });
  release(() => true);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  rl.setPrompt(pc.green('you> '));
  rl.prompt();
  // Lines are processed one at a time, in order, even when pasted faster than the agent replies.
  let queue = Promise.resolve();
  let closing = false;
  // At the end of piped input (`drain`), every line already read is answered before the call ends.
  const finish = async (drain = false) => {
    if (drain) await queue;
    if (closing) return;
    closing = true;
    await call.close();
    rl.close();
  };
  await new Promise<void>((resolve) => {
    rl.on('line', (line) => {
      queue = queue.then(async () => {
        if (closing) return;
        if (/^\s*\/(quit|exit|bye)\s*$/i.test(line)) return void finish().then(resolve);
        await call.say(line);
        release(() => true);
        if (call.ended) return void finish().then(resolve);
        rl.prompt();
      });
    });
    rl.on('close', () => void finish(true).then(resolve));
  });
}
