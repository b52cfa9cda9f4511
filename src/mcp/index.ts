// MCP servers on an agent: declare `mcpServers` in an AgentSpec; their tools become agent tools.
export type { McpServerSpec, McpStdioServerSpec, McpHttpServerSpec } from './types.js';
export { McpConnection, McpUnavailableError, type McpTool } from './connection.js';
export { McpServerPool, mcpServerPool, closeMcpServers } from './pool.js';
export { WorkflowMcpServers } from './workflow_servers.js';
