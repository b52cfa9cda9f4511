// What a catalogue looks like to the policy, from the tools' own words: a tool that puts listed
// items in (an order, a basket), one that answers the caller's questions, and whether the caller's
// words order something or ask about it. Any app.
import { asksSomething } from '../cues.js';
import { ADDING_TOOL, ACQUIRE_CUES, REMOVE_CUES, REMOVING_TOOL, REQUEST_QUESTION } from '../lexicon/index.js';
import { humanize } from '../param_spec.js';
import type { ToolInfo } from '../tool_catalog.js';

/** What a tool says it does: its name and the first sentence of its description. */
function saysItDoes(t: ToolInfo): string {
  const first = /^(.+?[.!?])(?:\s|$)/s.exec(t.description.trim())?.[1] ?? t.description;
  return `${humanize(t.name)}. ${first}`;
}

function takesListedItem(t: ToolInfo): boolean {
  return t.kind === 'business' && t.params.some((p) => p.kind === 'enum' && p.required);
}

/** A tool that puts one of a listed set of items in (an order, a basket), by its verbs. */
export function addsItems(t: ToolInfo): boolean {
  return takesListedItem(t) && ADDING_TOOL.test(saysItDoes(t)) && !REMOVING_TOOL.test(saysItDoes(t));
}

/** A tool that takes one of a listed set of items back out, by its verbs. */
export function takesItemOut(t: ToolInfo): boolean {
  return takesListedItem(t) && REMOVING_TOOL.test(saysItDoes(t));
}

/**
 * The words order something: ordering cues, no taking out, and not a question about an item — unless
 * a sentence of its own orders after the question ("only the stew? well, I'll have the stew then").
 */
export function orders(text: string): boolean {
  if (!ACQUIRE_CUES.test(text) || REMOVE_CUES.test(text)) return false;
  if (!(asksSomething(text) && !REQUEST_QUESTION.test(text))) return true;
  return orderedPart(text) !== text;
}

/** The sentences after a question that order something ("only the stew? well, I'll have the stew"), else the whole text. */
export function orderedPart(text: string): string {
  const sentences = text.split(/(?<=[.!?])\s+/);
  const lastQuestion = sentences.findLastIndex((s) => asksSomething(s));
  if (lastQuestion < 0) return text;
  const rest = sentences.slice(lastQuestion + 1);
  return rest.some((s) => ACQUIRE_CUES.test(s)) ? rest.join(' ') : text;
}

// A tool whose description says it answers questions ("Answer a question about what Relay does",
// "Answers general questions about the company", "the FAQ") or looks things up for the caller.
const ANSWERS_QUESTIONS =
  /\banswers? (?:a |the |any |general |common )?(?:caller'?s? )?(?:\w+ )?questions?\b|\bfaqs?\b/i;
const LOOKS_UP = /\b(?:look(?:s)? up|search(?:es)?|finds?)\b/i;
const ASKED_FOR = /\b(?:question|query|search|what (?:the caller|they|you) want(?:s)? to know)\b/i;

/**
 * A business tool that answers the caller's questions in their words: an FAQ, or a lookup whose one
 * required argument is the caller's question or search.
 */
export function answersQuestions(t: ToolInfo): boolean {
  if (t.kind !== 'business' || t.params.filter((p) => p.required).length > 1) return false;
  const text = t.params.find((p) => p.kind === 'text');
  if (!text) return false;
  return (
    ANSWERS_QUESTIONS.test(t.description) ||
    (LOOKS_UP.test(t.description) && ASKED_FOR.test(`${text.label} ${text.description}`))
  );
}

/** A business tool described as answering general questions (an FAQ, "answer a general question about…"). */
export function answersGeneralQuestions(t: ToolInfo): boolean {
  return t.kind === 'business' && ANSWERS_QUESTIONS.test(t.description);
}

/** The caller asks something (a question mark, or a question's opening words), not orders it. */
export function asksQuestion(text: string): boolean {
  return asksSomething(text) && !orders(text);
}
