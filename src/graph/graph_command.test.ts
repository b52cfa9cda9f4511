import { Command } from 'commander';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { GRAPH_END, GRAPH_START } from './embed.js';
import { registerGraphCommand } from './graph_command.js';

const fixture = 'src/graph/fixtures/mini_desk_module.ts';
let out: string[];
let err: string[];
let dir: string;

beforeEach(async () => {
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  process.exitCode = undefined;
  dir = await mkdtemp(join(tmpdir(), 'sb-graph-'));
});

afterEach(async () => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function graph(...args: string[]) {
  const program = new Command()
    .exitOverride()
    .configureOutput({ writeErr: (s) => err.push(s), writeOut: (s) => out.push(s) });
  registerGraphCommand(program);
  await program.parseAsync(['graph', ...args], { from: 'user' });
}

it('prints a Mermaid flowchart by default', async () => {
  await graph(fixture);
  expect(out.join('')).toMatch(/^flowchart TD\n[\s\S]*__start --> greeter/);
});

it('prints JSON with agents and edges', async () => {
  await graph(fixture, '--format', 'json');
  const parsed = JSON.parse(out.join('')) as { agents: { id: string }[]; edges: { tool: string }[] };
  expect(parsed.agents.map((a) => a.id)).toEqual(['greeter', 'billing', 'tech', 'human']);
  expect(parsed.edges.map((e) => e.tool)).toContain('escalate_to_human');
});

it('rejects an unknown format and names the valid ones', async () => {
  await expect(graph(fixture, '--format', 'dot')).rejects.toThrow();
  expect(err.join('')).toMatch(/Allowed choices are mermaid, json/);
});

it('embeds the diagram in a README, then --check passes until the file drifts', async () => {
  const readme = join(dir, 'README.md');
  await writeFile(readme, `# Desk\n\n${GRAPH_START}\n${GRAPH_END}\n`);
  await graph(fixture, '--embed', readme, '--check');
  expect(process.exitCode).toBe(1);
  expect(err.join('')).toMatch(/out of date: run `switchboard graph .* --embed /);

  process.exitCode = undefined;
  await graph(fixture, '--embed', readme);
  expect(await readFile(readme, 'utf8')).toMatch(/```mermaid\nflowchart TD[\s\S]*```\n\n<!-- graph:end -->/);
  await graph(fixture, '--embed', readme, '--check');
  expect(process.exitCode).toBeUndefined();

  await writeFile(readme, (await readFile(readme, 'utf8')).replace('transfer_to_billing', 'transfer_to_sales'));
  await graph(fixture, '--embed', readme, '--check');
  expect(process.exitCode).toBe(1);
});

it('explains --check without --embed', async () => {
  await expect(graph(fixture, '--check')).rejects.toThrow(/--check compares an embedded diagram: add --embed/);
});
