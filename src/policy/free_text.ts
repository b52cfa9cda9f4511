// Free-text arguments (a summary, a symptom, a question): how much of the caller's line describes
// something rather than asks for it, and the line cleaned for a tool argument.
import type { ParamSpec } from './param_spec.js';
import { joinPhrases, representative } from './synonyms.js';
import { escapeRegExp } from './regexp.js';
import { CHATTER_WORDS, ENUM_SYNONYMS } from './lexicon/index.js';

const STOP = new Set(
  `the a an and or but so to of in on at for with from by about is are was were be been am i me my mine you your we our it its this that
  these those there here have has had do does did can could would should will just please hi hello hey yes yeah ok okay um uh well
  like want need would get got also some any not no very really still again then than when what which who how why thanks thank
  i'd i'll i'm i've we'd we'll we're we've you'd you'll it's that's there's let's`.split(/\s+/),
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
      /^(?:(?:hi|hello|hey|yes|yeah|good (?:morning|afternoon|evening))[,.!]?\s*)*(?:(?:this is|i am|i'm|my name is|my name's|it's)\s+(?!(?:a|an|the|my|our|your|his|her|their)\b)[a-z'-]+(?:\s+[a-z'-]+)?(?:\s+(?:here|calling|speaking|again))?\s*(?:,|\band\b|\.|$)\s*)/i,
      '',
    )
    .replace(
      // "Sam here, …" / "hi, Noor speaking and …": a name followed by an introduction word.
      /^(?:(?:hi|hello|hey|yes|yeah|good (?:morning|afternoon|evening))[,.!]?\s*)*[a-z'-]+(?:\s+[a-z'-]+)?\s+(?:here|speaking)(?:\s+again)?\s*(?:,|\band\b|\.|!|$)\s*/i,
      '',
    );
}

/** "it's a Hayter" → "Hayter": the lead-in of a short answer naming a thing, when something follows it. */
export function withoutAnswerLead(text: string): string {
  const rest = text.replace(/^(?:it'?s|it is|that'?s|that is|they'?re|they are)\s+(?:an?|the)?\s*/i, '');
  return rest.trim() ? rest.charAt(0).toUpperCase() + rest.slice(1) : text;
}

/**
 * The text without its pieces of social chatter ("hello? oh good, a person. well, a computer. , dear"
 * → ""): a piece between punctuation made only of chatter words says nothing the caller needs.
 */
export function withoutChatter(text: string): string {
  // Cut only at punctuation before a space or the end: "ann.lee@example.com" stays whole.
  const pieces = text.match(/.+?(?:[.?!,;]+(?=\s|$)|$)/g) ?? [];
  return pieces
    .filter((p) => {
      const words = p.toLowerCase().match(/[a-z']+/g);
      return words !== null && !words.every((w) => CHATTER_WORDS.has(w));
    })
    .map((p) => p.trim())
    .join(' ')
    .replace(/^[\s.?!,;]+|[,;]\s*$/g, '')
    .trim();
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

// An optional argument whose description says what leaving it out means ("Leave out to renew
// everything", "omit for all"): it picks one thing out of several.
const LEAVE_OUT =
  /\b(?:leave (?:it |this )?(?:out|empty|blank)|omit(?:ted)?|leave unset|if not given|if (?:left )?(?:out|empty))\b/i;

export function picksOne(p: ParamSpec): boolean {
  return !p.required && LEAVE_OUT.test(p.description);
}

// "my books", "all of them", "everything", "the lot": the whole set, not one thing out of it.
const WHOLE_SET =
  /\b(?:all(?: of)?(?: (?:my|the|our|them|those|these))?|every(?:thing| one| single one)?|both|the lot|(?:my|our|the|these|those) \w+s)\b/gi;

// "everything", "all of it", "the whole lot": the whole set said outright (not "my books").
const WHOLE_SET_OUTRIGHT =
  /\b(?:everything|every one|all of (?:it|them|those|these)|the (?:whole )?lot|all (?:my|our) \w+s)\b/i;

/** Words naming one particular thing beyond the request and the whole set ("renew The Night Circus"). */
export function namesOneThing(text: string, requestWords: ReadonlySet<string>): boolean {
  // "renew everything on my card, card 3307, Okafor": the rest are details, not a thing named.
  if (WHOLE_SET_OUTRIGHT.test(text)) return false;
  return isDescriptive(text.replace(WHOLE_SET, ' '), requestWords, 1);
}

// An argument that names what to find or act on (a title, an author, search keywords, a query).
// Also a thing's own name ("the event number or the event's name").
const NAMES_A_THING =
  /\b(?:title|author|keywords?|search(?: terms?)?|query|look(?:ing)? up|find|(?:its|the [a-z]+['\u2019]s) name)\b/i;

export function namesAThing(p: ParamSpec): boolean {
  return NAMES_A_THING.test(`${p.label} ${p.description}`) && !/\b(?:question|problem|issue|describ)/i.test(p.label);
}

// The frame a name is said in: "do you have …", "I'm looking for …", "anything by …", "… please".
const NAME_FRAME_START =
  /^(?:(?:(?:can|could|would|will) you(?: please)?|please|i(?: want| need| would like|'d like|'d love| wanna)(?: to)?|(?:can|could|may) (?:i|we)) (?:sign|put|book|register|enrol|enroll|add|get|reserve|hold|join|save)(?: (?:me|us|myself|ourselves|them|him|her|my \w+))?(?: (?:up|in|down))?(?: (?:for|on|to|into|at))?(?= )|(?:do|does|did|would|could|can|will) (?:you guys|you all|you folks|you|ya|y'all|the library|the shop|the store|we) (?:have|has|got|carry|stock|sell|find|check|search|look up|look for|renew|get|hold|reserve|order)(?: (?:any|a|an|the|some|copies of|a copy of)(?![a-z']))?|(?:have|has) (?:you|ya) got(?: (?:any|a|an|the)(?![a-z']))?|is there(?: (?:a|an|any)(?![a-z']))?|(?:is|are) (?=.+ (?:available|in stock|on the shelf|in)[\s,.?!]*(?:right now|today|at the moment)?[\s,.?!]*(?:$|[?.!]))|are there(?: any)?|(?:can|could|may) (?:i|we)(?: also| just| please)? (?:get|have|put|place|borrow|reserve|hold|order|book)(?: (?:a|an) (?:hold|reservation|order) (?:on|for))?(?: (?:any|a|an|the|some)(?![a-z']))?|(?:(?:put|place)\s+)?(?:a|an)\s+(?:hold|reservation)\s+(?:on|for)(?![a-z'])|(?:put|place)(?= )|(?:what|how) about|i'?m (?:looking|searching) for|i am (?:looking|searching) for|looking for|i(?: want| need| would like|'d like)(?: to (?:\w+))?|(?:anything|something|stuff|books?|titles?) (?:by|from|about|on|called)|(?:a|the) (?:book|title|film|movie) called|(?:just|please|so|um|uh|oh|hi|hey|ok(?:ay)?|yes|yeah|well|and|also|then)\b)[\s,]*/i;
const NAME_FRAME_END =
  /[\s,]*(?:please|thanks?|thank you|by any chance|(?:in stock|available|on the shelf)(?: (?:on|as|in|at) [a-z0-9' ]+)?|for me|at all|right now|today|at the moment|(?<=\S) in|(?<=\S) then|\?|\.|!)+$/i;

const NAME_CLAUSE_END =
  /\s*(?:,|;|\s-\s)\s*(?:(?:and|but|because|since|as|so|cause)\s+)?(?:not\b|(?:is|are|do|does|can|could|will|would|have|has)\s+(?:there|it|they|you|that|this|one)\b|(?:can|could|may)\s+(?:i|we)\b|(?:the|that)\s+(?:[a-z0-9'-]+\s+){1,4}(?:one|version|edition|copy)\b|i\b|i'm\b|i'll\b|i've\b|i'd\b|we\b|we're\b|we'll\b|it's\b|that's\b|they\b|he\b|she\b|my\b|our\b).*$/i;

// "… for me and two friends", "… for the two of us", "… with my kids": who it is for, after the name.
const FOR_WHOM =
  /\s+(?:for|with)\s+(?:me|us|myself|him|her|them|the (?:two|three|four|five) of us|my\s+\w+|(?:a )?(?:couple|few)|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b.*$/i;
// "… tomorrow", "… on saturday morning", "… next week": when, after the name.
const TRAILING_WHEN =
  /(?<=\S)\s+(?:(?:this|next|on|for)\s+)?(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|week)(?:\s+(?:morning|afternoon|evening|night))?[\s,.!?]*$/i;

/**
 * The name in a request ("do you have Project Hail Mary?" → "Project Hail Mary", "just renew The
 * Night Circus please" → "The Night Circus"): the frames around it and the request words before it
 * are dropped; the line itself when nothing is left.
 */
export function namedPart(text: string, requestWords: ReadonlySet<string>): string {
  let t = requestSentence(text, requestWords)
    // ", I'm bringing the others back", ", not the film": a new clause, or what it is not, ends the name.
    .replace(NAME_CLAUSE_END, '')
    // "the résumé workshop for me and two friends", "story time tomorrow": whom and when are no part of it.
    .replace(FOR_WHOM, '')
    // "X instead, pickup at eastside": what comes after "instead" is no part of the name.
    .replace(/\s+(?:on hold|aside|instead)\b.*$/i, '')
    .replace(TRAILING_WHEN, '')
    .trim();
  for (let i = 0; i < 10; i += 1) {
    const before = t;
    // The opening frame first ("hi, um, is X in?"): its look-ahead may need the end still there.
    const opened = t.replace(NAME_FRAME_START, '');
    t = opened !== t ? opened : t.replace(NAME_FRAME_END, '');
    const first = /^([a-z']+)[\s,]+/i.exec(t);
    if (first && requestWords.has(first[1]!.toLowerCase())) t = t.slice(first[0].length);
    if (t === before) break;
  }
  return t.trim() || text.trim();
}

/**
 * Of several sentences, the last one that asks with the tool's own words ("fine, I'll finish the
 * first one. can I also reserve the green one" → the second): what came before answered the agent.
 */
const LEADING_FILLER = /^(?:(?:so|and|also|oh|ok(?:ay)?|well|then|fine|right)\b[,.!]?\s*)+/i;

export function requestSentence(text: string, requestWords: ReadonlySet<string>): string {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((x) => x.trim());
  if (sentences.length < 2) return text;
  const asks = sentences.filter(
    (x) =>
      x
        .toLowerCase()
        .split(/[^a-z']+/)
        .some((w) => requestWords.has(w)) || NAME_FRAME_START.test(x.trim().replace(LEADING_FILLER, '')),
  );
  return asks.length > 0 ? asks[asks.length - 1]! : text;
}

/**
 * A name without the kinds another argument took from the same words ("the hail mary audiobook"
 * with format "audiobook" → "the hail mary"): the kind narrows the search, it is not in the name.
 */
export function withoutChosenKinds(text: string, specs: readonly ParamSpec[], values: Record<string, unknown>): string {
  let out = text;
  for (const q of specs) {
    const v = values[q.name];
    if (typeof v !== 'string' || !q.enumValues?.includes(v)) continue;
    const word = v.replace(/[_-]+/g, ' ').trim();
    if (word.length < 2) continue;
    // The value's everyday words too ("the dune movie" with format "dvd" → "the dune").
    const words = [word, ...(ENUM_SYNONYMS[word.toLowerCase()] ?? []).filter((w) => w.length >= 4)];
    for (const w of words)
      out = out.replace(
        // "the ebook version": the kind with the word naming it as a kind.
        new RegExp(
          `\\s*\\b(?:(?:on|as|in) )?(?:(?:an?|the) )?${escapeRegExp(w)}s?\\b(?: (?:version|edition|copy|format)\\b)?`,
          'gi',
        ),
        '',
      );
  }
  return out.trim() || text;
}

// A name that only points back at something ("it", "that one", "the same one").
export const POINTER_ONLY =
  /^(?:(?:it|that|this|them|those|these|is|are|the|a|an|one|same|one|ones|thing|book)\s*)+[.!?]*$/i;

/** A name the request frames left apart from the line ("the résumé workshop"), a few words long. */
export function leftAName(said: string, name: string): boolean {
  const n = name.split(/\s+/).length;
  return n <= 6 && n < said.split(/\s+/).length;
}
