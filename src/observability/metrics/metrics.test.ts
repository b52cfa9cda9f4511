import { initializeLogger, voice } from '@livekit/agents';
import { afterEach, describe, expect, it } from 'vitest';
import { ESCALATION_TURNS, runSupportCall, startSupportCall, SUPPORT_TURNS } from '../fixtures/support_call.js';
import { createMetrics, instrumentRuntime, type SwitchboardMetrics } from './metrics.js';
import { MetricsAggregator } from './metrics_aggregate.js';
import { startMetricsPush } from './metrics_push.js';
import { startMetricsServer, type MetricsServer } from './metrics_server.js';

initializeLogger({ pretty: false, level: 'fatal' });

/** Scrape over HTTP and index samples as `name{labels}` → value. */
async function scrape(server: MetricsServer): Promise<{ text: string; value: (series: string) => number | undefined }> {
  const res = await fetch(server.url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await res.text();
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const i = line.lastIndexOf(' ');
    samples.set(line.slice(0, i), Number(line.slice(i + 1)));
  }
  return { text, value: (series) => samples.get(series) };
}

describe('Prometheus metrics', () => {
  let server: MetricsServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('serves the workflow metrics over HTTP on loopback, live during a call and after it', async () => {
    const metrics: SwitchboardMetrics = createMetrics();
    server = await startMetricsServer({ port: 0, metrics });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);

    const call = await startSupportCall(({ runtime, session }) => {
      instrumentRuntime(runtime, session, { metrics });
    });
    for (const turn of SUPPORT_TURNS.slice(0, 2)) await call.session.run({ userInput: turn }).wait();
    expect((await scrape(server)).value('switchboard_active_sessions')).toBe(1);
    // A framework error reaches the error counter by its type.
    call.session.emit(voice.AgentSessionEventTypes.Error, {
      type: 'error',
      error: {
        type: 'llm_error',
        timestamp: Date.now(),
        label: 'fake',
        error: new Error('rate limited'),
        recoverable: true,
      } as voice.ErrorEvent['error'],
      createdAt: Date.now(),
    });
    for (const turn of SUPPORT_TURNS.slice(2)) await call.session.run({ userInput: turn }).wait();
    await call.session.close();
    await runSupportCall(({ runtime, session }) => {
      instrumentRuntime(runtime, session, { metrics });
    }, ESCALATION_TURNS);

    const { value, text } = await scrape(server);
    expect(value('switchboard_active_sessions')).toBe(0);
    expect(value('switchboard_sessions_total{outcome="resolved"}')).toBe(1);
    expect(value('switchboard_sessions_total{outcome="escalated"}')).toBe(1);
    // The guard refused the first attempt; the second went through.
    expect(value('switchboard_handoffs_total{from="greeter",to="billing",outcome="failed"}')).toBe(1);
    expect(value('switchboard_handoffs_total{from="greeter",to="billing",outcome="completed"}')).toBe(1);
    expect(value('switchboard_handoff_success_ratio{from="greeter",to="billing"}')).toBe(0.5);
    expect(value('switchboard_handoffs_total{from="greeter",to="human",outcome="completed"}')).toBe(1);
    expect(value('switchboard_handoff_gap_seconds_count{from="greeter",to="billing"}')).toBe(1);
    expect(value('switchboard_tool_calls_total{tool="transfer_to_billing",outcome="refused"}')).toBe(1);
    expect(value('switchboard_tool_calls_total{tool="transfer_to_billing",outcome="ok"}')).toBe(1);
    expect(value('switchboard_tool_calls_total{tool="balance",outcome="ok"}')).toBe(1);
    expect(value('switchboard_tool_call_duration_seconds_count{tool="balance"}')).toBe(1);
    expect(value('switchboard_escalations_total{channel="operator_queue",result="ok"}')).toBe(1);
    expect(value('switchboard_errors_total{kind="llm_error"}')).toBe(1);
    expect(value('switchboard_llm_ttft_seconds_count')).toBeGreaterThan(0);
    const firstAudio = [
      ...text.matchAll(/^switchboard_time_to_first_audio_seconds_count\{agent="(\w+)"\} (\d+)$/gm),
    ].map((m) => [m[1], Number(m[2])]);
    expect(firstAudio.map(([agent]) => agent)).toContain('billing');
    expect(firstAudio.every(([, n]) => (n as number) > 0)).toBe(true);
  });

  it('follows Prometheus naming: switchboard_ prefix, counters end in _total, durations in _seconds', async () => {
    const metrics = createMetrics();
    const all = await metrics.registry.getMetricsAsJSON();
    expect(new Set(all.map((m) => String(m.type)))).toEqual(new Set(['counter', 'gauge', 'histogram']));
    for (const m of all) {
      expect(m.name).toMatch(/^switchboard_[a-z0-9_]+$/);
      if (String(m.type) === 'counter') expect(m.name).toMatch(/_total$/);
      if (String(m.type) === 'histogram') expect(m.name).toMatch(/_seconds$/);
    }
  });

  it('answers health checks, refuses other paths and reports a taken port in a sentence', async () => {
    const metrics = createMetrics();
    server = await startMetricsServer({ port: 0, metrics });
    const base = server.url.replace(/\/metrics$/, '');
    expect(await (await fetch(`${base}/healthz`)).text()).toBe('ok\n');
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    await expect(startMetricsServer({ port: server.port, metrics })).rejects.toThrow(
      `Port ${server.port} on 127.0.0.1 is already in use`,
    );
  });

  it('sums metrics pushed by job processes, keeps finished ones in the totals and recomputes the success ratio', async () => {
    const worker = createMetrics();
    server = await startMetricsServer({ port: 0, metrics: worker });
    expect(server.pushUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics\/push$/);
    // Two job processes, each with its own registry, as LiveKit runs one call per child process.
    const jobA = createMetrics();
    const jobB = createMetrics();
    const pushA = startMetricsPush({ url: server.pushUrl, metrics: jobA, intervalMs: 3_600_000 });
    const pushB = startMetricsPush({ url: server.pushUrl, metrics: jobB, intervalMs: 3_600_000 });
    jobA.activeSessions.inc();
    jobA.handoffOutcome('greeter', 'billing', 'completed');
    jobB.activeSessions.inc();
    jobB.handoffOutcome('greeter', 'billing', 'failed');
    await Promise.all([pushA.push(), pushB.push()]);
    let { value } = await scrape(server);
    expect(value('switchboard_active_sessions')).toBe(2);
    expect(value('switchboard_handoffs_total{from="greeter",to="billing",outcome="completed"}')).toBe(1);
    expect(value('switchboard_handoffs_total{from="greeter",to="billing",outcome="failed"}')).toBe(1);
    expect(value('switchboard_handoff_success_ratio{from="greeter",to="billing"}')).toBe(0.5);

    // Job A's call ends and its process exits: its counts stay, its gauges go.
    await pushA.stop();
    jobB.handoffOutcome('greeter', 'billing', 'failed');
    await pushB.push();
    ({ value } = await scrape(server));
    expect(value('switchboard_active_sessions')).toBe(1);
    expect(value('switchboard_handoffs_total{from="greeter",to="billing",outcome="completed"}')).toBe(1);
    expect(value('switchboard_handoffs_total{from="greeter",to="billing",outcome="failed"}')).toBe(2);
    expect(value('switchboard_handoff_success_ratio{from="greeter",to="billing"}')).toBeCloseTo(1 / 3);
    await pushB.stop();

    const bad = await fetch(server.pushUrl, { method: 'POST', body: JSON.stringify({ metrics: [] }) });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/needs a string "id"/);
  });

  it('folds a job process that stopped pushing (crashed) into the totals', async () => {
    const job = createMetrics();
    job.activeSessions.inc();
    job.toolCalls.inc({ tool: 'balance', outcome: 'ok' });
    const aggregator = new MetricsAggregator(1_000);
    await aggregator.accept({ id: 'job-1', metrics: await job.registry.getMetricsAsJSON() }, 0);
    const before = await (await aggregator.aggregate(createMetrics().registry, 500)).getMetricsAsJSON();
    expect(before.find((m) => m.name === 'switchboard_active_sessions')!.values[0]!.value).toBe(1);
    const after = await (await aggregator.aggregate(createMetrics().registry, 5_000)).getMetricsAsJSON();
    expect(aggregator.senders).toBe(0);
    expect(after.find((m) => m.name === 'switchboard_active_sessions')!.values[0]!.value).toBe(0);
    expect(after.find((m) => m.name === 'switchboard_tool_calls_total')!.values).toEqual([
      { labels: { tool: 'balance', outcome: 'ok' }, value: 1 },
    ]);
  });
});
