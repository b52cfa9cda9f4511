// Where a scenario's workflow comes from: the app's module, instantiated once per scenario so each
// scenario gets its own stores. A module may export `evalWorkflow({ tempDir })` to choose what
// "fresh" means for it (an in-memory database, a file in the scenario's temp dir); otherwise a
// default-exported factory is called per scenario.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkflowLoadError } from '../workflow/load_workflow.js';
import type { AnyZodObject, WorkflowSpec } from '../workflow/declaration.js';
import { compileWorkflow, END_CALL_TOOL, OPERATOR_TOOL, RETURN_TOOL } from '../workflow/compile.js';

type Spec = WorkflowSpec<AnyZodObject>;

export interface EvalWorkflowContext {
  /** A directory of its own for this scenario, removed after it ran. */
  tempDir: string;
}

export interface WorkflowSource {
  /** The module path as given (for messages). */
  entry: string;
  name: string;
  agents: string[];
  /** Every tool name some agent can call: business tools, handoffs and built-ins. */
  tools: string[];
  /** The tools that move the call (handoffs, returns, escalation, end of call), not business tools. */
  routing: string[];
  /** A fresh workflow for one scenario. */
  create(context: EvalWorkflowContext): Promise<Spec>;
  /** False when the module exports a plain object: scenarios then share its stores. */
  isolated: boolean;
}

function isSpec(value: unknown): value is Spec {
  return typeof value === 'object' && value !== null && 'agents' in value && 'start' in value && 'userData' in value;
}

/** Every agent id and tool name of a workflow (validated the same way the runtime compiles it). */
export function workflowCatalog(spec: Spec): { agents: string[]; tools: string[]; routing: string[] } {
  const compiled = compileWorkflow(spec);
  const business = new Set<string>();
  const routing = new Set<string>();
  for (const agent of spec.agents) {
    for (const name of Object.keys(agent.tools ?? {})) business.add(name);
    if (agent.canEndCall) routing.add(END_CALL_TOOL);
    if (agent.human) routing.add(OPERATOR_TOOL);
  }
  for (const edge of compiled.edges) routing.add(edge.tool);
  if (compiled.callable.size > 0) routing.add(RETURN_TOOL);
  return {
    agents: spec.agents.map((a) => a.id),
    tools: [...new Set([...business, ...routing])].sort(),
    routing: [...routing].sort(),
  };
}

export async function loadWorkflowSource(entry: string): Promise<WorkflowSource> {
  const path = resolve(entry);
  if (!existsSync(path)) throw new WorkflowLoadError(`No workflow module at ${path}.`);
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    throw new WorkflowLoadError(`Could not load ${entry}: ${(error as Error).message}`);
  }
  const forEval = mod.evalWorkflow;
  const exported = mod.default ?? mod.workflow;
  let create: (context: EvalWorkflowContext) => Promise<unknown>;
  let isolated = true;
  if (typeof forEval === 'function') {
    create = async (context) => (forEval as (c: EvalWorkflowContext) => unknown)(context);
  } else if (typeof exported === 'function') {
    create = async () => (exported as () => unknown)();
  } else {
    isolated = false;
    create = async () => exported;
  }
  const checked = async (context: EvalWorkflowContext): Promise<Spec> => {
    const spec = await create(context);
    if (!isSpec(spec))
      throw new WorkflowLoadError(
        `${entry} must default-export a workflow (defineWorkflow({...})) or a function returning one.`,
      );
    return spec;
  };
  // One instance up front: names for validating scenario files, and an early, clear load error.
  const tempDir = mkdtempSync(join(tmpdir(), 'switchboard-eval-'));
  let catalog: ReturnType<typeof workflowCatalog>;
  let name: string;
  try {
    const probe = await checked({ tempDir });
    catalog = workflowCatalog(probe);
    name = probe.name;
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
  return { entry, name, ...catalog, create: checked, isolated };
}
