import { initializeLogger } from '@livekit/agents';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runSupportCall } from '../fixtures/support_call.js';
import { setupTracing, traceRuntime, tracingRequested } from './tracing.js';

initializeLogger({ pretty: false, level: 'fatal' });

function ancestry(span: ReadableSpan, byId: Map<string, ReadableSpan>): string[] {
  const names: string[] = [];
  let parent = span.parentSpanContext?.spanId;
  while (parent) {
    const p = byId.get(parent);
    if (!p) break;
    names.push(p.name);
    parent = p.parentSpanContext?.spanId;
  }
  return names;
}

describe('OpenTelemetry tracing', () => {
  it('does nothing unless an exporter or an OTLP endpoint is configured', () => {
    expect(tracingRequested({})).toBe(false);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })).toBe(true);
    expect(setupTracing({ env: {} })).toBeUndefined();
  });

  it('puts our handoff and guard spans in the framework span tree of the call', { timeout: 30_000 }, async () => {
    const exporter = new InMemorySpanExporter();
    const tracing = setupTracing({ exporter, simple: true, env: {} })!;
    try {
      const call = await runSupportCall(({ runtime, session }) => {
        traceRuntime(runtime, session);
      });
      await tracing.forceFlush();
      const spans = exporter.getFinishedSpans();
      const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
      const traceIds = new Set(
        spans
          .filter((s) => s.name.startsWith('switchboard.') || s.name === 'agent_session')
          .map((s) => s.spanContext().traceId),
      );
      expect(traceIds.size).toBe(1);

      const handoffs = spans.filter((s) => s.name === 'switchboard.handoff');
      expect(handoffs).toHaveLength(1);
      const handoff = handoffs[0]!;
      expect(handoff.attributes).toMatchObject({
        'switchboard.session_id': call.runtime.sessionId,
        'switchboard.handoff.from': 'greeter',
        'switchboard.handoff.to': 'billing',
        'switchboard.handoff.tool': 'transfer_to_billing',
        'switchboard.handoff.mode': 'handoff',
        'switchboard.handoff.completed': true,
      });
      expect(handoff.attributes['switchboard.handoff.gap_ms']).toEqual(expect.any(Number));
      expect(handoff.events.map((e) => e.name)).toEqual(['agent_entered']);
      // agent_session > agent_turn (the turn that decided) > switchboard.handoff, next to its function_tool span.
      expect(ancestry(handoff, byId)).toEqual(['agent_turn', 'agent_session']);
      const siblings = spans.filter(
        (s) => s.parentSpanContext?.spanId === handoff.parentSpanContext?.spanId && s.name === 'function_tool',
      );
      expect(siblings.map((s) => s.attributes['lk.function_tool.name'])).toContain('transfer_to_billing');

      const guards = spans.filter((s) => s.name === 'switchboard.guard');
      expect(guards).toHaveLength(1);
      expect(guards[0]!.attributes).toMatchObject({
        'switchboard.guard.name': 'identity verified',
        'switchboard.guard.tool': 'transfer_to_billing',
        'switchboard.guard.passed': false,
      });
      expect(ancestry(guards[0]!, byId)).toEqual(['agent_turn', 'agent_session']);
    } finally {
      await tracing.shutdown();
    }
  });
});

describe('OTLP export', () => {
  it('sends spans as OTLP/HTTP protobuf to the configured endpoint', { timeout: 30_000 }, async () => {
    const requests: { path: string; type: string; bytes: number }[] = [];
    const collector = createServer((req, res) => {
      let bytes = 0;
      req.on('data', (chunk: Buffer) => (bytes += chunk.length));
      req.on('end', () => {
        requests.push({ path: req.url ?? '', type: req.headers['content-type'] ?? '', bytes });
        res.writeHead(200, { 'Content-Type': 'application/x-protobuf' }).end();
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const { port } = collector.address() as AddressInfo;
    const previous = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${port}`;
    try {
      const tracing = setupTracing()!;
      expect(tracing).toBeDefined();
      await runSupportCall(({ runtime, session }) => {
        traceRuntime(runtime, session);
      });
      await tracing.forceFlush();
      await tracing.shutdown();
      expect(requests.length).toBeGreaterThan(0);
      expect(requests[0]).toMatchObject({ path: '/v1/traces', type: 'application/x-protobuf' });
      expect(requests.reduce((n, r) => n + r.bytes, 0)).toBeGreaterThan(500);
    } finally {
      if (previous === undefined) delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
      else process.env.OTEL_EXPORTER_OTLP_ENDPOINT = previous;
      await new Promise<void>((resolve) => collector.close(() => resolve()));
    }
  });
});
