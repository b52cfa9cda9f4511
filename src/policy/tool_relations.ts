// How tools relate, read from their names and error texts: a refusal that names another tool as
// the first step ("Verify the caller's identity first") makes that tool a prerequisite.
import { humanize } from './param_spec.js';
import type { ToolInfo } from './tool_catalog.js';

const GENERIC_VERBS = new Set([
  'get',
  'check',
  'create',
  'update',
  'set',
  'lookup',
  'look',
  'find',
  'make',
  'run',
  'open',
  'add',
  'list',
  'the',
  'for',
  'transfer',
  'request',
  'read',
]);

export function stemHit(text: string, word: string): boolean {
  // "verify" ~ "verified", "identity" ~ "identities": compare the first five letters.
  const stem = word.length >= 5 ? word.slice(0, 5) : word;
  return new RegExp(`(?:\\b|_)${stem}`, 'i').test(text);
}

export function distinctiveWords(tool: ToolInfo): string[] {
  return humanize(tool.name)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 3 && !GENERIC_VERBS.has(w));
}

/** Does an error sentence say that `tool` must happen first? ("Verify the caller's identity first.") */
export function namesPrerequisite(error: string, tool: ToolInfo): boolean {
  if (
    !/\b(?:first|before|must|needs? to|required?|requires|only (?:after|once|when)|not (?:yet )?verified|then call)\b/i.test(
      error,
    )
  )
    return false;
  if (error.includes(tool.name)) return true;
  const words = distinctiveWords(tool);
  return words.length > 0 && words.every((w) => stemHit(error, w));
}
