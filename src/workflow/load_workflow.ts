// Loads an app's workflow module: its default export is a WorkflowSpec or a factory returning one.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyZodObject, WorkflowSpec } from './declaration.js';

/** Where a generated project keeps its workflow; the default when package.json names none. */
const CONVENTIONAL_WORKFLOW_ENTRY = 'src/workflow.ts';

/**
 * The workflow a command runs when none is named: package.json `switchboard.workflow`, else the
 * conventional `src/workflow.ts`. The library knows no app: a repository that runs one names it in
 * its package.json (this repository names its reference app there).
 */
export function defaultWorkflowEntry(cwd = process.cwd()): string {
  try {
    const pkg = JSON.parse(readFileSync(resolve(cwd, 'package.json'), 'utf8')) as {
      switchboard?: { workflow?: string };
    };
    if (pkg.switchboard?.workflow) return pkg.switchboard.workflow;
  } catch {
    // No readable package.json: use the conventional path.
  }
  return CONVENTIONAL_WORKFLOW_ENTRY;
}

export class WorkflowLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkflowLoadError';
  }
}

function isSpec(value: unknown): value is WorkflowSpec<AnyZodObject> {
  return typeof value === 'object' && value !== null && 'agents' in value && 'start' in value && 'userData' in value;
}

export async function loadWorkflow(entry: string = defaultWorkflowEntry()): Promise<WorkflowSpec<AnyZodObject>> {
  const path = resolve(entry);
  if (!existsSync(path)) {
    throw new WorkflowLoadError(
      `No workflow module at ${path}. Pass the path of a file whose default export is your workflow, or name it in package.json ("switchboard": { "workflow": "path/to/workflow.ts" }).`,
    );
  }
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    throw new WorkflowLoadError(`Could not load ${entry}: ${(error as Error).message}`);
  }
  const exported = mod.default ?? mod.workflow;
  const spec = typeof exported === 'function' ? await (exported as () => unknown)() : exported;
  if (!isSpec(spec)) {
    throw new WorkflowLoadError(
      `${entry} must default-export a workflow (defineWorkflow({...})) or a function returning one.`,
    );
  }
  return spec;
}
