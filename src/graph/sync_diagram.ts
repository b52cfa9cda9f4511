// Loads a workflow module and keeps the diagram embedded in a Markdown file in step with it.
import { readFile, writeFile } from 'node:fs/promises';
import { loadWorkflow } from '../workflow/load_workflow.js';
import type { AnyZodObject, WorkflowSpec } from '../workflow/declaration.js';
import { inspectWorkflow, WorkflowValidationError } from '../workflow/compile.js';
import { embedDiagram } from './embed.js';
import { renderMermaid } from './mermaid.js';
import { workflowGraph, type WorkflowGraph } from './workflow_graph.js';

/** The graph of a declaration; throws WorkflowValidationError listing every problem. */
export function graphOf<S extends AnyZodObject>(spec: WorkflowSpec<S>): WorkflowGraph {
  const { compiled, problems } = inspectWorkflow(spec);
  if (problems.length > 0) throw new WorkflowValidationError(spec.name, problems);
  return workflowGraph(compiled);
}

export async function loadGraph(entry: string): Promise<WorkflowGraph> {
  return graphOf(await loadWorkflow(entry));
}

export type SyncResult = 'current' | 'updated' | 'stale';

/**
 * Render `entry`'s diagram into `markdownFile`. With `check`, nothing is written and a drifted
 * diagram is reported as `stale`.
 */
export async function syncDiagram(options: {
  entry: string;
  markdownFile: string;
  check?: boolean;
}): Promise<SyncResult> {
  const mermaid = renderMermaid(await loadGraph(options.entry));
  let markdown: string;
  try {
    markdown = await readFile(options.markdownFile, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read ${options.markdownFile}: ${(error as Error).message}`);
  }
  const { text, changed } = embedDiagram(markdown, mermaid, options.markdownFile);
  if (!changed) return 'current';
  if (options.check) return 'stale';
  await writeFile(options.markdownFile, text);
  return 'updated';
}
