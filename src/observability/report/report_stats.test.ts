import { describe, expect, it } from 'vitest';
import type { SessionEvent, SessionSummary } from '../records/record_types.js';
import { computeStats, distribution, percentile } from './report_stats.js';

const summary = (id: string, outcome: SessionSummary['outcome'], startedAt: number): SessionSummary => ({
  id,
  startedAt,
  outcome,
  agents: [],
  handoffs: 0,
  toolCalls: 0,
  eventCount: 0,
});

let seq = 0;
const ev = (sessionId: string, kind: string, data: Record<string, unknown>, agent?: string): SessionEvent => ({
  sessionId,
  seq: ++seq,
  at: seq,
  kind,
  agent,
  data,
});

describe('report stats', () => {
  it('takes nearest-rank percentiles', () => {
    expect(percentile([], 50)).toBeUndefined();
    expect(percentile([5], 95)).toBe(5);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(distribution([30, 10, 20])).toEqual({ count: 3, medianMs: 20, p95Ms: 30, maxMs: 30 });
  });

  it('scores each edge by completed, failed and dropped handoffs, and counts escalations, latency, tools and errors', () => {
    const sessions = [
      summary('s1', 'resolved', 1),
      summary('s2', 'escalated', 2),
      summary('s3', 'abandoned', 3),
      summary('s4', 'incomplete', 4),
    ];
    const events: SessionEvent[] = [
      // s1: refused once by a guard, then completed.
      ev('s1', 'agent_entered', { agent: 'greeter' }),
      ev('s1', 'tool_call', {
        agent: 'greeter',
        tool: 'transfer_to_billing',
        ok: false,
        failure: 'refused',
        handoffTo: 'billing',
        durationMs: 1,
      }),
      ev('s1', 'handoff', { from: 'greeter', to: 'billing' }),
      ev('s1', 'tool_call', {
        agent: 'greeter',
        tool: 'transfer_to_billing',
        ok: true,
        handoffTo: 'billing',
        durationMs: 2,
      }),
      ev('s1', 'agent_entered', { agent: 'billing', from: 'greeter' }),
      ev('s1', 'handoff_completed', { from: 'greeter', to: 'billing', gapMs: 120 }),
      ev('s1', 'turn_latency', { ms: 400 }),
      ev('s1', 'tool_call', {
        agent: 'billing',
        tool: 'balance',
        ok: false,
        failure: 'timeout',
        error: 'balance did not answer',
        durationMs: 10_000,
      }),
      ev('s1', 'session_closed', { outcome: 'resolved' }),
      // s2: loop protection redirected billing -> human: billing edge failed, human edge completed.
      ev('s2', 'agent_entered', { agent: 'greeter' }),
      ev('s2', 'handoff', { from: 'greeter', to: 'human', mode: 'loop_escalation', requestedTo: 'billing' }),
      ev('s2', 'agent_entered', { agent: 'human', from: 'greeter' }),
      ev('s2', 'turn_latency', { ms: 800 }),
      ev('s2', 'error', { source: 'tts_error', message: 'voice unavailable' }),
      ev('s2', 'session_closed', { outcome: 'escalated' }),
      // s3: the caller hung up before billing took over: dropped.
      ev('s3', 'handoff', { from: 'greeter', to: 'billing' }),
      ev('s3', 'session_closed', { outcome: 'abandoned', error: 'llm_error: boom' }),
      // s4: still running (or its worker died): an open handoff is neither success nor failure yet.
      ev('s4', 'handoff', { from: 'greeter', to: 'billing' }),
      ev('s4', 'error', { source: 'tts_error', message: 'voice unavailable' }),
    ];
    const stats = computeStats(sessions, events);
    expect(stats).toMatchObject({
      sessions: 4,
      finished: 3,
      from: 1,
      to: 4,
      outcomes: { resolved: 1, escalated: 1, abandoned: 1, incomplete: 1 },
    });
    expect(stats.escalationRate).toBeCloseTo(1 / 3);
    expect(stats.handoffEdges).toEqual([
      { from: 'greeter', to: 'billing', completed: 1, failed: 2, dropped: 1, successRate: 0.25 },
      { from: 'greeter', to: 'human', completed: 1, failed: 0, dropped: 0, successRate: 1 },
    ]);
    expect(stats.firstAudio).toEqual({ count: 2, medianMs: 400, p95Ms: 800, maxMs: 800 });
    expect(stats.handoffGap.count).toBe(1);
    expect(stats.slowestTools[0]).toMatchObject({ tool: 'balance', calls: 1, failures: 1, p95Ms: 10_000 });
    expect(stats.topErrors).toEqual([
      { kind: 'tts_error', message: 'voice unavailable', count: 2 },
      { kind: 'session_error', message: 'llm_error: boom', count: 1 },
      { kind: 'tool_timeout', message: 'balance: balance did not answer', count: 1 },
    ]);
  });
});
