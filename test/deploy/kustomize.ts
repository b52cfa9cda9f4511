// A small kustomize renderer for the manifest tests: the subset of kustomize our manifests use
// (resources, namespace, labels, images, strategic-merge patches by kind and name). Any other
// kustomization key is an error, so the tests never check a rendering that kubectl would not produce.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';

export type Manifest = Record<string, unknown> & {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
};

const SUPPORTED = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'labels', 'images', 'patches']);
// Lists kustomize merges item by item (patchMergeKey in the Kubernetes API); every other list is replaced.
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
};

export function readManifests(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(file, 'utf8'))
    .map((doc) => {
      if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]!.message}`);
      return doc.toJS() as Manifest | null;
    })
    .filter((m): m is Manifest => m !== null);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function strategicMerge(base: unknown, patch: unknown, field = ''): unknown {
  if (isObject(base) && isObject(patch)) {
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(patch)) {
      out[key] = value === null ? undefined : key in base ? strategicMerge(base[key], value, key) : value;
      if (out[key] === undefined) delete out[key];
    }
    return out;
  }
  const mergeKey = MERGE_KEYS[field];
  if (Array.isArray(base) && Array.isArray(patch) && mergeKey) {
    const out = base.map((item) => {
      const match = patch.find((p) => isObject(p) && isObject(item) && p[mergeKey] === item[mergeKey]);
      return match === undefined ? item : strategicMerge(item, match);
    });
    for (const p of patch)
      if (!base.some((item) => isObject(item) && isObject(p) && item[mergeKey] === p[mergeKey])) out.push(p);
    return out;
  }
  return patch;
}

function setImages(node: unknown, images: { name: string; newName?: string; newTag?: string }[]): void {
  if (Array.isArray(node)) return node.forEach((n) => setImages(n, images));
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'containers' || key === 'initContainers') && Array.isArray(value)) {
      for (const c of value as { image?: string }[]) {
        const [name, tag] = (c.image ?? '').split(':');
        const rule = images.find((i) => i.name === name);
        if (rule) c.image = `${rule.newName ?? name}:${rule.newTag ?? tag}`;
      }
    } else setImages(value, images);
  }
}

/** Renders the kustomization in `dir` as `kubectl apply -k dir` would. */
export function renderKustomization(dir: string): Manifest[] {
  const k = readManifests(join(dir, 'kustomization.yaml'))[0] as unknown as {
    resources?: string[];
    namespace?: string;
    labels?: { pairs: Record<string, string>; includeSelectors?: boolean; includeTemplates?: boolean }[];
    images?: { name: string; newName?: string; newTag?: string }[];
    patches?: { path?: string }[];
  };
  const unsupported = Object.keys(k).filter((key) => !SUPPORTED.has(key));
  if (unsupported.length > 0) throw new Error(`${dir}: kustomization keys not rendered by this test: ${unsupported}`);
  let out: Manifest[] = [];
  for (const r of k.resources ?? []) {
    const path = join(dir, r);
    out.push(...(r.endsWith('.yaml') ? readManifests(path) : renderKustomization(path)));
  }
  out = structuredClone(out);
  for (const p of k.patches ?? []) {
    if (!p.path) throw new Error(`${dir}: only file patches are rendered by this test`);
    for (const patch of readManifests(join(dir, p.path))) {
      const i = out.findIndex((m) => m.kind === patch.kind && m.metadata.name === patch.metadata.name);
      if (i < 0) throw new Error(`${dir}/${p.path}: no ${patch.kind} ${patch.metadata.name} to patch`);
      out[i] = strategicMerge(out[i], patch) as Manifest;
    }
  }
  for (const m of out) {
    for (const l of k.labels ?? []) {
      if (l.includeSelectors || l.includeTemplates)
        throw new Error(`${dir}: label selectors/templates are not rendered by this test`);
      m.metadata.labels = { ...m.metadata.labels, ...l.pairs };
    }
    // Cluster-scoped kinds keep no namespace.
    if (k.namespace && m.kind !== 'Namespace') m.metadata.namespace = k.namespace;
  }
  if (k.images) setImages(out, k.images);
  return out;
}

export const fromRoot = (...parts: string[]): string =>
  join(dirname(new URL(import.meta.url).pathname), '..', '..', ...parts);
