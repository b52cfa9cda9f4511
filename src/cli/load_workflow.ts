// Loads an app's workflow module: its default export is a WorkflowSpec or a factory returning one.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyZodObject, WorkflowSpec } from '../workflow/declaration.js';

export const DEFAULT_APP_ENTRY = 'app/support-desk/workflow.ts';

/**
 * The workflow a command runs when none is named: package.json `switchboard.workflow`, then a
 * generated project's `src/workflow.ts`, then this repository's support desk.
 */
export function defaultWorkflowEntry(cwd = process.cwd()): string {
  try {
    const pkg = JSON.parse(readFileSync(resolve(cwd, 'package.json'), 'utf8')) as {
      switchboard?: { workflow?: string };
    };
    if (pkg.switchboard?.workflow) return pkg.switchboard.workflow;
  } catch {
    // No readable package.json: fall through to the conventional paths.
  }
  if (existsSync(resolve(cwd, 'src/workflow.ts'))) return 'src/workflow.ts';
  return DEFAULT_APP_ENTRY;
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
      `No workflow module at ${path}. Pass the path of a file whose default export is your workflow (for example ${DEFAULT_APP_ENTRY}).`,
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
