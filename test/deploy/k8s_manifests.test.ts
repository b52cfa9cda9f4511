// The Kubernetes manifests (deploy/k8s) against the Kubernetes schemas and against what the worker
// really does: its ports, probe routes, drain timeout, settings parser and image user.
import { ServerOptions } from '@livekit/agents';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/observability/metrics/metrics.js';
import {
  DEFAULT_HEALTH_PORT,
  LIVENESS_PATH,
  READINESS_PATH,
  workerLifecycleFromEnv,
} from '../../src/worker/lifecycle.js';
import { workerSettingsFromEnv } from '../../src/worker/settings.js';
import { fromRoot, readManifests, renderKustomization, strategicMerge, type Manifest } from './kustomize.js';

const K8S = fromRoot('deploy', 'k8s');

// kubernetes-models ships one class per kind; validate() checks the object against the API schema.
async function validate(m: Manifest): Promise<void> {
  const [group, version] = m.apiVersion.includes('/') ? m.apiVersion.split('/') : ['', m.apiVersion];
  const path = group ? `kubernetes-models/${group}/${version}/${m.kind}` : `kubernetes-models/${version}/${m.kind}`;
  const mod = (await import(path)) as Record<string, new (data: unknown) => { validate(): void }>;
  const Model = mod[m.kind];
  if (!Model) throw new Error(`no schema for ${m.apiVersion} ${m.kind}`);
  new Model(m).validate();
}

type Container = {
  name: string;
  args?: string[];
  image: string;
  ports: { name: string; containerPort: number }[];
  envFrom: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  env?: { name: string; value: string }[];
  readinessProbe: { httpGet: { path: string; port: string } };
  livenessProbe: { httpGet: { path: string; port: string } };
  startupProbe: { httpGet: { path: string; port: string } };
  resources: { requests: { cpu: string; memory: string }; limits: { memory: string; cpu?: string } };
  securityContext: Record<string, unknown> & { capabilities: { drop: string[] } };
  volumeMounts: { name: string; mountPath: string }[];
};
type PodSpec = {
  terminationGracePeriodSeconds: number;
  securityContext: { runAsNonRoot: boolean; runAsUser: number };
  containers: Container[];
  volumes: { name: string; emptyDir?: unknown }[];
  serviceAccountName: string;
  topologySpreadConstraints: { labelSelector: { matchLabels: Record<string, string> } }[];
};
type Deployment = Manifest & {
  spec: {
    selector: { matchLabels: Record<string, string> };
    strategy: { type: string; rollingUpdate: { maxUnavailable: number | string; maxSurge: number } };
    template: { metadata: { labels: Record<string, string>; annotations: Record<string, string> }; spec: PodSpec };
  };
};

const byKind = <T extends Manifest>(ms: Manifest[], kind: string): T => {
  const found = ms.filter((m) => m.kind === kind);
  expect(found, `exactly one ${kind}`).toHaveLength(1);
  return found[0] as T;
};
const matches = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.entries(selector).every(([k, v]) => labels[k] === v);
const cpuCores = (q: string) => (q.endsWith('m') ? Number(q.slice(0, -1)) / 1000 : Number(q));
const bytes = (q: string) => {
  const units: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30 };
  const m = /^(\d+)(Ki|Mi|Gi)?$/.exec(q);
  if (!m) throw new Error(`unexpected quantity ${q}`);
  return Number(m[1]) * (m[2] ? units[m[2]]! : 1);
};

const base = renderKustomization(join(K8S, 'base'));
const production = renderKustomization(join(K8S, 'overlays', 'production'));

describe.each([
  ['base', base],
  ['production overlay', production],
])('Kubernetes manifests: %s', (_name, manifests) => {
  const deployment = byKind<Deployment>(manifests, 'Deployment');
  const pod = deployment.spec.template.spec;
  const worker = pod.containers[0]!;
  const config = byKind<Manifest & { data: Record<string, string> }>(manifests, 'ConfigMap').data;
  const port = (name: string) => worker.ports.find((p) => p.name === name)?.containerPort;
  const podLabels = deployment.spec.template.metadata.labels;

  it('every object validates against the Kubernetes schema', async () => {
    expect(manifests.map((m) => m.kind).sort()).toEqual(
      expect.arrayContaining([
        'ConfigMap',
        'Deployment',
        'HorizontalPodAutoscaler',
        'NetworkPolicy',
        'PodDisruptionBudget',
        'Service',
        'ServiceAccount',
      ]),
    );
    for (const m of manifests) await validate(m);
  });

  it('runs the worker entry in production mode with settings the worker accepts', () => {
    expect(worker.args).toEqual(['node', '--import', 'tsx', 'src/worker/main.ts', 'start']);
    expect(existsSync(fromRoot('src/worker/main.ts'))).toBe(true);
    // The worker's own parsers accept every value (a typo would crash-loop the pod).
    expect(() => workerSettingsFromEnv(config, 'x')).not.toThrow();
    expect(() => workerLifecycleFromEnv(config)).not.toThrow();
    expect(worker.envFrom.map((e) => e.configMapRef?.name).filter(Boolean)).toEqual([
      byKind(manifests, 'ConfigMap').metadata.name,
    ]);
    const secretName = worker.envFrom.find((e) => e.secretRef)?.secretRef?.name;
    expect(secretName).toBe(readManifests(join(K8S, 'base', 'secret.template.yaml'))[0]!.metadata.name);
  });

  it('probes point at the ports and routes the worker opens', () => {
    const lifecycle = workerLifecycleFromEnv(config);
    const settings = workerSettingsFromEnv(config, 'x');
    expect(lifecycle.healthPort ?? DEFAULT_HEALTH_PORT).toBe(port('health'));
    expect(settings.metricsPort).toBe(port('metrics'));
    // Probes come from the kubelet and scrapes from Prometheus: both servers listen on all interfaces.
    expect(lifecycle.healthHost).toBe('0.0.0.0');
    expect(config.METRICS_HOST).toBe('0.0.0.0');
    expect(worker.readinessProbe.httpGet).toEqual({ path: READINESS_PATH, port: 'health' });
    expect(worker.livenessProbe.httpGet).toEqual({ path: LIVENESS_PATH, port: 'health' });
    expect(worker.startupProbe.httpGet).toEqual({ path: LIVENESS_PATH, port: 'health' });
    const annotations = deployment.spec.template.metadata.annotations;
    expect(Number(annotations['prometheus.io/port'])).toBe(port('metrics'));
    expect(annotations['prometheus.io/path']).toBe('/metrics');
  });

  it('gives running calls longer than the drain timeout to finish, and rolls without losing capacity', () => {
    const drainMs = workerLifecycleFromEnv(config).drainTimeoutMs;
    expect(drainMs, 'DRAIN_TIMEOUT_SECONDS is set').toBeDefined();
    // After the drain, the framework gives job processes shutdownProcessTimeout to close.
    const closeMs = new ServerOptions({ agent: 'x' }).shutdownProcessTimeout;
    expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(drainMs! + closeMs);
    expect(deployment.spec.strategy.type).toBe('RollingUpdate');
    expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
    expect(deployment.spec.strategy.rollingUpdate.maxSurge).toBeGreaterThan(0);
  });

  it('runs as the image user, non-root, read-only, without capabilities; writable paths are emptyDirs', () => {
    const dockerfile = readFileSync(fromRoot('Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^USER node$/m); // uid 1000 in node images and in scripts/ci/docker-base.sh
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
    expect(worker.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    const workdir = /^WORKDIR (\S+)$/m.exec(dockerfile.split('AS runtime')[1] ?? '')?.[1];
    for (const path of [`${workdir}/data`, '/tmp']) {
      const mount = worker.volumeMounts.find((v) => v.mountPath === path);
      expect(mount, `${path} is writable`).toBeDefined();
      expect(pod.volumes.find((v) => v.name === mount!.name)?.emptyDir).toBeDefined();
    }
    expect(pod.serviceAccountName).toBe(byKind(manifests, 'ServiceAccount').metadata.name);
  });

  it('sizes resources from the calls-per-core figure and leaves headroom', () => {
    const cpu = cpuCores(worker.resources.requests.cpu);
    const comment = readFileSync(join(K8S, 'base', 'deployment.yaml'), 'utf8');
    const perCore = /(\d+) calls ÷ (\d+) calls per core = (\d+) cores/.exec(comment);
    expect(perCore, 'the sizing arithmetic is written down').not.toBeNull();
    expect(Number(perCore![1]) / Number(perCore![2])).toBe(Number(perCore![3]));
    expect(cpu).toBe(Number(perCore![3]));
    expect(bytes(worker.resources.limits.memory)).toBeGreaterThanOrEqual(bytes(worker.resources.requests.memory));
    // A CPU limit throttles audio; the request reserves the cores.
    expect(worker.resources.limits.cpu).toBeUndefined();
  });

  it('autoscaler targets the Deployment and scales before workers refuse calls', () => {
    const hpa = byKind<
      Manifest & {
        spec: {
          scaleTargetRef: { apiVersion: string; kind: string; name: string };
          minReplicas: number;
          maxReplicas: number;
          metrics: { type: string; resource?: { name: string; target: { averageUtilization: number } } }[];
        };
      }
    >(manifests, 'HorizontalPodAutoscaler');
    expect(hpa.spec.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: deployment.metadata.name,
    });
    const cpu = hpa.spec.metrics.find((m) => m.resource?.name === 'cpu');
    expect(cpu?.resource?.target.averageUtilization).toBeLessThan(Number(config.LOAD_THRESHOLD) * 100);
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
    const pdb = byKind<
      Manifest & { spec: { maxUnavailable: number; selector: { matchLabels: Record<string, string> } } }
    >(manifests, 'PodDisruptionBudget');
    // An eviction always leaves a worker taking calls.
    expect(pdb.spec.maxUnavailable).toBeLessThan(hpa.spec.minReplicas);
    expect(matches(pdb.spec.selector.matchLabels, podLabels)).toBe(true);
  });

  it('every selector selects the worker pods', () => {
    expect(matches(deployment.spec.selector.matchLabels, podLabels)).toBe(true);
    const service = byKind<
      Manifest & { spec: { selector: Record<string, string>; ports: { port: number; targetPort: string }[] } }
    >(manifests, 'Service');
    expect(matches(service.spec.selector, podLabels)).toBe(true);
    for (const p of service.spec.ports) expect(port(p.targetPort)).toBe(p.port);
    expect(service.metadata.annotations).toMatchObject({ 'prometheus.io/port': String(port('metrics')) });
    const policy = byKind<Manifest & { spec: { podSelector: { matchLabels: Record<string, string> } } }>(
      manifests,
      'NetworkPolicy',
    );
    expect(matches(policy.spec.podSelector.matchLabels, podLabels)).toBe(true);
    for (const t of pod.topologySpreadConstraints) expect(matches(t.labelSelector.matchLabels, podLabels)).toBe(true);
  });

  it('network policy: ingress only to metrics; egress to DNS, LiveKit, providers and PostgreSQL', () => {
    type Rule = { ports: { port: number | string; endPort?: number; protocol: string }[] };
    const { spec } = byKind<Manifest & { spec: { policyTypes: string[]; ingress: Rule[]; egress: Rule[] } }>(
      manifests,
      'NetworkPolicy',
    );
    expect(spec.policyTypes.sort()).toEqual(['Egress', 'Ingress']);
    expect(spec.ingress.flatMap((r) => r.ports)).toEqual([{ port: 'metrics', protocol: 'TCP' }]);
    const egress = spec.egress.flatMap((r) => r.ports);
    const allows = (port: number, protocol: string) =>
      egress.some(
        (p) => p.protocol === protocol && (p.port === port || (p.endPort && +p.port <= port && port <= p.endPort)),
      );
    expect(allows(53, 'UDP') && allows(53, 'TCP')).toBe(true); // DNS
    expect(allows(443, 'TCP')).toBe(true); // LiveKit Cloud and provider APIs
    expect(allows(7880, 'TCP') && allows(55000, 'UDP')).toBe(true); // self-hosted LiveKit, WebRTC media
    expect(allows(5432, 'TCP')).toBe(true); // PostgreSQL
  });
});

describe('Kubernetes production overlay', () => {
  it('puts everything in its namespace and uses the pushed image', () => {
    for (const m of production)
      expect(m.metadata.namespace ?? (m.kind === 'Namespace' ? 'switchboard' : undefined)).toBe('switchboard');
    const worker = byKind<Deployment>(production, 'Deployment').spec.template.spec.containers[0]!;
    expect(worker.image).toBe('registry.example.com/switchboard:0.1.0');
    expect(worker.readinessProbe, 'the container patch merged by name, not replaced').toBeDefined();
    const hpa = byKind<Manifest & { spec: { minReplicas: number } }>(production, 'HorizontalPodAutoscaler');
    expect(hpa.spec.minReplicas).toBe(3);
  });

  it('the test renderer merges like kustomize: named list items merge, other lists are replaced', () => {
    expect(
      strategicMerge(
        { containers: [{ name: 'a', image: 'x', ports: [1] }, { name: 'b' }], egress: [1, 2] },
        { containers: [{ name: 'a', ports: [2] }], egress: [3] },
      ),
    ).toEqual({ containers: [{ name: 'a', image: 'x', ports: [2] }, { name: 'b' }], egress: [3] });
  });
});

describe('Kubernetes extras', () => {
  it('the Secret template validates and names only variables the worker reads', async () => {
    const [secret] = readManifests(join(K8S, 'base', 'secret.template.yaml'));
    await validate(secret!);
    const documented = readFileSync(fromRoot('.env.example'), 'utf8');
    for (const key of Object.keys((secret as unknown as { stringData: object }).stringData))
      expect(documented).toMatch(new RegExp(`^${key}=`, 'm'));
  });

  it('the active-calls autoscaler validates and scales on a metric the worker exports', async () => {
    const [hpa] = readManifests(join(K8S, 'optional', 'prometheus-adapter.yaml'));
    await validate(hpa!);
    const names = (hpa as unknown as { spec: { metrics: { pods?: { metric: { name: string } } }[] } }).spec.metrics
      .map((m) => m.pods?.metric.name)
      .filter(Boolean);
    const exported = (await createMetrics().registry.getMetricsAsJSON()).map((m) => m.name);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(exported).toContain(name);
  });

  it('the ServiceMonitor selects the metrics Service by its port name', () => {
    const [monitor] = readManifests(join(K8S, 'optional', 'servicemonitor.yaml')) as (Manifest & {
      spec: { selector: { matchLabels: Record<string, string> }; endpoints: { port: string }[] };
    })[];
    const service = byKind<Manifest & { spec: { ports: { name: string }[] } }>(base, 'Service');
    expect(matches(monitor!.spec.selector.matchLabels, service.metadata.labels ?? {})).toBe(true);
    expect(service.spec.ports.map((p) => p.name)).toContain(monitor!.spec.endpoints[0]!.port);
  });

  it('every manifest file is rendered by a kustomization or checked above', () => {
    const checked = new Set([
      'base/secret.template.yaml',
      'optional/prometheus-adapter.yaml',
      'optional/servicemonitor.yaml',
    ]);
    for (const dir of ['base', 'overlays/production']) {
      const k = readManifests(join(K8S, dir, 'kustomization.yaml'))[0] as unknown as {
        resources: string[];
        patches?: { path: string }[];
      };
      for (const r of [...k.resources, ...(k.patches ?? []).map((p) => p.path)]) checked.add(join(dir, r));
    }
    for (const dir of ['base', 'overlays/production', 'optional'])
      for (const f of readdirSync(join(K8S, dir)).filter((f) => f !== 'kustomization.yaml'))
        expect(checked.has(join(dir, f)), `${dir}/${f} is applied or tested`).toBe(true);
  });
});
