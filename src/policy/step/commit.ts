// The step that commits what was put together (file the claim, place the order, book the time):
// taken when the caller confirms a read-back or a proposal ("yes that's right, file it", "yup all
// good, send it in"), held back when they say so ("hold on, don't submit it yet"), and replaced by
// the way back when they amend it ("one more thing for the description"). Words are the default
// lexicon's (lexicon/commit_words.ts); tools are recognised by their own name and description.
import {
  AFFIRM_WORDS,
  AMEND_PHRASES,
  COMMIT_VERB_GROUPS,
  COMMIT_VERBS,
  DECISION_WORDS,
  DECLINE_PHRASES,
  HOLD_PHRASES,
} from '../lexicon/commit_words.js';
import { stem } from '../lexicon/stem.js';
import type { ToolInfo } from '../tool_catalog.js';
import { distinctiveWords, stemHit } from '../tool_relations.js';
import { escapeRegExp } from '../regexp.js';

const escape = (s: string) => escapeRegExp(s).replace(/'/g, "['’]?");
const anyOf = (list: readonly string[]) => new RegExp(`(?:^|[^a-z'’])(?:${list.map(escape).join('|')})(?![a-z])`, 'i');

const AFFIRM = anyOf(AFFIRM_WORDS);
const AMEND = anyOf(AMEND_PHRASES);
const HOLD = anyOf(HOLD_PHRASES);
// "put a hold on it", "place a hold on the book": a hold asked for, not "hold on" (wait).
const HOLD_AS_NOUN = /\b(?:a|the|my|another|one|that|this)\s+hold on\b/gi;
const DECLINE = anyOf(DECLINE_PHRASES);
// "not right", "isn't correct", "no good": a denial, never an affirmation.
const NEGATED_AFFIRM =
  /\b(?:not|isn['’]?t|no|wasn['’]?t|n['’]t)\s+(?:(?:quite|all|really|exactly)\s+)?(?:right|correct|good|fine|ok(?:ay)?)\b/i;
// A read-back tool: "Read the whole claim form back", "Review the order", "Summarise the booking".
const READS_BACK = /\bread\b[^.]*\bback\b|\brevie\w*|\bsummar\w*|\brepeat\w*/i;
// The agent asked whether what it read back is right (an offer to go on is a proposal: proposal.ts).
const CHECK_QUESTION =
  /\b(?:is (?:that|this|everything|it|all (?:of )?that) (?:all )?(?:right|correct|ok(?:ay)?|accurate)|(?:does|do) (?:that|this|everything|these) (?:look|sound) (?:right|good|correct)|anything (?:to )?(?:change|correct|fix))\b/i;
// A tool that waits for the caller's yes ("File the claim, once the caller has confirmed …").
const AFTER_CONFIRMATION = /\bonce the (?:caller|customer|user|patient|guest) (?:has )?(?:confirm|agree|approv)\w*/i;

const verbsIn = (text: string) =>
  COMMIT_VERBS.filter((v) => new RegExp(`\\b${v.replace(/ /g, '\\s+')}`, 'i').test(text)).map((v) => stem(v));

/** The commit verb a tool is named or described by ("submit_claim", "File the claim"), if any. */
export function commitVerbs(tool: ToolInfo): string[] {
  if (tool.kind !== 'business') return [];
  const head = tool.name.split('_')[0] ?? '';
  const first = tool.description.trim().split(/[\s,.:;]+/)[0] ?? '';
  const out = new Set<string>();
  for (const w of [head, first]) {
    const s = stem(w);
    if (COMMIT_VERBS.some((v) => stem(v) === s)) out.add(s);
  }
  if (out.size === 0 && AFTER_CONFIRMATION.test(tool.description)) out.add(stem(head));
  return [...out];
}

/**
 * The caller says a committing tool's verb on what is at hand ("book it", "sure reserve that one",
 * "go ahead and book"), not on something new ("book another car", "send me to billing") nor
 * inside a noun ("my booking"): a request for that step here.
 */
export function commitVerbSaid(text: string, tool: ToolInfo): boolean {
  const own = COMMIT_VERBS.filter((v) => commitVerbs(tool).includes(stem(v)));
  const verbs = [...own, ...COMMIT_VERB_GROUPS.filter((g) => g.some((v) => own.includes(v))).flat()];
  return verbs.some((v) =>
    new RegExp(
      `(?<!\\b(?:my|the|a|an|your|our|this|that)\\s+)\\b${v.replace(/ /g, '\\s+')}\\s*(?:(?:it|that|this|them)\\b|please\\b|[,.!?]|$)`,
      'i',
    ).test(text),
  );
}

/** Does the tool read something back for the caller to check? */
export function readsBack(tool: ToolInfo): boolean {
  return tool.kind === 'business' && READS_BACK.test(tool.description) && commitVerbs(tool).length === 0;
}

/** A line that asks the caller to check what was read back. */
export function asksToCheck(text: string): boolean {
  return CHECK_QUESTION.test(text);
}

/** The caller says it is right, or to go ahead ("yes that's right", "all good", "go ahead"). */
export function affirms(text: string): boolean {
  return AFFIRM.test(text.replace(new RegExp(NEGATED_AFFIRM.source, 'gi'), ' '));
}

/** The caller holds the committing step back ("hold on, don't submit it yet", "not yet"). */
export function holdsBack(text: string): boolean {
  return HOLD.test(text.replace(HOLD_AS_NOUN, ' ')) || commitVerbNegated(text.toLowerCase());
}

/** The caller does not want the step at all ("no need to send me anything", "no thanks"). */
export function declines(text: string): boolean {
  return DECLINE.test(text) || commitVerbNegated(text.toLowerCase());
}

/** A commit verb denied ("don't book it yet"). */
export function commitVerbNegatedIn(t: string): boolean {
  return commitVerbNegated(t.toLowerCase());
}

// A commit verb after one of these is a noun ("he's not on the file", "not my booking").
const AS_NOUN = String.raw`(?<!\b(?:the|a|an|my|your|our|his|her|its|their|this|that)\s+)`;

function commitVerbNegated(t: string): boolean {
  return COMMIT_VERBS.some((v) =>
    new RegExp(`\\b(?:don['’]?t|do not|never|not)\\s+(?:\\w+\\s+){0,2}?${AS_NOUN}${v.replace(/ /g, '\\s+')}`, 'i').test(
      t,
    ),
  );
}

/** The caller amends what was read back ("one more thing for the description", "the date is wrong"). */
export function amends(text: string): boolean {
  return AMEND.test(text) || NEGATED_AFFIRM.test(text);
}

/**
 * The committing tool the caller's words ask for, among tools not yet done: the one whose commit
 * verb or own words they said ("file it", "refund it"); with only a yes ("all good, go ahead"),
 * the single committing tool there is.
 */
export function committingTool(text: string, tools: readonly ToolInfo[]): ToolInfo | undefined {
  const committing = tools.filter((t) => commitVerbs(t).length > 0);
  if (committing.length === 0) return undefined;
  const named = committing.filter((t) => namesCommit(text, t));
  if (named.length === 1) return named[0];
  if (named.length > 1) return undefined;
  return committing.length === 1 ? committing[0] : undefined;
}

/** The caller asks for this tool in so many words ("submit it please", "refund it"), not only a yes. */
export function namesCommit(text: string, tool: ToolInfo): boolean {
  const said = verbsIn(text);
  const named =
    commitVerbs(tool).some((v) => said.includes(v)) ||
    distinctiveWords(tool).some((w) => !COMMIT_VERBS.includes(w) && stemHit(text, w));
  return named && !commitVerbNegated(text.toLowerCase());
}

/** A transfer meant for correcting details ("The caller wants to correct a detail before …"). */
export function amendsBy(tool: ToolInfo): boolean {
  return (
    (tool.kind === 'handoff' || tool.kind === 'call') &&
    /\b(?:correct|change|fix|amend|update|edit)\w*\b/i.test(tool.description)
  );
}

const DECIDES = anyOf(DECISION_WORDS);

/** A tool that commits, or records the caller's decision: the same call again changes nothing. */
export function recordsDecision(tool: ToolInfo): boolean {
  return commitVerbs(tool).length > 0 || DECIDES.test(`${tool.name.replace(/_/g, ' ')} ${tool.description}`);
}
