// Whether a refusal asks for an argument: by all the words of its label ("I need the card number"),
// or by what its description says it holds ("Ask for the new account holder's first and last
// name" for full_name); never one described for another case than the refused call's ("For
// move_out: the account number" while a move_in was refused).
import type { ParamSpec } from '../param_spec.js';
import type { ToolInfo } from '../tool_catalog.js';
import { ID_WORDS } from '../lexicon/index.js';

// A refusal that asks for something: "I need …", "ask for …", "… is missing", "… is required".
const ASKS_FOR =
  /\b(?:i need|need (?:the|a|an|both|their|your)|ask (?:the caller )?for|is missing|are missing|is required|are required|please provide|must (?:give|provide|include))\b/;

/** The refusal's lower-cased text asks for `p`. */
export function asksFor(p: ParamSpec, said: string): boolean {
  return ASKS_FOR.test(said) && (namedIn(p, said) || describedIn(p, said));
}

/**
 * The argument is named in `text` by all the words of its label ("card number", "surname"); an
 * id's "id" by any word for one ("client id" named as "the client number").
 */
function namedIn(p: ParamSpec, text: string): boolean {
  const words = p.label
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1);
  const said = (w: string) => new RegExp(`\\b${w}s?\\b`).test(text);
  return words.length > 0 && words.every((w) => said(w) || (w === 'id' && ID_WORDS.some(said)));
}

// "For move_in: the new account holder's first and last name.": what the argument holds, as a
// refusal would name it, three words or more.
function describedIn(p: ParamSpec, text: string): boolean {
  const apostrophes = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");
  const phrase = apostrophes(p.description)
    .replace(/^for [^:]{1,40}:\s*/, '')
    .split(/[.,;:(]/)[0]!
    .replace(/^(?:the|a|an)\s+/, '')
    .trim();
  return phrase.split(/\s+/).length >= 3 && apostrophes(text).includes(phrase);
}

/** `p` is described for one value of an enum ("For move_out: …") that the refused call set otherwise. */
export function forOtherCase(p: ParamSpec, tool: ToolInfo, refused: Record<string, unknown>): boolean {
  const value = /^for ([a-z][a-z _-]{0,30}):/i.exec(p.description.trim())?.[1]?.toLowerCase();
  if (value === undefined) return false;
  return tool.params.some((q) => {
    const held = refused[q.name];
    const values = (q.enumValues ?? []).map((v) => v.toLowerCase());
    return typeof held === 'string' && values.includes(value) && held.toLowerCase() !== value;
  });
}
