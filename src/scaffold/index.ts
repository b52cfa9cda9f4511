// `switchboard new`: generate a standalone voice-agent project from a workflow pattern.
export { registerNewCommand } from './new_command.js';
export {
  createProject,
  ScaffoldError,
  type CreatedProject,
  type CreateProjectOptions,
  type SwitchboardSource,
} from './create_project.js';
export { PATTERNS, PATTERN_NAMES, findPattern, type Pattern } from './patterns.js';
export { packageNameProblems, packageNameFromDir } from './package_name.js';
