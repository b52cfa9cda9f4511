// Free-text arguments (a summary, a symptom, a question): how much of the caller's line describes
// something rather than asks for it, and the line cleaned for a tool argument.
import type { ParamSpec } from './param_spec.js';
import { joinPhrases, representative } from './synonyms.js';

const STOP = new Set(
  `the a an and or but so to of in on at for with from by about is are was were be been am i me my mine you your we our it its this that
  these those there here have has had do does did can could would should will just please hi hello hey yes yeah ok okay um uh well
  like want need would get got also some any not no very really still again then than when what which who how why thanks thank`.split(
    /\s+/,
  ),
);

/** Clean free text for an argument: no leading greetings/fillers, trimmed to the schema's length. */
export function cleanText(text: string, max = 300): string {
  let t = text
    .replace(/^(?:(?:hi|hello|hey|yes|yeah|yep|ok|okay|so|well|um|uh|right|sure|alright)\b[,.!]?\s*)+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (t.length > max) t = `${t.slice(0, max - 3).replace(/\s+\S*$/, '')}...`;
  return t ? t[0]!.toUpperCase() + t.slice(1) : t;
}

// Words that make a request rather than describe a problem ("please open a ticket").
const REQUEST_WORDS = new Set(
  `open create make log file raise book schedule send report request start check look lookup find tell give show read help
  something someone anything thing just could you can will ticket case call back callback transfer put through speak talk
  person agent issue problem question query`.split(/\s+/),
);

/** Words in the utterance beyond the request itself: does it describe something? */
export function isDescriptive(text: string, requestWords: ReadonlySet<string>, minWords = 2): boolean {
  // Compare by synonym group, so "money back" counts as the word "refund" of request_refund.
  const request = new Set([...requestWords].map(representative));
  // Ids ("INV-2044") are details, not description.
  const words = joinPhrases(text.toLowerCase().replace(/\b[a-z]{0,6}-?\d[\w-]*\b/g, ' '))
    .split(/[^a-z']+/)
    .filter(
      (w) =>
        w.length >= 3 &&
        !STOP.has(w) &&
        !REQUEST_WORDS.has(w) &&
        !requestWords.has(w) &&
        !request.has(representative(w)),
    );
  return new Set(words).size >= minWords;
}

/** "hi, I'm Ann and my internet is down" → "my internet is down": the self-introduction is not the problem. */
export function withoutIntroduction(text: string): string {
  return text
    .replace(
      /^(?:(?:hi|hello|hey|yes|yeah|good (?:morning|afternoon|evening))[,.!]?\s*)*(?:(?:this is|i am|i'm|my name is|my name's|it's)\s+[a-z'-]+(?:\s+[a-z'-]+)?(?:\s+(?:here|calling|speaking|again))?\s*(?:,|\band\b|\.|$)\s*)/i,
      '',
    )
    .replace(
      // "Sam here, …" / "hi, Noor speaking and …": a name followed by an introduction word.
      /^(?:(?:hi|hello|hey|yes|yeah|good (?:morning|afternoon|evening))[,.!]?\s*)*[a-z'-]+(?:\s+[a-z'-]+)?\s+(?:here|speaking)(?:\s+again)?\s*(?:,|\band\b|\.|!|$)\s*/i,
      '',
    );
}

/** "thanks, can you open a ticket, the installer never came" → "the installer never came". */
export function describingPart(text: string, requestWords: ReadonlySet<string>): string {
  const parts = text.split(/(?<=[,;.!?])\s+|\s+(?=\bbecause\b)/);
  const start = parts.findIndex((p) => isDescriptive(p, requestWords));
  return start > 0 ? parts.slice(start).join(' ') : text;
}

/** Free text that describes the caller's situation (a summary, a symptom), not a name or a code. */
export function describesSomething(p: ParamSpec): boolean {
  return (
    p.kind === 'reason' ||
    p.verbatim ||
    /\b(?:summary|description|describe|details?|notes?|issue|problem|symptoms?|what is wrong|what'?s wrong|needs?|why|explanation|comments?|message|question|query|search)\b/i.test(
      `${p.label} ${p.description}`,
    )
  );
}
