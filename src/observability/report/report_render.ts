// Terminal rendering for the report CLI: the session list, one session as a timeline (one lane per
// agent, handoffs as arrows, tool calls with durations, per-turn latency bars), and the stats.
import pc from 'picocolors';
import type { RecordedEvent, RecordedOutcome, SessionDetail, SessionSummary } from '../records/record_types.js';
import type { Distribution, ReportStats } from './report_stats.js';

type Colors = ReturnType<typeof pc.createColors>;

export interface RenderOptions {
  color?: boolean;
  /** Include framework metrics events in the timeline. */
  all?: boolean;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function formatTime(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
}

export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return '—';
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const m = Math.floor(ms / 60_000);
  return `${m}m${pad2(Math.round((ms % 60_000) / 1000))}s`;
}

function formatMs(ms: number | undefined): string {
  if (ms === undefined) return '—';
  return ms < 10 ? `${ms.toFixed(1)}ms` : formatDuration(ms);
}

function paintOutcome(c: Colors, outcome: RecordedOutcome): string {
  switch (outcome) {
    case 'resolved':
      return c.green(outcome);
    case 'escalated':
      return c.yellow(outcome);
    case 'abandoned':
      return c.magenta(outcome);
    case 'error':
      return c.red(outcome);
    default:
      return c.dim(outcome);
  }
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const visible = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '').length;
const padVisible = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - visible(s)));

export function renderSessionList(sessions: readonly SessionSummary[], options: RenderOptions = {}): string {
  const c = pc.createColors(options.color ?? false);
  const rows = sessions.map((s) => [
    formatTime(s.startedAt),
    formatDuration(s.durationMs),
    paintOutcome(c, s.outcome),
    s.agents.length ? s.agents.join(' → ') : c.dim('(no agent)'),
    c.dim(s.id),
  ]);
  const header = ['started', 'duration', 'outcome', 'agents', 'id'].map((h) => c.bold(h));
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => visible(r[i]!))));
  return all
    .map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : padVisible(cell, widths[i]!))).join('  '))
    .join('\n');
}

// Eighth blocks give sub-character bar resolution.
const BLOCKS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A horizontal bar, one full block per `msPerBlock`, capped at `maxBlocks`. */
export function latencyBar(ms: number, msPerBlock = 100, maxBlocks = 30): string {
  const eighths = Math.max(1, Math.round((ms / msPerBlock) * 8));
  const capped = Math.min(eighths, maxBlocks * 8);
  const bar = '█'.repeat(Math.floor(capped / 8)) + BLOCKS[capped % 8];
  return eighths > capped ? `${bar}…` : bar;
}

const s = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v));
const n = (v: unknown) => (typeof v === 'number' ? v : undefined);

interface Row {
  at: number;
  /** Lane of the event; a handoff row also names the target lane. */
  lane?: string;
  to?: string;
  glyph: string;
  text: string;
}

function describe(e: RecordedEvent, c: Colors, options: RenderOptions): Row | undefined {
  const d = e.data;
  const agent = e.agent;
  switch (e.kind) {
    case 'agent_entered':
      return {
        at: e.at,
        lane: s(d.agent),
        glyph: c.cyan('●'),
        text: d.from ? `${c.cyan(s(d.agent))} took over from ${s(d.from)}` : `${c.cyan(s(d.agent))} took the call`,
      };
    case 'transcript': {
      const said = `"${truncate(s(d.text), 90)}"`;
      if (d.role === 'user') return { at: e.at, glyph: c.dim('»'), text: `${c.dim('caller:')} ${said}` };
      return {
        at: e.at,
        lane: agent,
        glyph: '‹',
        text: `${c.dim('agent:')} ${said}${d.interrupted ? c.yellow(' (interrupted)') : ''}`,
      };
    }
    case 'turn_latency': {
      const ms = n(d.ms) ?? 0;
      return {
        at: e.at,
        lane: agent,
        glyph: c.dim('·'),
        text: `${c.dim('first audio')} ${c.blue(latencyBar(ms))} ${formatMs(ms)}${d.source === 'derived' ? c.dim(' (derived)') : ''}`,
      };
    }
    case 'tool_call': {
      const failure = s(d.failure);
      const status = failure ? c.red(failure) : c.green('ok');
      const detail = failure ? truncate(s(d.error), 70) : truncate(s(d.output), 50);
      return {
        at: e.at,
        lane: agent,
        glyph: failure ? c.red('◆') : c.green('◆'),
        text: `tool ${c.bold(s(d.tool))} ${formatMs(n(d.durationMs))} ${status}${detail ? c.dim(` — ${detail}`) : ''}`,
      };
    }
    case 'guard_refused':
      return {
        at: e.at,
        lane: agent,
        glyph: c.red('✗'),
        text: `guard ${c.bold(`"${s(d.guard)}"`)} refused ${s(d.tool)}`,
      };
    case 'handoff':
      return {
        at: e.at,
        lane: s(d.from),
        to: s(d.to),
        glyph: c.yellow('●'),
        text: `${c.yellow(s(d.mode) === 'handoff' ? 'handoff' : s(d.mode))} ${s(d.tool)}${d.reason ? c.dim(` (${truncate(s(d.reason), 50)})`) : ''}${d.args && Object.keys(d.args as object).length ? c.dim(` ${truncate(JSON.stringify(d.args), 60)}`) : ''}`,
      };
    case 'return':
      return {
        at: e.at,
        lane: s(d.from),
        to: s(d.to),
        glyph: c.yellow('●'),
        text: `${c.yellow('return')} ${c.dim(truncate(JSON.stringify(d.result ?? {}), 60))}`,
      };
    case 'handoff_completed':
      return {
        at: e.at,
        lane: s(d.to),
        glyph: c.dim('·'),
        text: c.dim(`first reply ${formatMs(n(d.gapMs))} after the handoff from ${s(d.from)}`),
      };
    case 'handoff_failed':
      return {
        at: e.at,
        lane: s(d.from),
        glyph: c.red('✗'),
        text: `${c.red('handoff failed')} to ${s(d.to)}: ${truncate(s(d.reason), 70)}`,
      };
    case 'escalation':
      return {
        at: e.at,
        lane: agent ?? s(d.from),
        glyph: c.yellow('⚑'),
        text: `${c.yellow('escalation')} via ${s(d.channel)} ${d.ok ? c.green('ok') : c.red('failed')}${d.ticketId ? ` ticket ${s(d.ticketId)}` : ''}`,
      };
    case 'userdata_changed':
      return {
        at: e.at,
        lane: agent,
        glyph: c.dim('·'),
        text: c.dim(`userdata: ${Object.keys((d.changes as object) ?? {}).join(', ')} (by ${s(d.tool)})`),
      };
    case 'loop_detected':
      return { at: e.at, lane: agent, glyph: c.red('⟲'), text: `${c.red('loop detected')}: ${s(d.reason)}` };
    case 'error':
      return {
        at: e.at,
        lane: agent,
        glyph: c.red('!'),
        text: `${c.red(s(d.source))}${d.recoverable ? c.dim(' (recoverable)') : ''}: ${truncate(s(d.message), 80)}`,
      };
    case 'call_ended':
      return { at: e.at, lane: agent, glyph: c.dim('■'), text: `end_call (${s(d.outcome)})` };
    case 'session_closed':
      return {
        at: e.at,
        lane: agent,
        glyph: '■',
        text: `session closed: ${paintOutcome(c, (s(d.outcome) || 'incomplete') as RecordedOutcome)} (${s(d.reason)})${d.error ? c.red(` ${s(d.error)}`) : ''}`,
      };
    case 'metrics': {
      if (!options.all) return undefined;
      const parts = Object.entries(d)
        .filter(([k, v]) => k !== 'type' && k !== 'speechId' && v !== undefined)
        .map(([k, v]) => `${k}=${typeof v === 'number' ? Math.round(v * 10) / 10 : s(v)}`);
      return { at: e.at, lane: agent, glyph: c.dim('·'), text: c.dim(`${s(d.type)} ${parts.join(' ')}`) };
    }
    default:
      return undefined;
  }
}

export function renderTimeline(record: SessionDetail, options: RenderOptions = {}): string {
  const c = pc.createColors(options.color ?? false);
  const lines: string[] = [];
  lines.push(`${c.bold('Session')} ${record.id}${record.workflow ? c.dim(`  (${record.workflow})`) : ''}`);
  lines.push(
    `  started ${formatTime(record.startedAt)}   duration ${formatDuration(record.durationMs)}   outcome ${paintOutcome(c, record.outcome)}${record.closeReason ? c.dim(` (${record.closeReason})`) : ''}`,
  );
  const who = [
    record.room && `room ${record.room}`,
    record.caller && `caller ${record.caller}`,
    record.worker && `worker ${record.worker}`,
  ]
    .filter(Boolean)
    .join('   ');
  if (who) lines.push(`  ${who}`);
  if (record.error) lines.push(`  ${c.red('error')} ${record.error}`);
  lines.push(`  agents ${record.agents.length ? record.agents.join(' → ') : c.dim('(none)')}`);
  if (record.outcome === 'incomplete')
    lines.push(c.yellow('  No close was recorded: the call is still running, or its worker stopped before the end.'));
  lines.push('');

  const lanes: string[] = [];
  for (const e of record.events) {
    for (const name of [
      e.kind === 'agent_entered' ? e.data.agent : undefined,
      e.kind === 'handoff' || e.kind === 'return' ? e.data.to : undefined,
    ]) {
      if (typeof name === 'string' && name && !lanes.includes(name)) lanes.push(name);
    }
  }
  const width = Math.min(14, Math.max(8, ...lanes.map((l) => l.length + 2)));
  const laneIndex = (name: string | undefined) => (name === undefined ? -1 : lanes.indexOf(name));

  lines.push(`  ${c.dim('time'.padEnd(8))} ${lanes.map((l) => c.bold(truncate(l, width - 1).padEnd(width))).join('')}`);
  let active: string | undefined;
  const start = record.startedAt;
  for (const e of record.events) {
    const row = describe(e, c, options);
    if (e.kind === 'agent_entered' && typeof e.data.agent === 'string') active = e.data.agent;
    if (!row) continue;
    const cells = lanes.map((l) => (l === active ? c.dim('│') : ' '));
    const from = laneIndex(row.lane ?? active);
    const to = laneIndex(row.to);
    if (from >= 0 && to >= 0 && from !== to) {
      // Arrow from the source lane to the target lane.
      const [lo, hi] = from < to ? [from, to] : [to, from];
      for (let i = lo; i <= hi; i++) cells[i] = '─';
      cells[from] = row.glyph;
      cells[to] = c.yellow(from < to ? '▶' : '◀');
      const padded = cells.map((cell, i) => {
        if (i >= lo && i < hi) return cell + c.yellow('─'.repeat(width - 1));
        return padVisible(cell, width);
      });
      lines.push(`  ${c.dim(`+${((e.at - start) / 1000).toFixed(2)}s`.padEnd(8))} ${padded.join('')}${row.text}`);
      continue;
    }
    if (from >= 0) cells[from] = row.glyph;
    lines.push(
      `  ${c.dim(`+${((e.at - start) / 1000).toFixed(2)}s`.padEnd(8))} ${cells.map((cell) => padVisible(cell, width)).join('')}${row.text}`,
    );
  }
  return lines.join('\n');
}

function dist(d: Distribution): string {
  return d.count === 0 ? '—' : `median ${formatMs(d.medianMs)}, p95 ${formatMs(d.p95Ms)} (${d.count} turns)`;
}

const pct = (x: number | undefined) => (x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);

export function renderStats(stats: ReportStats, options: RenderOptions = {}): string {
  const c = pc.createColors(options.color ?? false);
  const lines: string[] = [];
  const span =
    stats.from !== undefined && stats.to !== undefined
      ? ` from ${formatTime(stats.from)} to ${formatTime(stats.to)}`
      : '';
  lines.push(`${c.bold(`${stats.sessions} sessions`)}${span} (${stats.finished} finished)`);
  lines.push(
    `  outcomes: ${Object.entries(stats.outcomes)
      .map(([k, v]) => `${paintOutcome(c, k as RecordedOutcome)} ${v}`)
      .join(', ')}`,
  );
  lines.push(`  escalation rate: ${pct(stats.escalationRate)}`);
  lines.push(`  time to first audio: ${dist(stats.firstAudio)}`);
  lines.push(`  handoff gap: ${dist({ ...stats.handoffGap })}`);
  lines.push('');
  lines.push(c.bold('Handoff success by edge'));
  if (stats.handoffEdges.length === 0) lines.push(c.dim('  no handoffs recorded'));
  for (const e of stats.handoffEdges) {
    lines.push(
      `  ${`${e.from} → ${e.to}`.padEnd(28)} ${pct(e.successRate).padStart(6)}  ${c.dim(`completed ${e.completed}, failed ${e.failed}, dropped ${e.dropped}`)}`,
    );
  }
  lines.push('');
  lines.push(c.bold('Slowest tools (by p95)'));
  if (stats.slowestTools.length === 0) lines.push(c.dim('  no tool calls recorded'));
  for (const t of stats.slowestTools) {
    lines.push(
      `  ${t.tool.padEnd(28)} p95 ${formatMs(t.p95Ms).padStart(7)}  median ${formatMs(t.medianMs).padStart(7)}  ${c.dim(`${t.calls} calls, ${t.failures} failed`)}`,
    );
  }
  lines.push('');
  lines.push(c.bold('Top errors'));
  if (stats.topErrors.length === 0) lines.push(c.dim('  none'));
  for (const e of stats.topErrors)
    lines.push(`  ${String(e.count).padStart(4)}× ${c.red(e.kind)} ${truncate(e.message, 90)}`);
  lines.push('');
  lines.push(c.bold('Fallbacks'));
  if (!stats.fallbacks?.length) lines.push(c.dim('  none'));
  for (const f of stats.fallbacks ?? [])
    lines.push(`  ${String(f.count).padStart(4)}× ${f.component} ${truncate(f.from, 40)} → ${truncate(f.to, 40)}`);
  return lines.join('\n');
}
