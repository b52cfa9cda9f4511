// `switchboard report list|show|stats`: read the session records the workers wrote (same store
// settings as the worker) and print them for people (timeline, tables) or scripts (--json).
// Every expected failure prints one sentence and exits 1; no stack traces.
import type { Command } from 'commander';
import pc from 'picocolors';
import { openRecordStore, recordStoreSettingsFromEnv } from '../records/open_record_store.js';
import type { RecordStore, RecordStoreSettings } from '../records/record_store.js';
import { RecordStoreError } from '../records/record_store_error.js';
import { renderSessionList, renderStats, renderTimeline } from './report_render.js';
import { computeStats, STATS_EVENT_KINDS, type ReportStats } from './report_stats.js';
import type { SessionDetail, SessionSummary } from '../records/record_types.js';

export interface ReportIO {
  out(text: string): void;
  err(text: string): void;
  /** Colour the human output (default: stdout is a TTY and NO_COLOR is unset). */
  color?: boolean;
}

const processIO: ReportIO = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

function emptyStoreError(store: RecordStore): RecordStoreError {
  return new RecordStoreError(
    `No sessions recorded yet in ${store.location}. Run a call with the worker first, or point SWITCHBOARD_DB / DATABASE_URL at the store the workers write.`,
    'not_found',
  );
}

export async function listSessions(store: RecordStore, options: { limit?: number } = {}): Promise<SessionSummary[]> {
  const sessions = await store.listSessions({ limit: options.limit ?? 20 });
  if (sessions.length === 0) throw emptyStoreError(store);
  return sessions;
}

/** Find a session by id or unique id prefix. */
export async function findSession(store: RecordStore, id: string): Promise<SessionDetail> {
  const wanted = id.trim();
  if (!wanted) throw new RecordStoreError('Give a session id (see `switchboard report list`).', 'not_found');
  const exact = await store.getSession(wanted);
  if (exact) return exact;
  const matches = await store.findSessionIds(wanted, 6);
  if (matches.length === 1) return (await store.getSession(matches[0]!))!;
  if (matches.length > 1) {
    throw new RecordStoreError(
      `"${wanted}" matches several sessions (${matches.slice(0, 5).join(', ')}${matches.length > 5 ? ', …' : ''}). Give more of the id.`,
      'not_found',
    );
  }
  throw new RecordStoreError(
    `No session "${wanted}" in ${store.location}. Run \`switchboard report list\` to see recent session ids.`,
    'not_found',
  );
}

export async function sessionStats(store: RecordStore, options: { last?: number } = {}): Promise<ReportStats> {
  const sessions = await store.listSessions({ limit: options.last ?? 500 });
  if (sessions.length === 0) throw emptyStoreError(store);
  const events = await store.eventsOfKinds(STATS_EVENT_KINDS, { sessionIds: sessions.map((s) => s.id) });
  return computeStats(sessions, events);
}

function positiveInt(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new RecordStoreError(`${flag} must be a whole number of at least 1 (got "${value}").`, 'unknown');
  return n;
}

export interface ReportCommandDeps {
  /** Open the store to read; default the worker's settings (DATABASE_URL, else SWITCHBOARD_DB), read only. */
  openStore?: (settings: RecordStoreSettings) => Promise<RecordStore>;
  io?: ReportIO;
  env?: NodeJS.ProcessEnv;
}

/** Run one report action against an opened store; returns the exit code. */
export async function runReport(
  action: (store: RecordStore, io: ReportIO, color: boolean) => Promise<void>,
  options: { db?: string } = {},
  deps: ReportCommandDeps = {},
): Promise<number> {
  const io = deps.io ?? processIO;
  const env = deps.env ?? process.env;
  const color = io.color ?? (Boolean(process.stdout.isTTY) && !env.NO_COLOR);
  const settings: RecordStoreSettings = options.db
    ? { kind: 'sqlite', path: options.db }
    : recordStoreSettingsFromEnv(env);
  let store: RecordStore | undefined;
  try {
    store = await (deps.openStore ?? ((s) => openRecordStore(s, { readonly: true, busyTimeoutMs: 2000 })))(settings);
    await action(store, io, color);
    return 0;
  } catch (error) {
    const message =
      error instanceof RecordStoreError
        ? error.message
        : `The report failed: ${(error as Error)?.message ?? String(error)}`;
    io.err(`${color ? pc.red('error:') : 'error:'} ${message}`);
    if (env.SWITCHBOARD_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
    return 1;
  } finally {
    await store?.close().catch(() => undefined);
  }
}

export function registerReportCommands(program: Command, deps: ReportCommandDeps = {}): Command {
  const report = program
    .command('report')
    .description('Read the session records: recent calls, one call as a timeline, and statistics.')
    .option(
      '--records <path>',
      'SQLite record store to read (default: DATABASE_URL if set, else SWITCHBOARD_DB, else ./data/switchboard.db)',
    )
    .option('--db <path>', 'same as --records');

  const finish = (code: number) => {
    if (code !== 0) process.exitCode = code;
  };
  const json = (io: ReportIO, value: unknown) => io.out(JSON.stringify(value, null, 2));

  report
    .command('list')
    .description('Recent sessions: time, duration, agents path and outcome.')
    .option('-n, --limit <n>', 'how many sessions', '20')
    .option('--json', 'print a JSON array')
    .action(async (opts: { limit?: string; json?: boolean }, cmd: Command) => {
      const { db, records } = cmd.optsWithGlobals<{ db?: string; records?: string }>();
      finish(
        await runReport(
          async (store, io, color) => {
            const sessions = await listSessions(store, { limit: positiveInt(opts.limit, '--limit', 20) });
            if (opts.json) json(io, sessions);
            else io.out(renderSessionList(sessions, { color }));
          },
          { db: records ?? db },
          deps,
        ),
      );
    });

  report
    .command('show')
    .description('One session as a timeline: a lane per agent, handoffs as arrows, tool calls and per-turn latency.')
    .argument('<id>', 'session id (or a unique prefix of it)')
    .option('--json', 'print the session and its events as JSON')
    .option('--all', 'include the framework metrics events (LLM/TTS timings)')
    .action(async (id: string, opts: { json?: boolean; all?: boolean }, cmd: Command) => {
      const { db, records } = cmd.optsWithGlobals<{ db?: string; records?: string }>();
      finish(
        await runReport(
          async (store, io, color) => {
            const session = await findSession(store, id);
            if (opts.json) json(io, session);
            else io.out(renderTimeline(session, { color, all: opts.all }));
          },
          { db: records ?? db },
          deps,
        ),
      );
    });

  report
    .command('stats')
    .description('Handoff success per edge, escalation rate, time to first audio, slowest tools and top errors.')
    .option('--last <n>', 'how many recent sessions to include', '500')
    .option('--json', 'print the statistics as JSON')
    .action(async (opts: { last?: string; json?: boolean }, cmd: Command) => {
      const { db, records } = cmd.optsWithGlobals<{ db?: string; records?: string }>();
      finish(
        await runReport(
          async (store, io, color) => {
            const stats = await sessionStats(store, { last: positiveInt(opts.last, '--last', 500) });
            if (opts.json) json(io, stats);
            else io.out(renderStats(stats, { color }));
          },
          { db: records ?? db },
          deps,
        ),
      );
    });

  return report;
}
