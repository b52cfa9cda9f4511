// End-of-turn prediction from the caller's words, for English. The framework asks a turn detector
// "has the caller finished?" when the VAD hears silence; a low answer makes it wait the long
// endpointing delay instead of the short one. People pause mid-sentence in predictable places —
// after "my number is", "I'd like to book it for", "and", a half-read phone number — and those are
// visible in the transcript. Rules, not a model: deterministic, ~10 µs a call, no weights.
import type { LanguageCode, llm } from '@livekit/agents';
import { UNITS } from '../spoken/number_words.js';

/** Probability returned when the words plainly continue ("…for", "…and", "my number is"). */
export const UNFINISHED_PROBABILITY = 0.05;
/** Probability for a transcript that reads as finished. */
export const FINISHED_PROBABILITY = 0.95;
/** Below this the framework waits `endpointing.maxDelay`. */
export const TRANSCRIPT_UNLIKELY_THRESHOLD = 0.5;

// Words a sentence does not end on when the speaker has finished.
const TRAILING_CONTINUATIONS = new Set(
  [
    // prepositions
    'about after at before between by for from in into of on onto over than through to under until with without',
    // conjunctions and connectives
    'and because but if nor or since so that then though unless whereas whether which while who whose',
    // determiners and possessives
    'a an another any each every her his its my no our some that the their these this those your',
    // subject pronouns and auxiliaries / copulas that need a complement
    "am are be been being can could did do does had has have he i i'd i'll i'm is it's just may might must shall she should they was we were will would you",
    // fillers
    'uh um er erm hmm like',
    // lead-ins to a value ("it is called", "named", "spelled"). Nouns such as "number", "email" or
    // "address" are not here: "I need to change my address" is finished; "my email is" ends on "is".
    'is called named spelled',
  ]
    .join(' ')
    .split(' '),
);

// Words that close a sentence even though they are on the list above in other uses
// ("that's all for today", "yes that is it").
const CLOSING_PHRASES = [/\b(that'?s (it|all|everything)|that is (it|all))$/, /\b(thanks|thank you|bye|goodbye)$/];

// Words for a single digit, as callers read numbers out ("oh" and "nought" for zero).
const DIGIT_WORDS: ReadonlySet<string> = new Set(Object.keys(UNITS));

/** How many digits the caller has said at the end of the transcript ("four one five" → 3, "415 55" → 5). */
function trailingDigitCount(words: readonly string[]): number {
  let count = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (/^\d+$/.test(w)) count += w.length;
    else if (DIGIT_WORDS.has(w)) count += 1;
    else if (w === 'double' || w === 'triple') continue;
    else break;
  }
  return count;
}

// How many digits a value read aloud has at least, by what the caller said it is. Order numbers,
// ids and amounts vary in length, so only these are judged.
const NUMBER_LENGTHS: readonly { cue: RegExp; digits: number }[] = [
  { cue: /\b(phone|mobile|cell|call me|reach me|call back|callback|text me)\b/, digits: 10 },
  { cue: /\b(card)\b/, digits: 12 },
  { cue: /\b(account)\b/, digits: 6 },
  // "my number is…" on a call is a phone number.
  { cue: /\b(my number|number is|number's)\b/, digits: 10 },
];

/** True when the caller is reading out a number that is not finished yet (a phone number of 3–9 digits). */
function midNumber(words: readonly string[]): boolean {
  const digits = trailingDigitCount(words);
  if (digits === 0) return false;
  // The cue is in the few words before the digits ("my number is", "call me back on").
  const numberStart =
    words.length -
    words
      .slice()
      .reverse()
      .findIndex((w) => !/^\d+$/.test(w) && !DIGIT_WORDS.has(w));
  const before = words.slice(Math.max(0, numberStart - 7), numberStart).join(' ');
  if (/\b(order|invoice|ticket|reference|room|table|apartment|suite|flat)\b/.test(before)) return false;
  const expected = NUMBER_LENGTHS.find((n) => n.cue.test(before));
  return expected !== undefined && digits < expected.digits;
}

/** Words of the text, lower-case, with punctuation other than apostrophes removed. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** Probability that `text` is a finished turn (see {@link TranscriptTurnDetector}). */
export function endOfTurnProbability(text: string): number {
  const trimmed = text.trim();
  if (!trimmed) return FINISHED_PROBABILITY; // nothing to judge: let the short delay apply
  if (/(\.\.\.|…|,|-)$/.test(trimmed)) return UNFINISHED_PROBABILITY;
  const w = words(trimmed);
  const joined = w.join(' ');
  if (CLOSING_PHRASES.some((re) => re.test(joined))) return FINISHED_PROBABILITY;
  if (midNumber(w)) return UNFINISHED_PROBABILITY;
  const last = w.at(-1);
  if (last && TRAILING_CONTINUATIONS.has(last)) {
    // A one-word answer is finished whatever the word ("this one"? no — "that", "yes it is").
    if (w.length === 1 && !['and', 'um', 'uh', 'er', 'erm', 'so', 'but', 'because'].includes(last)) {
      return FINISHED_PROBABILITY;
    }
    return UNFINISHED_PROBABILITY;
  }
  return FINISHED_PROBABILITY;
}

/** The text of the caller's current turn: the user messages after the last agent message. */
export function currentUserTurn(chatCtx: llm.ChatContext): string {
  const parts: string[] = [];
  for (let i = chatCtx.items.length - 1; i >= 0; i--) {
    const item = chatCtx.items[i]!;
    if (item.type !== 'message') continue;
    if (item.role === 'assistant') break;
    if (item.role === 'user') parts.unshift(item.textContent ?? '');
  }
  return parts.join(' ');
}

/**
 * A text end-of-turn detector for `AgentSession({ turnHandling: { turnDetection } })`.
 * It implements the framework's text detector contract (the one `@livekit/agents-plugin-livekit`'s
 * model uses) with rules, so it needs no weights and runs offline. English only:
 * `supportsLanguage` is false for other languages, and the framework then uses the short delay.
 */
export class TranscriptTurnDetector {
  readonly model = 'switchboard-transcript-eot';
  readonly provider = 'switchboard';

  async unlikelyThreshold(language?: LanguageCode): Promise<number | undefined> {
    return (await this.supportsLanguage(language)) ? TRANSCRIPT_UNLIKELY_THRESHOLD : undefined;
  }

  async supportsLanguage(language?: LanguageCode): Promise<boolean> {
    return language === undefined || String(language).toLowerCase().startsWith('en');
  }

  async predictEndOfTurn(chatCtx: llm.ChatContext): Promise<number> {
    return endOfTurnProbability(currentUserTurn(chatCtx));
  }
}
