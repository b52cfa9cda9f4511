// `switchboard graph`: the workflow as a Mermaid flowchart or JSON, and README diagram upkeep.
export { registerGraphCommand } from './graph_command.js';
export { renderMermaid, shorten, type MermaidOptions } from './mermaid.js';
export {
  workflowGraph,
  type GraphAgent,
  type GraphEdge,
  type GraphTool,
  type WorkflowGraph,
} from './workflow_graph.js';
export { diagramBlock, embedDiagram, EmbedError, GRAPH_END, GRAPH_START } from './embed.js';
export { graphOf, loadGraph, syncDiagram, type SyncResult } from './sync_diagram.js';
