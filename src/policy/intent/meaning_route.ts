// The desk a request is for by what it means, when nothing surer placed it: the caller's words
// (everyday phrases read as the words desks use, word groups, word forms) against what each desk
// is described as doing — a transfer's "when" text and examples, and what its target agent's
// tools handle (their names, descriptions and listed values); the escalation's "when" text. A word
// several desks name counts for each in part. Clear winners are routed; two close desks are asked
// about in one question.
import { contentWords, requestHead } from '../intent_classifier.js';
import { answersGeneralQuestions } from './catalogue.js';
import {
  DESK_NOISE,
  EMERGENCY_CUES,
  GENERIC_WORDS,
  PROBLEM_CUES,
  WANT_CUES,
  ASKS_IF_NEEDED,
  ASKS_HOW_MUCH,
  requestShaped,
  stem,
  withMeaningPhrases,
} from '../lexicon/index.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';
import { representative } from '../synonyms.js';
import type { ToolInfo } from '../tool_catalog.js';

export interface DeskScore {
  tool: ToolInfo;
  score: number;
}

/** The words of a text that can tell desks apart, as group representatives and stems. */
export function meaningWords(text: string): Set<string> {
  const words = contentWords(withMeaningPhrases(text))
    .filter((w) => w.length > 1 && !/\d/.test(w) && !DESK_NOISE.has(w) && !GENERIC_WORDS.has(w))
    .map((w) => representative(w.replace(/'s?$/, '')))
    .filter((w) => !DESK_NOISE.has(w))
    // A doubled last letter falls either way in the stemmer ("refill" / "refilled"): one form.
    .map((w) => stem(w).replace(/([b-df-hj-np-tv-z])\1$/, '$1'));
  return new Set(words);
}

const bags = new WeakMap<ToolInfo, Set<string>>();

/** What a desk is described as doing, as meaning words. */
export function deskWords(tool: ToolInfo): Set<string> {
  const known = bags.get(tool);
  if (known) return known;
  // "Transfer the caller to the X agent. Use when: …" / "Escalate to a human operator. …": the when.
  const when =
    tool.description.split(/Use when:/i)[1] ??
    (tool.kind === 'escalation' ? tool.description.replace(/^[^.]*\.\s*/, '') : tool.description);
  // Examples hold names ("Biscuit's appointment"): capitalised words are left out.
  const examples = tool.examples.map((e) => e.replace(/\b[A-Z][\w’']*/g, ' '));
  const bag = new Set<string>();
  for (const text of [when, ...examples, ...tool.scope]) for (const w of meaningWords(text)) bag.add(w);
  bags.set(tool, bag);
  return bag;
}

/** Desks ranked by how much of the line's meaning each one's description names, best first. */
export function rankDesks(text: string, desks: readonly ToolInfo[]): DeskScore[] {
  const scores = new Map<ToolInfo, number>();
  for (const w of meaningWords(text)) {
    const having = desks.filter((d) => deskWords(d).has(w));
    for (const d of having) scores.set(d, (scores.get(d) ?? 0) + 1 / having.length);
  }
  return [...scores]
    .map(([tool, score]) => ({ tool, score }))
    .filter((s) => s.score > 0)
    .sort((x, y) => y.score - x.score);
}

/** The first desk of a ranking leads the next by the margin that makes it the line's meaning alone. */
export function leadsClearly([best, second]: readonly DeskScore[]): boolean {
  return best !== undefined && (!second || best.score >= second.score * POLICY_THRESHOLDS.meaningLead);
}

/** The desk among `desks` the line's meaning clearly names, if one does. */
export function clearDesk(text: string, desks: readonly ToolInfo[]): ToolInfo | undefined {
  const ranked = rankDesks(text, desks);
  return leadsClearly(ranked) ? ranked[0]!.tool : undefined;
}

/**
 * The one desk among `desks` whose description names the trouble the line reports ("my bag got
 * lost … booking W6GZ9K" between the desk for lost bags and the bookings desk: "lost" is only the
 * first one's word), when the rest of the line's words name several desks alike.
 */
export function troubleDesk(text: string, desks: readonly ToolInfo[]): ToolInfo | undefined {
  const said = [...text.toLowerCase().matchAll(new RegExp(PROBLEM_CUES.source, 'gi'))].map((m) => m[0]);
  const words = new Set(said.flatMap((w) => [...meaningWords(w)]));
  const naming = desks.filter((d) => [...words].some((w) => deskWords(d).has(w)));
  return naming.length === 1 ? naming[0] : undefined;
}

/** Where a request-shaped line goes by meaning: one desk, two to ask between, or nowhere. */
export type MeaningRoute = { tool: ToolInfo } | { options: [ToolInfo, ToolInfo] } | undefined;

/**
 * The desk (a transfer, or the escalation) a request-shaped line means, among `tools`: a clear
 * winner, or the two closest to ask between (never the escalation: a person is not one side of a
 * guess). `least`: how much of the line's meaning the winner must name.
 */
export function routeByMeaning(
  text: string,
  tools: readonly ToolInfo[],
  least: number = POLICY_THRESHOLDS.meaningMin,
): MeaningRoute {
  if (!requestShaped(text)) return undefined;
  // A person only for trouble ("my dog chewed a book", "smoke from the engine"), not for a word
  // their "when" text happens to name ("a large refund").
  const trouble = PROBLEM_CUES.test(text) || EMERGENCY_CUES.test(text);
  const desks = tools.filter(
    (t) =>
      ((t.kind === 'handoff' || t.kind === 'call') && t.ready?.() !== false) || (t.kind === 'escalation' && trouble),
  );
  const ranked = rankDesks(text, desks);
  const [best, second] = ranked;
  if (!best) return undefined;
  if (!second || leadsClearly(ranked)) return best.score >= least ? { tool: best.tool } : undefined;
  // Two desks name the line alike (a word both name is half a word each): ask between them.
  const side = (t: ToolInfo) => t.kind === 'handoff' || t.kind === 'call';
  // Unless the head of the request ("sign up" in "I wanted to sign up for the book club") is one
  // desk's work alone: what is wanted outweighs a word that only says which one.
  const byHead = side(best.tool) && side(second.tool) ? headDesk(text, [best.tool, second.tool]) : undefined;
  if (byHead && best.score >= least * POLICY_THRESHOLDS.meaningAskShare) return { tool: byHead };
  return side(best.tool) && side(second.tool) && best.score >= least * POLICY_THRESHOLDS.meaningAskShare
    ? { options: [best.tool, second.tool] }
    : undefined;
}

/** Of two desks, the one alone whose work names a word of the request's head, if one is. */
function headDesk(text: string, desks: readonly ToolInfo[]): ToolInfo | undefined {
  const head = meaningWords(requestHead(text).join(' '));
  const naming = desks.filter((d) => [...head].some((w) => deskWords(d).has(w)));
  return naming.length === 1 ? naming[0] : undefined;
}

/**
 * "I want to book my rabbit in with Dr Lindqvist for a checkup" leaned to the desk that answers
 * general questions (it knows the vets and the checkup's price): a line that wants something done,
 * with no question in it, goes where its meaning plainly says instead.
 */
export function meantInstead(text: string, tool: ToolInfo, tools: readonly ToolInfo[]): ToolInfo | undefined {
  // "… or do I need to book": a need asked about, not said; so "how many bags can I check".
  if (
    !answersGeneralQuestions(tool) ||
    text.includes('?') ||
    !WANT_CUES.test(text) ||
    ASKS_IF_NEEDED.test(text) ||
    ASKS_HOW_MUCH.test(text)
  )
    return undefined;
  const route = routeByMeaning(text, tools, POLICY_THRESHOLDS.meaningOverQuestion);
  return route && 'tool' in route && (route.tool.kind === 'handoff' || route.tool.kind === 'call')
    ? route.tool
    : undefined;
}
