// Renders a workflow graph as a Mermaid flowchart. Same graph in, byte-identical text out: READMEs
// embed it and CI compares it, so nothing here may depend on time, locale or map iteration quirks.
import type { GraphAgent, GraphEdge, WorkflowGraph } from './workflow_graph.js';

export interface MermaidOptions {
  /** Flow direction; top-down reads best in a README column. */
  direction?: 'TD' | 'LR';
}

/** Longest `when` text shown on an edge; the full text is in `--format json`. */
const WHEN_CHARS = 48;
const DESCRIPTION_CHARS = 56;

// Pseudo-node ids start with underscores, which agent ids (lower_snake_case, leading letter) never do.
const START = '__start';
const END = '__end';
const OPERATOR = '__operator';
const ANY = '__any';

// Words Mermaid's flowchart grammar reads as keywords; an agent with such an id gets another node id.
const RESERVED = new Set([
  'end',
  'graph',
  'subgraph',
  'flowchart',
  'style',
  'class',
  'classdef',
  'click',
  'linkstyle',
  'direction',
  'default',
  'call',
  'href',
  'interpolate',
]);

const CLASSES = {
  agent: 'fill:#e3f2fd,stroke:#1565c0,color:#0d47a1',
  startAgent: 'fill:#e8f5e9,stroke:#2e7d32,stroke-width:3px,color:#1b5e20',
  human: 'fill:#fff3e0,stroke:#e65100,stroke-width:2px,color:#bf360c',
  terminal: 'fill:#eceff1,stroke:#546e7a,color:#263238',
} as const;

const STYLE = {
  escalation: 'stroke:#c62828,stroke-width:2px',
  call: 'stroke:#1565c0',
  end: 'stroke:#78909c',
} as const;

/** First sentence, whitespace folded, cut at a word boundary with an ellipsis when too long. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const sentence = (/^(.+?[.!?])(?:\s|$)/.exec(clean)?.[1] ?? clean).replace(/[.!?]+$/, '');
  if (sentence.length <= max) return sentence;
  let cut = sentence.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max / 2) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:–-]+$/, '')}…`;
}

/** Text inside a quoted Mermaid label: quotes and angle brackets become Mermaid entity codes. */
function escapeText(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

/** A quoted label from lines; lines are escaped, then joined with Mermaid's line break. */
function label(lines: (string | undefined | false)[]): string {
  return `"${lines
    .filter((l): l is string => Boolean(l))
    .map(escapeText)
    .join('<br/>')}"`;
}

function nodeIds(agents: GraphAgent[]): Map<string, string> {
  const taken = new Set(agents.map((a) => a.id));
  const ids = new Map<string, string>();
  for (const a of agents) {
    let id = a.id;
    if (RESERVED.has(id)) {
      id = `${a.id}_agent`;
      while (taken.has(id)) id = `${id}_`;
      taken.add(id);
    }
    ids.set(a.id, id);
  }
  return ids;
}

function agentNode(a: GraphAgent, id: string): string {
  const tools = a.tools.map((t) => (t.guards.length > 0 ? `${t.name} 🔒 ${t.guards.join(', ')}` : t.name));
  // The bold id is markup, so it is added after escaping the free text.
  const text = label([
    shorten(a.description, DESCRIPTION_CHARS),
    tools.length > 0 ? `🔧 ${tools.join(' · ')}` : undefined,
  ]).slice(1, -1);
  const title = `${a.human ? '👤 ' : ''}<b>${a.id}</b>`;
  const body = `"${title}${text ? `<br/>${text}` : ''}"`;
  const cls = a.human ? 'human' : a.start ? 'startAgent' : 'agent';
  return a.human ? `${id}{{${body}}}:::${cls}` : `${id}[${body}]:::${cls}`;
}

function edgeLabel(e: Pick<GraphEdge, 'tool' | 'when' | 'history' | 'guards' | 'carries' | 'mode'>): string {
  const meta = [`history: ${e.history}`, e.carries.length > 0 ? `carries ${e.carries.join(', ')}` : ''].filter(Boolean);
  return label([
    e.mode === 'call' ? `${e.tool} (call)` : e.tool,
    shorten(e.when, WHEN_CHARS),
    meta.join(' · '),
    ...e.guards.map((g) => `🔒 ${g}`),
  ]);
}

/** Escalation edges that cover every other agent collapse into one edge from an "any agent" node. */
function escalationGroups(graph: WorkflowGraph): { edge: GraphEdge; fromAny: boolean; sources: GraphEdge[] }[] {
  const groups = new Map<string, GraphEdge[]>();
  for (const e of graph.edges.filter((x) => x.mode === 'escalation')) {
    const key = JSON.stringify([e.to, e.tool, e.when, e.history]);
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()].map((edges) => {
    const first = edges[0]!;
    const others = graph.agents.filter((a) => a.id !== first.to).map((a) => a.id);
    const from = new Set(edges.map((e) => e.from));
    const fromAny = edges.length > 1 && others.every((id) => from.has(id));
    return { edge: first, fromAny, sources: edges };
  });
}

export function renderMermaid(graph: WorkflowGraph, options: MermaidOptions = {}): string {
  const ids = nodeIds(graph.agents);
  const node = (agentId: string) => ids.get(agentId) ?? agentId;
  const lines: string[] = [
    `flowchart ${options.direction ?? 'TD'}`,
    `  %% Workflow "${graph.workflow}", drawn by switchboard graph. Edit the workflow, not this diagram.`,
  ];
  const links: string[] = [];
  const styled: Record<keyof typeof STYLE, number[]> = { escalation: [], call: [], end: [] };
  const link = (text: string, style?: keyof typeof STYLE) => {
    if (style) styled[style].push(links.length);
    links.push(`  ${text}`);
  };

  lines.push(`  ${START}(("start")):::terminal`);
  for (const a of graph.agents) lines.push(`  ${agentNode(a, node(a.id))}`);

  const escalations = escalationGroups(graph);
  if (escalations.some((g) => g.fromAny)) lines.push(`  ${ANY}(["any agent"]):::terminal`);
  if (graph.agents.some((a) => a.human))
    lines.push(`  ${OPERATOR}[/"human operator<br/>(SIP transfer or queue)"/]:::human`);
  if (graph.agents.some((a) => a.canEndCall)) lines.push(`  ${END}((("call ends"))):::terminal`);

  link(`${START} --> ${node(graph.start)}`);
  const returns = new Set<string>();
  for (const e of graph.edges) {
    if (e.mode === 'handoff') link(`${node(e.from)} -->|${edgeLabel(e)}| ${node(e.to)}`);
    if (e.mode === 'call') {
      link(`${node(e.from)} -.->|${edgeLabel(e)}| ${node(e.to)}`, 'call');
      returns.add(JSON.stringify([e.to, e.from]));
    }
  }
  // A called agent hands back to whoever called it, with its typed result.
  for (const key of returns) {
    const [callee, caller] = JSON.parse(key) as [string, string];
    const fields = graph.agents.find((a) => a.id === callee)?.returns ?? [];
    link(
      `${node(callee)} -.->|${label(['returns', fields.length > 0 ? fields.join(', ') : undefined])}| ${node(caller)}`,
      'call',
    );
  }
  for (const group of escalations) {
    const sources = group.fromAny ? [ANY] : group.sources.map((e) => node(e.from));
    for (const from of sources) link(`${from} ==>|${edgeLabel(group.edge)}| ${node(group.edge.to)}`, 'escalation');
  }
  for (const a of graph.agents) {
    if (a.human) link(`${node(a.id)} ==>|"transfer_to_operator"| ${OPERATOR}`, 'escalation');
  }
  for (const a of graph.agents) {
    if (a.canEndCall) link(`${node(a.id)} -->|"end_call"| ${END}`, 'end');
  }

  lines.push(...links);
  // Only the classes some node uses, so the source stays as small as the picture.
  for (const [cls, style] of Object.entries(CLASSES)) {
    if (lines.some((l) => l.endsWith(`:::${cls}`))) lines.push(`  classDef ${cls} ${style}`);
  }
  for (const [style, indexes] of Object.entries(styled) as [keyof typeof STYLE, number[]][]) {
    if (indexes.length > 0) lines.push(`  linkStyle ${indexes.join(',')} ${STYLE[style]}`);
  }
  return `${lines.join('\n')}\n`;
}
