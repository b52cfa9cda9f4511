// Reads scenario files and folders, validates every scenario against the format and against its
// workflow (agent and tool names), and fails once, before anything runs, listing every problem
// with its file, scenario and key.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { ZodIssue } from 'zod';
import { defaultWorkflowEntry } from '../workflow/load_workflow.js';
import { KNOWN_KEYS, scenarioSchema, type ScenarioSpec } from './scenario_schema.js';
import { loadWorkflowSource, type WorkflowSource } from './workflow_source.js';

export interface LoadedScenario {
  spec: ScenarioSpec;
  /** Path of the file, relative to the working directory. */
  file: string;
  /** Position in its file (0 for a single-scenario file). */
  index: number;
  workflow: WorkflowSource;
  /** Harmless remarks (unknown keys that were kept but have no meaning here). */
  notes: string[];
}

export class ScenarioFileError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? `Bad scenario file: ${problems[0]}`
        : `Bad scenario files (${problems.length} problems):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ScenarioFileError';
  }
}

export interface LoadOptions {
  /** Workflow for scenarios that name none (default: the project's entry, as for `console`). */
  workflow?: string;
  cwd?: string;
}

const SCENARIO_EXT = /\.ya?ml$/i;

/** The files to read: files as given, folders searched recursively for .yaml/.yml, sorted. */
export function findScenarioFiles(paths: string[], cwd = process.cwd()): string[] {
  const wanted = paths.length > 0 ? paths : [defaultScenarioFolder(cwd)];
  const files: string[] = [];
  const problems: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SCENARIO_EXT.test(entry.name)) files.push(full);
    }
  };
  for (const p of wanted) {
    const full = resolve(cwd, p);
    if (!existsSync(full)) {
      problems.push(`${p}: no such file or folder`);
      continue;
    }
    if (statSync(full).isDirectory()) {
      const before = files.length;
      walk(full);
      if (files.length === before) problems.push(`${p}: the folder holds no .yaml or .yml scenario files`);
    } else {
      files.push(full);
    }
  }
  if (problems.length) throw new ScenarioFileError(problems);
  return [...new Set(files)];
}

function defaultScenarioFolder(cwd: string): string {
  for (const candidate of ['scenarios', 'app/support-desk/scenarios']) {
    if (existsSync(resolve(cwd, candidate))) return candidate;
  }
  return 'scenarios';
}

function issuePath(issue: ZodIssue): string {
  return issue.path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : String(part)),
    '',
  );
}

function describeIssue(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return 'is required';
  if (issue.code === 'invalid_enum_value')
    return `must be one of ${issue.options.join(', ')} (got "${issue.received}")`;
  if (issue.code === 'invalid_union') return 'has the wrong type';
  return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
}

function unknownKeys(raw: Record<string, unknown>, kind: string, at: string): string[] {
  const known = KNOWN_KEYS[kind] ?? [];
  return Object.keys(raw)
    .filter((k) => !known.includes(k))
    .map((k) => `${at ? `${at}.` : ''}${k}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface RawScenario {
  raw: unknown;
  index: number;
  fileWorkflow?: string;
}

/** Split a parsed file into its scenarios (a single mapping, or a list under `scenarios:`). */
function scenariosOf(doc: unknown, file: string, problems: string[]): RawScenario[] {
  if (isObject(doc) && 'scenarios' in doc) {
    const list = doc.scenarios;
    if (!Array.isArray(list) || list.length === 0) {
      problems.push(`${file}: key "scenarios" must be a non-empty list of scenarios`);
      return [];
    }
    const fileWorkflow = typeof doc.workflow === 'string' ? doc.workflow : undefined;
    return list.map((raw, index) => ({ raw, index, fileWorkflow }));
  }
  if (!isObject(doc)) {
    problems.push(`${file}: expected a scenario (a mapping with name, caller, expect) or a list under "scenarios:"`);
    return [];
  }
  return [{ raw: doc, index: 0 }];
}

function label(file: string, raw: unknown, index: number, many: boolean): string {
  const name = isObject(raw) && typeof raw.name === 'string' ? `"${raw.name}"` : `#${index + 1}`;
  return `${file}: scenario ${name}${many && isObject(raw) && typeof raw.name === 'string' ? ` (#${index + 1})` : ''}`;
}

function resolveEntry(entry: string, file: string, cwd: string): string {
  const fromCwd = resolve(cwd, entry);
  if (existsSync(fromCwd)) return fromCwd;
  const fromFile = resolve(dirname(resolve(cwd, file)), entry);
  return existsSync(fromFile) ? fromFile : fromCwd;
}

/** Load, validate and resolve every scenario; throws ScenarioFileError listing all problems. */
export async function loadScenarios(paths: string[], options: LoadOptions = {}): Promise<LoadedScenario[]> {
  const cwd = options.cwd ?? process.cwd();
  const files = findScenarioFiles(paths, cwd);
  const problems: string[] = [];
  const sources = new Map<string, Promise<WorkflowSource>>();
  const loaded: LoadedScenario[] = [];
  const names = new Map<string, string>();

  for (const full of files) {
    // Relative to the project when inside it; otherwise the full path.
    const rel = relative(cwd, full);
    const file = rel && !rel.startsWith('..') ? rel : full;
    let text: string;
    try {
      text = readFileSync(full, 'utf8');
    } catch (error) {
      problems.push(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      continue;
    }
    // Several `---` documents in one file are read as several scenarios (or lists).
    const docs = parseAllDocuments(text, { prettyErrors: true, uniqueKeys: true });
    const yamlErrors = (Array.isArray(docs) ? docs : [docs]).flatMap((d) => d.errors);
    if (yamlErrors.length > 0 || !Array.isArray(docs)) {
      for (const e of yamlErrors) problems.push(`${file}: YAML error: ${e.message.split('\n')[0]}`);
      continue;
    }
    const values = docs.map((d) => d.toJS() as unknown).filter((v) => v !== null && v !== undefined);
    if (values.length === 0) {
      problems.push(`${file}: the file holds no scenario`);
      continue;
    }
    const raws = values.flatMap((value, d) =>
      scenariosOf(value, file, problems).map((r) => ({ ...r, index: values.length > 1 ? d : r.index })),
    );
    for (const { raw, index, fileWorkflow } of raws) {
      const where = label(file, raw, index, raws.length > 1);
      const parsed = scenarioSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          problems.push(`${where}: ${issuePath(issue) || 'scenario'} ${describeIssue(issue)}`);
        continue;
      }
      const spec = parsed.data;
      const { say, persona } = spec.caller;
      if (say && persona) problems.push(`${where}: caller has both "say" and "persona": use exactly one`);
      else if (!say && !persona) problems.push(`${where}: caller needs "say" (a list of lines) or "persona"`);
      else if (say && say.filter(Boolean).length === 0)
        problems.push(`${where}: caller.say must list at least one line`);
      const key = spec.name.toLowerCase();
      const clash = names.get(key);
      if (clash) problems.push(`${where}: name is also used by a scenario in ${clash}; names must be unique`);
      else names.set(key, file);

      const entry = resolveEntry(
        spec.workflow ?? fileWorkflow ?? options.workflow ?? defaultWorkflowEntry(cwd),
        file,
        cwd,
      );
      if (!sources.has(entry)) sources.set(entry, loadWorkflowSource(entry));
      let workflow: WorkflowSource;
      try {
        workflow = await sources.get(entry)!;
      } catch (error) {
        problems.push(`${where}: workflow ${relative(cwd, entry) || entry}: ${(error as Error).message}`);
        continue;
      }
      const agentList = workflow.agents.join(', ');
      const e = spec.expect;
      for (const [k, list] of [
        ['reach', e.reach],
        ['notReach', e.notReach],
      ] as const) {
        list?.forEach((agent, i) => {
          if (!workflow.agents.includes(agent))
            problems.push(`${where}: expect.${k}[${i}]: unknown agent "${agent}" (the agents are ${agentList})`);
        });
      }
      const toolList = workflow.tools.join(', ');
      e.calls?.forEach((call, i) => {
        if (!workflow.tools.includes(call.name))
          problems.push(`${where}: expect.calls[${i}].name: unknown tool "${call.name}" (the tools are ${toolList})`);
        if (call.agent && !workflow.agents.includes(call.agent))
          problems.push(
            `${where}: expect.calls[${i}].agent: unknown agent "${call.agent}" (the agents are ${agentList})`,
          );
      });
      e.noSuccessfulCalls?.forEach((name, i) => {
        if (!workflow.tools.includes(name))
          problems.push(`${where}: expect.noSuccessfulCalls[${i}]: unknown tool "${name}" (the tools are ${toolList})`);
      });
      if (spec.expect.reach?.length && spec.expect.notReach?.some((a) => spec.expect.reach!.includes(a)))
        problems.push(`${where}: expect.notReach names an agent that expect.reach requires`);

      const notes = [
        ...unknownKeys(raw as Record<string, unknown>, 'scenario', ''),
        ...unknownKeys(spec.caller, 'caller', 'caller'),
        ...(spec.caller.persona ? unknownKeys(spec.caller.persona, 'persona', 'caller.persona') : []),
        ...unknownKeys(spec.expect, 'expect', 'expect'),
        ...(e.calls ?? []).flatMap((c, i) => unknownKeys(c, 'call', `expect.calls[${i}]`)),
      ].map((k) => `${where}: key "${k}" has no meaning for switchboard eval and is ignored`);
      loaded.push({ spec, file, index, workflow, notes });
    }
  }
  if (problems.length) throw new ScenarioFileError(problems);
  return loaded;
}
