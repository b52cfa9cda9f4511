// Eval reporters: pretty (terminal), json (tools), junit (CI).
export { renderPretty, scenarioLine, failureDetails, transcriptExcerpt } from './pretty.js';
export { renderJson } from './json.js';
export { renderJunit } from './junit.js';
