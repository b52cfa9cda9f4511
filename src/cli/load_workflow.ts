// Loads an app's workflow module: its default export is a WorkflowSpec or a factory returning one.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyZodObject, WorkflowSpec } from '../workflow/declaration.js';

export const DEFAULT_APP_ENTRY = 'app/support-desk/workflow.ts';

export class WorkflowLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkflowLoadError';
  }
}

function isSpec(value: unknown): value is WorkflowSpec<AnyZodObject> {
  return typeof value === 'object' && value !== null && 'agents' in value && 'start' in value && 'userData' in value;
}

export async function loadWorkflow(entry: string = DEFAULT_APP_ENTRY): Promise<WorkflowSpec<AnyZodObject>> {
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
