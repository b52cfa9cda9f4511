// Metrics from many processes in one /metrics: LiveKit runs each job (call) in its own child
// process, so job processes push snapshots of their registry to the worker's metrics server,
// which sums them with its own. Snapshots of processes that finished (or stopped pushing) are
// folded into a retired total so counters never go backwards; their gauges are dropped.
import {
  AggregatorRegistry,
  Gauge,
  type MetricObjectWithValues,
  type MetricValue,
  type Registry,
  type RegistryContentType,
} from 'prom-client';

type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];

export interface MetricsSnapshot {
  /** Sender id: host, pid and start time of the job process. */
  id: string;
  /** The sender is done: fold it into the retired totals. */
  final?: boolean;
  metrics: MetricsJson;
}

export const HANDOFF_RATIO = 'switchboard_handoff_success_ratio';
const HANDOFFS = 'switchboard_handoffs_total';

/** Validate a pushed body; returns a sentence saying what is wrong, or the snapshot. */
export function parseSnapshot(body: unknown): MetricsSnapshot | string {
  const b = body as Partial<MetricsSnapshot> | null;
  if (!b || typeof b !== 'object') return 'The body must be a JSON object.';
  if (typeof b.id !== 'string' || !b.id) return 'The snapshot needs a string "id".';
  if (
    !Array.isArray(b.metrics) ||
    !b.metrics.every((m) => m && typeof m.name === 'string' && Array.isArray(m.values))
  ) {
    return 'The snapshot needs "metrics" from registry.getMetricsAsJSON().';
  }
  return { id: b.id, final: b.final === true, metrics: b.metrics };
}

export class MetricsAggregator {
  private readonly live = new Map<string, { metrics: MetricsJson; at: number }>();
  private retired: MetricsJson = [];

  constructor(private readonly staleAfterMs = 60_000) {}

  get senders(): number {
    return this.live.size;
  }

  get hasRetired(): boolean {
    return this.retired.length > 0;
  }

  async accept(snapshot: MetricsSnapshot, now = Date.now()): Promise<void> {
    if (snapshot.final) {
      this.live.delete(snapshot.id);
      await this.retire(snapshot.metrics);
    } else {
      this.live.set(snapshot.id, { metrics: snapshot.metrics, at: now });
    }
  }

  private async retire(metrics: MetricsJson): Promise<void> {
    const lasting = metrics.filter((m) => String(m.type) !== 'gauge');
    this.retired = (await AggregatorRegistry.aggregate([this.retired, lasting]).getMetricsAsJSON()) as MetricsJson;
  }

  /** The local registry plus every pushed snapshot, as one registry. */
  async aggregate(local: Registry, now = Date.now()): Promise<Registry<RegistryContentType>> {
    for (const [id, s] of this.live) {
      if (now - s.at > this.staleAfterMs) {
        this.live.delete(id);
        await this.retire(s.metrics);
      }
    }
    const sources = [
      (await local.getMetricsAsJSON()) as MetricsJson,
      this.retired,
      ...[...this.live.values()].map((s) => s.metrics),
    ];
    const merged = AggregatorRegistry.aggregate(sources);
    addHandoffRatio(merged, sources);
    return merged;
  }
}

/** Recompute the per-edge success ratio from the summed handoff counter. */
function addHandoffRatio(registry: Registry<RegistryContentType>, sources: MetricsJson[]): void {
  const tallies = new Map<string, { from: string; to: string; completed: number; total: number }>();
  for (const source of sources) {
    for (const metric of source) {
      if (metric.name !== HANDOFFS) continue;
      for (const v of metric.values) {
        const from = String(v.labels.from ?? '');
        const to = String(v.labels.to ?? '');
        const key = `${from}\u0000${to}`;
        const t = tallies.get(key) ?? { from, to, completed: 0, total: 0 };
        t.total += v.value;
        if (v.labels.outcome === 'completed') t.completed += v.value;
        tallies.set(key, t);
      }
    }
  }
  const gauge = new Gauge<'from' | 'to'>({
    name: HANDOFF_RATIO,
    help: 'Share of finished handoffs per edge in which the target agent took the call (completed / (completed + failed + dropped)).',
    labelNames: ['from', 'to'],
    registers: [registry as Registry],
  });
  for (const t of tallies.values()) gauge.set({ from: t.from, to: t.to }, t.total === 0 ? 0 : t.completed / t.total);
}
