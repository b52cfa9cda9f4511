// Understanding one utterance on its own: the caller's words without injected text, their values,
// the intent scores, frustration and whether it is a goodbye. No conversation state.
import {
  afterOpeningClosing,
  detectFrustration,
  isGoodbye,
  isNoise,
  stripInjection,
  type Frustration,
} from '../cues.js';
import { contentWords, type IntentClassifier, type IntentScore } from '../intent_classifier.js';
import { findPlace, prepareUtterance, type Utterance } from '../slots/index.js';
import { withoutIntroduction } from '../free_text.js';
import { escapeRegExp } from '../regexp.js';
import { sentencesOf } from '../sentences.js';
import {
  ASIDE_OPENER,
  EMAIL_INTRO,
  QUESTION_OPENER,
  QUESTION_PREFACE,
  WANT_CUES,
  YES_NO_QUESTION,
} from '../lexicon/index.js';
import { STARTING_ON } from '../lexicon/time_words.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';

export interface Analysis {
  /** Content words in the utterance (function words and values left out). */
  words: number;
  u: Utterance;
  /** The caller's words with any system-directed text removed. */
  text: string;
  injected: boolean;
  noise: boolean;
  scores: IntentScore[];
  frustration: Frustration;
  goodbye: boolean;
}

const LEADING_CHATTER =
  /^(?:(?:yes|yeah|yep|yup|sure|ok|okay|please|thanks|thank you|cheers|no|nope|hi|hello|hey|well|so|alright|all right|great|perfect|cool|right|and|also|um|uh|oh)\b[,.!]?\s*)+/i;

// "in two months, actually no, make it four": a "no" between commas mid-line takes back a value
// the caller just said; it does not refuse anything, so the classifier does not read it.
const CORRECTING_NO = /,\s*(?:(?:sorry|wait|actually|oh|uh|um)\s+no|no(?:\s+(?:sorry|wait|actually|no))?)\s*,\s*/gi;

/** Analyse one utterance for one classifier (pure: the policy memoises it, as history is replayed every turn). */
export async function analyseUtterance(classifier: IntentClassifier, raw: string): Promise<Analysis> {
  const { text: said, injected } = stripInjection(raw);
  // "starting next wednesday" says when, read as "from": no request that a car "won't start".
  const text = said.replace(STARTING_ON, 'from');
  const u = prepareUtterance(text);
  // Values (emails, ids, numbers) and self-introductions are noise to the intent classifier:
  // classify the words around them. A leading "yes please" / "thanks" is classified apart, so
  // "yes please open a ticket" is about the ticket.
  const place = findPlace(u)?.value;
  // "my email is …" says who the caller is, not what they want (an email follow-up is a request).
  const forIntent = withoutIntroduction(u.norm)
    .replace(EMAIL_INTRO, ' ')
    .replace(place ? new RegExp(`\\b${escapeRegExp(place)}\\b`, 'gi') : /$^/, ' ')
    .replace(/[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi, ' ')
    .replace(/\b[A-Za-z]{0,6}-?\d[\d-]*\b/g, ' ')
    .replace(CORRECTING_NO, ', ')
    .replace(QUESTION_PREFACE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "done, that's all, pay at pickup": the request after the closing phrase is what is asked.
  // "oh and while I've got you, …": the aside that opens a further request is no part of it.
  const stripped = forIntent.replace(LEADING_CHATTER, '').replace(ASIDE_OPENER, '').replace(LEADING_CHATTER, '').trim();
  const core = afterOpeningClosing(stripped) ?? stripped;
  let scores = await classifier.classify(forIntent);
  if (core !== forIntent && core.split(/\s+/).length >= 2) {
    const coreScores = await classifier.classify(core);
    if (coreScores[0] && !coreScores[0].intent.startsWith('__') && coreScores[0].intent !== 'None') scores = coreScores;
  }
  scores = await withRequestSentence(classifier, core || forIntent, scores);
  const analysis: Analysis = {
    words: contentWords(core || forIntent).filter((w) => /[a-z]/.test(w)).length,
    u,
    text,
    injected,
    noise: isNoise(text),
    scores,
    frustration: detectFrustration(text),
    goodbye: isGoodbye(text),
  };
  return analysis;
}

const topTool = (scores: IntentScore[]) => scores.find((s) => !s.intent.startsWith('__') && s.intent !== 'None');

/** Where a clause of the caller's own request starts: "…, and I want to", "… but can you". */
// Also a question or an aside after background ("it's a cut cable, fine, but while I have you,
// what do I owe on my bill").
const REQUEST_CLAUSE =
  /,?\s+(?:and|but|so)\s+(?=(?:i|we|i'd|i'm|can|could|would|please|what|how|why|where|which|while|by the way)\b)/i;

/**
 * Background, then the request ("I'm at work so I can't try anything. Can somebody call me back
 * tomorrow?"): the words of the background dilute the request's. When a later sentence asks for a
 * tool more surely on its own than the whole line does, that sentence's ranking is the line's.
 */
async function withRequestSentence(
  classifier: IntentClassifier,
  text: string,
  scores: IntentScore[],
): Promise<IntentScore[]> {
  // Later sentences, and later clauses of one sentence that start the caller's own request
  // ("my grandson ordered me a box and I want to know if it ever arrived").
  // Only after background: a first clause that already asks ("six bikes that need a service, can we
  // book them in") is part of the request, not background to it.
  const pieces = sentencesOf(text).flatMap((s) => {
    const clauses = s.split(REQUEST_CLAUSE);
    return clauses.length > 1 && !WANT_CUES.test(clauses[0]!) ? clauses : [s];
  });
  const sentences = pieces.filter((s) => contentWords(s).length >= POLICY_THRESHOLDS.requestSentenceWords);
  const whole = topTool(scores);
  const asked = await yesNoQuestion(classifier, text, whole?.score ?? 0);
  if (asked) return asked;
  if (whole && scores[0] === whole && whole.score >= POLICY_THRESHOLDS.minConfidence) return scores;
  const later = await bestPiece(classifier, sentences.slice(1), scores, whole?.score ?? 0, false);
  return withRequestClause(classifier, text, later.best, later.score);
}

/**
 * A statement, then a yes/no question ("my power's gone off, is there a cut in my area"): the
 * statement's words (a fault) may rank a tool confidently, but the caller asks whether, and the
 * question's own ranking is the line's when it ranks a tool first, surely, and above the whole line.
 */
async function yesNoQuestion(
  classifier: IntentClassifier,
  text: string,
  score: number,
): Promise<IntentScore[] | undefined> {
  for (const s of sentencesOf(text)) {
    const clauses = s.split(/,\s+/);
    const at = clauses.findIndex((c, i) => i > 0 && YES_NO_QUESTION.test(c.trim()));
    if (at < 1) continue;
    const before = clauses.slice(0, at).join(', ').replace(LEADING_CHATTER, '');
    if (WANT_CUES.test(before) || QUESTION_OPENER.test(before)) continue;
    const own = await classifier.classify(clauses.slice(at).join(', '));
    const top = topTool(own);
    if (top && own[0] === top && top.score >= POLICY_THRESHOLDS.minConfidence && top.score > score) return own;
    // "my boiler's not getting gas, is there work going on": the question's words rank nothing
    // surely, but it asks whether, and the one tool that checks whether there is something is
    // what it asks for, when the whole line ranks no tool surely either.
    const checker = own.find((x) => x.intent === classifier.checksWhether);
    // It takes the question's strongest score; the rest (words that said nothing sure) rank after it.
    if (checker && score < POLICY_THRESHOLDS.minConfidence) {
      const strongest = Math.max(POLICY_THRESHOLDS.minConfidence, ...own.map((x) => x.score));
      const rest = own.filter((x) => x !== checker).map((x) => ({ ...x, score: Math.min(x.score, strongest / 2) }));
      return [{ ...checker, score: strongest }, ...rest];
    }
  }
  return undefined;
}

/**
 * The request, then what it is about in clauses of names and details ("can you put atomic habits
 * on hold for me at central, card rp 4821, surname gonzalez"): titles, names and card numbers no
 * tool knows dilute the request's words. An opening clause that asks ("can you…", "I'd like…") and
 * ranks a tool surely on its own is the line's ranking.
 */
async function withRequestClause(
  classifier: IntentClassifier,
  text: string,
  scores: IntentScore[],
  score: number,
): Promise<IntentScore[]> {
  if (score >= POLICY_THRESHOLDS.minConfidence) return scores;
  const clauses = text
    .split(/,\s+/)
    .map((c) => c.replace(LEADING_CHATTER, '').trim())
    .filter((c) => contentWords(c).length >= POLICY_THRESHOLDS.requestSentenceWords);
  if (clauses.length < 2) return scores;
  // Only the opening clause: a later one is a second request of the same breath, or a detail.
  return (await bestPiece(classifier, clauses.slice(0, 1), scores, score, true)).best;
}

/**
 * Of the pieces that ask (a question, or words of wanting), the one whose own top tool ranks above
 * `score`: its ranking, else `scores`. `sure`: only a piece that ranks a tool first and confidently.
 */
async function bestPiece(
  classifier: IntentClassifier,
  pieces: readonly string[],
  scores: IntentScore[],
  score: number,
  sure: boolean,
): Promise<{ best: IntentScore[]; score: number }> {
  let best = scores;
  let bestScore = score;
  for (const said of pieces) {
    const piece = said.replace(ASIDE_OPENER, '');
    if (!piece.includes('?') && !WANT_CUES.test(piece) && !QUESTION_OPENER.test(piece)) continue;
    const own = await classifier.classify(piece);
    const top = topTool(own);
    if (!top || top.score <= bestScore) continue;
    if (sure && (own[0] !== top || top.score < POLICY_THRESHOLDS.minConfidence)) continue;
    best = own;
    bestScore = top.score;
  }
  return { best, score: bestScore };
}
