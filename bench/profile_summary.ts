// Summarise a V8 .cpuprofile (node --cpu-prof): top functions by self time, and self time by
// source area (our src/ and app/ files, each node_modules package, node internals), so a
// profile can be read without DevTools. `node bin/run-ts.js bench/profile_summary.ts <file>`.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function area(url: string): string {
  if (!url) return '(native / gc / idle)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  if (url.startsWith('node:')) return 'node internals';
  const ours = /\/((?:src|app|bench)\/.+)$/.exec(url);
  return ours ? ours[1]! : url;
}

// Who owns each area: what is ours to fix, what is the framework's, what is the runtime's.
const OWNERS: [RegExp, string][] = [
  [
    /^src\/policy\/|^(?:compromise|@nlpjs\/.*|chrono-node|efrt|fastest-levenshtein)$/,
    'ours: offline policy (src/policy + its NLP libraries)',
  ],
  [
    /^src\/observability\/|^(?:better-sqlite3|prom-client|@opentelemetry\/.*|pino.*)$/,
    'ours: records, metrics, tracing, logs (src/observability + libraries)',
  ],
  [/^src\/workflow\/|^zod.*$/, 'ours: workflow runtime (src/workflow + zod)'],
  [/^(?:src|app|bench)\//, 'ours: other (console, app tools, bench driver)'],
  [/^@livekit\//, 'framework: @livekit/agents'],
  [/^node internals$/, 'node internals (streams, timers, promises)'],
];

function owner(areaName: string, fn: string): string {
  if (fn === '(garbage collector)') return 'garbage collector';
  if (fn === '(idle)' || fn === '(program)') return 'idle / program';
  for (const [re, name] of OWNERS) if (re.test(areaName)) return name;
  return areaName === '(native / gc / idle)' ? 'native (sqlite statements, inspector, runtime)' : 'other libraries';
}

export function summariseProfile(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Native and node-internal frames (a SQLite statement, web streams, promises) count for the
  // nearest caller in a package or our code.
  const callerUrl = (id: number): string => {
    for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
      const url = byId.get(p)!.callFrame.url;
      if (url.startsWith('node:inspector')) return url;
      if (url && !url.startsWith('node:')) return url;
    }
    return '';
  };
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const fn = new Map<string, number>();
  const areas = new Map<string, number>();
  const owners = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const key = `${functionName || '(anonymous)'}  ${area(url)}${url ? `:${lineNumber + 1}` : ''}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    areas.set(area(url), (areas.get(area(url)) ?? 0) + us);
    const attributed = callerUrl(id);
    const o = attributed.startsWith('node:inspector')
      ? 'profiler overhead (inspector)'
      : owner(attributed ? area(attributed) : '(native / gc / idle)', functionName);
    owners.set(o, (owners.get(o) ?? 0) + us);
  }
  const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
  const lines = [`total sampled ${(total / 1e6).toFixed(1)} s`, '', 'self time by owner:'];
  for (const [k, us] of [...owners].sort((a, b) => b[1] - a[1])) lines.push(`  ${pct(us)}  ${k}`);
  lines.push('', 'self time by function:');
  for (const [k, us] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(us)}  ${k}`);
  lines.push('', 'self time by area:');
  for (const [k, us] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(us)}  ${k}`);
  return lines.join('\n');
}

if (process.argv[2]) {
  process.stdout.write(`${summariseProfile(JSON.parse(readFileSync(process.argv[2], 'utf8')) as Profile)}\n`);
}
