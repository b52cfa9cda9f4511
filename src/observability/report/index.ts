// `switchboard report list|show|stats`: reads the session records (read only) and renders them.
export {
  registerReportCommands,
  listSessions,
  findSession,
  sessionStats,
  runReport,
  type ReportIO,
  type ReportCommandDeps,
} from './report_command.js';
export { computeStats, percentile, type ReportStats, type EdgeStats, type ToolStats } from './report_stats.js';
export { renderSessionList, renderTimeline, renderStats } from './report_render.js';
