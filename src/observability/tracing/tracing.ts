// OpenTelemetry: when OTEL_EXPORTER_OTLP_ENDPOINT is set, the framework's own spans (agent_session,
// agent_turn, llm/tts nodes, function_tool...) and ours (handoffs, guards, escalations) go to an
// OTLP/HTTP (protobuf) collector. Our spans start in the context active when the workflow emits
// the event: a handoff or guard refusal appears under the agent_turn span that decided it, next to
// that turn's function_tool span (the framework starts tool bodies outside the function_tool span).
import { telemetry, type voice } from '@livekit/agents';
import { context, SpanStatusCode, type Span, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-node';
import type { WorkflowEvent } from '../../workflow/events.js';
import { listen, type AnyRuntime } from '../event_facts.js';
import { createRedactor, redactionFromEnv, type Redactor } from '../redaction/redaction.js';

export interface TracingOptions {
  /** Where spans go; default an OTLP/HTTP protobuf exporter configured by the OTEL_EXPORTER_OTLP_* variables. */
  exporter?: SpanExporter;
  /** Default OTEL_SERVICE_NAME, else `switchboard`. */
  serviceName?: string;
  /** Export each span as it ends (tests) instead of in batches. */
  simple?: boolean;
  /** Let conversation content (the framework's lk.pii.* attributes) reach the exporter. Default: only when RECORD_REDACT=off. */
  allowPii?: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface Tracing {
  readonly provider: NodeTracerProvider;
  /** Export everything ended so far. */
  forceFlush(): Promise<void>;
  shutdown(): Promise<void>;
}

let contextManagerInstalled = false;

/** True when the environment asks for tracing. */
export function tracingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim());
}

/**
 * Wire the framework's tracer to an exporter. Returns undefined (and does nothing) when no
 * exporter is given and no OTLP endpoint is configured. Call once per process, before sessions start.
 */
export function setupTracing(options: TracingOptions = {}): Tracing | undefined {
  const env = options.env ?? process.env;
  if (!options.exporter && !tracingRequested(env)) return undefined;
  // Spans only nest across awaits with an async context manager; the framework relies on one too.
  if (!contextManagerInstalled) {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    contextManagerInstalled = true;
  }
  const exporter = options.exporter ?? new OTLPTraceExporter();
  const fanout = new telemetry.FanoutSpanProcessor();
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName ?? env.OTEL_SERVICE_NAME ?? 'switchboard' }),
    // The fan-out goes first so the framework's PII filter edits spans before they are exported.
    spanProcessors: [fanout, options.simple ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)],
  });
  const allowPii = options.allowPii ?? !(redactionFromEnv(env).pii ?? true);
  telemetry.setTracerProvider(provider, { registerSpanProcessor: (p) => fanout.add(p), allowPii });
  return {
    provider,
    forceFlush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}

function tracerOf(): Tracer {
  return telemetry.tracer.getTracer();
}

/**
 * Add our spans for one session: `switchboard.handoff` (from the handoff tool to the next agent's
 * first reply), `switchboard.guard` (a guard refusing a tool), `switchboard.escalation` and
 * `switchboard.loop_detected`. Returns a detach function (called automatically on close).
 */
export function traceRuntime<UD>(
  runtime: AnyRuntime,
  session: voice.AgentSession<UD>,
  options: { tracer?: Tracer; redact?: Redactor } = {},
): () => void {
  const redactor = options.redact ?? createRedactor(redactionFromEnv());
  const tracer = () => options.tracer ?? tracerOf();
  const base = { 'switchboard.session_id': runtime.sessionId, 'switchboard.workflow': runtime.workflow.spec.name };
  const open = new Map<string, Span>();
  const key = (from: string, to: string) => `${from}\u0000${to}`;

  const instant = (
    name: string,
    at: number,
    attributes: Record<string, string | number | boolean | undefined>,
    error?: string,
  ): void => {
    const span = tracer().startSpan(
      name,
      { startTime: at, attributes: { ...base, ...clean(attributes) } },
      context.active(),
    );
    if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: redactor.text(error) });
    span.end(at);
  };

  const onEvent = (e: WorkflowEvent): void => {
    switch (e.type) {
      case 'handoff':
      case 'return': {
        const k = key(e.from, e.to);
        open.get(k)?.end();
        const attributes =
          e.type === 'handoff'
            ? {
                'switchboard.handoff.from': e.from,
                'switchboard.handoff.to': e.to,
                'switchboard.handoff.tool': e.tool,
                'switchboard.handoff.mode': e.mode,
                'switchboard.handoff.history': e.history,
                'switchboard.handoff.reason': redactor.text(e.reason),
                'switchboard.handoff.args': JSON.stringify(redactor.value(e.args)),
                'switchboard.handoff.build_ms': e.durationMs,
              }
            : {
                'switchboard.handoff.from': e.from,
                'switchboard.handoff.to': e.to,
                'switchboard.handoff.mode': 'return',
              };
        const startTime = e.type === 'handoff' ? e.at - e.durationMs : e.at;
        open.set(
          k,
          tracer().startSpan(
            'switchboard.handoff',
            { startTime, attributes: { ...base, ...attributes } },
            context.active(),
          ),
        );
        break;
      }
      case 'agent_entered': {
        if (e.from) open.get(key(e.from, e.agent))?.addEvent('agent_entered', { 'switchboard.agent': e.agent }, e.at);
        break;
      }
      case 'handoff_completed': {
        const span = open.get(key(e.from, e.to));
        if (!span) break;
        open.delete(key(e.from, e.to));
        span.setAttributes({ 'switchboard.handoff.gap_ms': e.gapMs, 'switchboard.handoff.completed': true });
        span.end(e.at);
        break;
      }
      case 'handoff_failed':
        instant(
          'switchboard.handoff',
          e.at,
          {
            'switchboard.handoff.from': e.from,
            'switchboard.handoff.to': e.to,
            'switchboard.handoff.tool': e.tool,
            'switchboard.handoff.completed': false,
          },
          e.reason,
        );
        break;
      case 'guard_refused':
        instant('switchboard.guard', e.at, {
          'switchboard.agent': e.agent,
          'switchboard.guard.name': e.guard,
          'switchboard.guard.tool': e.tool,
          'switchboard.guard.passed': false,
        });
        break;
      case 'escalation':
        instant(
          'switchboard.escalation',
          e.at,
          {
            'switchboard.escalation.from': e.from,
            'switchboard.escalation.channel': e.channel,
            'switchboard.escalation.ok': e.ok,
            'switchboard.escalation.ticket_id': e.ticketId,
            'switchboard.escalation.reason': redactor.text(e.reason),
          },
          e.ok ? undefined : (e.detail ?? 'escalation failed'),
        );
        break;
      case 'loop_detected':
        instant('switchboard.loop_detected', e.at, {
          'switchboard.agent': e.agent,
          'switchboard.loop.reason': e.reason,
          'switchboard.loop.path': e.path.join(' > '),
        });
        break;
      default:
        break;
    }
  };

  runtime.events.on('event', onEvent);
  const offClose = listen(session, 'close', () => detach());
  let detached = false;
  function detach(): void {
    if (detached) return;
    detached = true;
    runtime.events.off('event', onEvent);
    offClose();
    for (const span of open.values()) {
      span.setAttribute('switchboard.handoff.completed', false);
      span.end();
    }
    open.clear();
  }
  return detach;
}

function clean(
  attributes: Record<string, string | number | boolean | undefined>,
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(attributes)) if (v !== undefined) out[k] = v;
  return out;
}
