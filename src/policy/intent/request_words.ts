// The words of a line that can ask for something, and what a tool's own name says it works on:
// shared by reading intents and by the steps that serve a request.
import { humanize } from '../param_spec.js';
import { REMOVE_CUES, TOOL_NAME_VERBS, UNDO_CUES, UNDOING_TOOL, WANT_CUES } from '../lexicon/index.js';
import { joinPhrases } from '../synonyms.js';
import { withoutIntroduction } from '../free_text.js';
import { EMAIL } from '../slots/utterance.js';
import type { ToolInfo } from '../tool_catalog.js';
import { stemHit } from '../tool_relations.js';
import type { Analysis } from '../analysis/analysis.js';

// Who the caller is ("my email is ann@x.com", "my number is 415…") is for whichever desk needs
// it, never a request for the desk whose tool takes it.
const IDENTITY =
  /\b(?:(?:my|the|our|an?)\s+)?(?:e-?mail(?:\s+address)?|(?:phone|mobile|cell)(?:\s+number)?|number)(?:\s+is|'s)?\s*(?=[a-z0-9._%+-]+@|\+?\d)/gi;

/** The words of an utterance that can ask for something: no introduction, no contact details. */
export function requestPart(a: Analysis): string {
  return withoutIntroduction(a.u.norm)
    .replace(IDENTITY, ' ')
    .replace(EMAIL, ' ')
    .replace(/\+?\d[\d\s().-]{6,}\d/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a tool's name ("schedule callback"), lower case, past two letters. */
export function nameWords(tool: ToolInfo): string[] {
  return humanize(tool.name)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 2);
}

/**
 * A line that asks for what a tool's name works on ("can someone ring me back?" → schedule_callback,
 * "could you put in a ticket?" → create_ticket): the name without its verb, said in a line that asks.
 */
export function asksForThing(a: Analysis, tool: ToolInfo): boolean {
  return (WANT_CUES.test(a.text) || a.text.includes('?')) && namesThing(a, tool);
}

/** The line names what a tool's name works on ("a ticket is fine" for create_ticket). */
export function namesThing(a: Analysis, tool: ToolInfo): boolean {
  if (tool.kind !== 'business') return false;
  const words = nameWords(tool);
  const things = words.filter((w) => !TOOL_NAME_VERBS.has(w));
  if (things.length === 0 || things.length === words.length) return false;
  const said = joinPhrases(a.u.lower);
  return things.every((w) => stemHit(said, w));
}

/** A tool that undoes something (cancel, delete) while the line does not ask to undo: never a guess. */
export function undoesUnasked(tool: ToolInfo, text: string): boolean {
  return tool.kind === 'business' && UNDOING_TOOL.test(tool.name) && !UNDO_CUES.test(text) && !REMOVE_CUES.test(text);
}
