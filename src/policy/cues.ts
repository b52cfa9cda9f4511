// Conversation cues that do not depend on any app: asking for a human, frustration, goodbyes,
// switching topic, and text that tries to talk to the system instead of the agent.
import {
  ONLY_HESITATION,
  ORDINAL_WORDS,
  QUESTION_MODALS,
  QUESTION_VERBS,
  QUESTION_WORDS,
  TAKE_BACK,
  WITHDRAW_CUES,
} from './lexicon/index.js';
import { escapeRegExp } from './regexp.js';

const HUMAN_REQUEST =
  /\b(?:(?:need|want|get)\s+(?:a|an|the|your)\s+(?:human|person|supervisor|manager|representative|operator)|(?:talk|speak|chat)\s+(?:to|with)\s+(?:a|an|some|the|your)?\s*(?:real\s+|actual\s+|live\s+)?(?:human|person|people|someone|somebody|manager|supervisor|agent|representative|rep|operator)|(?:real|actual|live)\s+(?:human|person|agent|people)|human\s+(?:being|agent|please)|(?:get|give|put|transfer|connect)\s+(?:me\s+)?(?:to|through to|with)?\s*(?:a|an|the|your)?\s*(?:real\s+|actual\s+|live\s+)?(?:human|person|manager|supervisor|representative|operator|someone real|agent)\b(?!\s+(?:for|about))|\b(?:operator|representative|supervisor|manager)\s*(?:please|now)?[.!]*$|^(?:a\s+)?(?:human|person|agent|operator)[.!]*$|someone\s+real|not\s+a\s+(?:bot|robot|machine))\b/i;

// Someone with the power this agent lacks, asked for with nothing else to do ("get me someone who
// can approve it then", "connect me to whoever can do it", "put me through to someone who can").
const SOMEONE_WHO_CAN =
  /\b(?:get|put|connect|transfer|pass|give)\s+me\s+(?:through\s+|over\s+)?(?:to\s+|with\s+)?(?:someone|somebody|anyone|anybody|whoever|a person|a human)\s+(?:(?:who|that)\s+)?(?:can|could)(?:\s+(?:approve|authori[sz]e|sign off on|do|sort|handle|fix|make))?(?:\s+(?:it|that|this|one))?(?:\s+(?:out|happen))?(?:\s+(?:then|please|now|instead))?[\s.!?]*$/i;

// Strong frustration: said on its own, it is reason enough to bring in a person.
const STRONG_FRUSTRATION =
  /\b(?:useless|pointless|waste of (?:my )?time|fed up|sick (?:and tired )?of|had enough|ridiculous|unacceptable|furious|livid|outrageous|joke of a|this is a joke|you(?:'re| are) not (?:helping|listening)|not helping at all|worst (?:service|company|experience)|terrible service|awful service|stupid (?:bot|machine|system)|hate this|damn|bloody|wtf|for god'?s sake|screw this|nonsense)\b/i;

// Mild frustration: worth an apology; with earlier failures it becomes a reason to escalate.
const MILD_FRUSTRATION =
  /\b(?:frustrat\w*|annoy\w*|angry|upset|disappoint\w*|not happy|unhappy|fed|again\?|still (?:not|doesn't|isn't|broken)|already told you|i (?:just )?said|how many times|come on|seriously|not what i (?:said|asked|meant)|you don't understand|doesn't understand|misunderstood)\b/i;

const INJECTION = [
  /\b(?:system|assistant|developer)\s*(?:prompt|message|note|override)?\s*[:>]\s*[^.!?\n]*[.!?]?/gi,
  /\bignore (?:all |any )?(?:the |your )?(?:previous|prior|above|earlier) (?:instructions?|prompts?|rules?)[^.!?\n]*[.!?]?/gi,
  /\b(?:disregard|forget) (?:all |your )?(?:previous |prior )?(?:instructions?|rules?|guidelines)[^.!?\n]*[.!?]?/gi,
  /\byou are now (?:in )?[^.!?\n]*[.!?]?/gi,
  /\b(?:set|make)\s+(?:the\s+)?(?:\w+\s+)?(?:verified|admin|authenticated|authorized|authorised)\s*(?:=|to|as)\s*(?:true|yes|1)\b[.!?]?/gi,
  /\b[\w.]+\s*=\s*(?:true|false|\d+)\b[.!?]?/gi,
  /\[(?:system|admin|instructions?)[^\]]*\]/gi,
  /\b(?:developer|debug|admin|god) mode\b[^.!?\n]*[.!?]?/gi,
];

const GOODBYE =
  /^(?:(?:no|nope|nah)[,.!]?\s*)?(?:(?:that'?s|that is|that was|that'll be|that will be|it'?s|i'?m|i am|we're|we are)\s+(?:all|everything|it|done|all set|good|fine|the (?:whole )?lot|the whole order)(?: for (?:now|today))?|that'?ll do(?: it)?|that will do(?: it)?|nothing (?:else|more)|bye|goodbye|good bye|see you|have a (?:good|nice|great) (?:day|one|evening)|thanks,? bye|thank you,? bye|i'm good|all good|no thanks?(?: you)?|no,? that's it|you can hang up|hang up|that answers (?:it|that|my question|everything)|that'?s (?:what|all) (?:i|we) (?:needed|wanted)|i don'?t need anything (?:else|more))\b([^?]*)$/i;

// What may follow a closing phrase and keep it a closing: thanks, "for now", "I needed", fillers.
// "that's it, I'll pay at pickup" goes on to a request, so it is not one.
const CLOSING_REST =
  /^(?:[\s,.!;:-]+|thanks?|thank you|thx|ty|cheers|very much|so much|a lot|appreciate(?:d| it)?|bye|goodbye|for now|for today|today|now|you|then|really|honestly|for real|promise|i think|i guess|from me|for me|for us|ok(?:ay)?|great|perfect|cool|all|it|set|done|good|fine|(?:that|what) (?:i|we) (?:needed|wanted|need|want|called (?:for|about))|i (?:needed|wanted)|(?:that'?s|that is) (?:all|it|everything)|for (?:the|your) help|i don'?t need anything (?:else|more)|(?:have a )?(?:good|nice|great) (?:day|one))*$/i;

const SWITCH_CUE =
  /\b(?:actually|never ?mind|instead|forget (?:that|it)|scratch that|something else|different (?:thing|question)|another (?:thing|question)|also|one more thing|and also)\b/i;

export interface Frustration {
  level: 'none' | 'mild' | 'strong';
  /** The caller asked for a person in so many words. */
  wantsHuman: boolean;
}

export function detectFrustration(text: string): Frustration {
  const t = text.trim();
  const wantsHuman =
    (HUMAN_REQUEST.test(t) || SOMEONE_WHO_CAN.test(t)) &&
    !/\b(?:don't|do not|no need to|not)\s+(?:want|need)\s+(?:to\s+)?(?:a\s+)?(?:talk|speak|human|person)/i.test(t);
  const shouting = t.length > 12 && t === t.toUpperCase() && /[A-Z]{4}/.test(t);
  const exclaims = (t.match(/!/g) ?? []).length >= 2;
  if (STRONG_FRUSTRATION.test(t) || (shouting && exclaims)) return { level: 'strong', wantsHuman };
  if (MILD_FRUSTRATION.test(t) || shouting || exclaims) return { level: 'mild', wantsHuman };
  return { level: 'none', wantsHuman };
}

/**
 * Remove text that addresses the system rather than the agent ("SYSTEM: verified=true", "ignore
 * previous instructions"). Returns what is left and whether anything was removed; the policy never
 * acts on the removed part.
 */
export function stripInjection(text: string): { text: string; injected: boolean } {
  let out = text;
  for (const re of INJECTION) out = out.replace(re, ' ');
  out = out
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,.;:]+|[\s,;:]+$/g, '')
    .trim();
  return { text: out, injected: out !== text.replace(/\s{2,}/g, ' ').trim() };
}

// Taking leave as the last words of a turn ("ok, shipped, good. thanks, that's all, bye"): whatever
// came before was a reaction to what the agent said; a request in the same turn is still handled
// first, because the stepper reads answers and picks before it looks at closings.
const FAREWELL_LAST =
  /(?:^|[\s,.!;?])(?:bye(?:[\s-]*bye)?(?: now)?|goodbye|good bye|bye for now|see (?:ya|you)(?: later)?|take care|take it easy|adi[oó]s|ciao|cheerio|ta[\s-]?ra|(?:good ?night|night night)|(?:catch|talk to|speak to) (?:ya|you) (?:later|soon)|(?:thanks|cheers|ok(?:ay)?|alright)[,.!]?\s+laters?|(?:you )?have a (?:good|nice|great|lovely|wonderful) (?:day|one|evening|night|weekend)(?: now| then| too| yourself)?)[\s.!]*$/i;

// Leaving to come back later as the turn's last words ("i need to check with my wife first, i'll
// call back, thanks"): the caller is done for now.
const CALLS_BACK_LAST =
  /(?:^|[\s,.!;])(?:i'?ll|i will|we'?ll|we will|i'?m going to|i'?m gonna)\s+(?:just\s+)?(?:call|ring|phone)\s+(?:you\s+)?(?:back|again)(?:\s+(?:later|tomorrow|another time|when [a-z' ]+))?(?:[\s,.!]+(?:thanks|thank you|cheers|bye))*[\s.!]*$/i;

function closes(t: string): boolean {
  const closing = GOODBYE.exec(
    t.replace(
      /^(?:(?:ok(?:ay)?|great|perfect|(?:thanks|thank you)(?: (?:so|very) much| a lot)?|cool|alright|fine|right|lovely|brilliant|got it|understood|awesome|nice|excellent|wonderful|yeah|yes|yep|(?:that'?s |that is )?(?:right|correct)(?: now)?)[,.!]?\s+)+/i,
      '',
    ),
  );
  return closing !== null && CLOSING_REST.test(closing[1] ?? '');
}

// A closing phrase that opens a turn and is followed by more ("done, that's all, pay at pickup",
// "that's it. we'll pay when we pick up", "ok now that's everything. I'll pay there").
const OPENING_CLOSING =
  /^(?:(?:ok(?:ay)?|alright|all right|right|so|now|and|yeah|yes|yep|no|nope|great|perfect|cool|done|um|uh)[,.!]?\s+)*(?:(?:that'?s|that is|that'?ll be|it'?s|i'?m|we'?re|we are)\s+(?:all|everything|it|done|the lot|the whole order)|nothing (?:else|more)|done)(?:\s+(?:for (?:now|today|me|us)|then|thanks|thank you))?\s*[,.!;:-]+\s*/i;

/**
 * What follows a closing phrase that opens the turn ("done, that's all, pay at pickup" → "pay at
 * pickup"): the request said after being done. Undefined when the turn does not open that way or
 * nothing follows.
 */
export function afterOpeningClosing(text: string): string | undefined {
  const m = OPENING_CLOSING.exec(text.trim());
  if (!m) return undefined;
  const rest = text.trim().slice(m[0].length).trim();
  return rest ? rest : undefined;
}

export function isGoodbye(text: string): boolean {
  const t = text.trim();
  if (closes(t) || FAREWELL_LAST.test(t) || CALLS_BACK_LAST.test(t)) return true;
  // A closing as the last sentence after a reaction ("alright, I'll try another browser. that's
  // it, thanks"): the reaction asked for nothing (no question), so the caller is done.
  const sentences = t.split(/(?<=[.!?])\s+/);
  const last = sentences.at(-1)!;
  // "somebody took my stereo from the garage. I'm fine": how they are, after a request, is no goodbye.
  const before = sentences.slice(0, -1).join(' ');
  if (WELLBEING.test(last) && !ASSENT_ONLY.test(before)) return false;
  return sentences.length > 1 && !sentences.slice(0, -1).some((s) => s.includes('?')) && closes(last);
}

/**
 * What the caller asked for before taking leave in the same turn ("yes open a ticket, send someone
 * out. thanks, bye" → "yes open a ticket, send someone out."): the sentences before the closing
 * ones. Undefined when the turn does not end in a closing or nothing comes before it.
 */
export function requestBeforeFarewell(text: string): string | undefined {
  const sentences = text.trim().split(/(?<=[.!?])\s+/);
  for (let k = 1; k < sentences.length; k += 1) {
    if (!isGoodbye(sentences.slice(k).join(' '))) continue;
    const before = sentences.slice(0, k).join(' ');
    return closes(before) || ASSENT_ONLY.test(before) ? undefined : before;
  }
  return undefined;
}

// How the caller is ("I'm fine", "we're all safe"), which also closes a call when said alone.
const WELLBEING =
  /^(?:(?:and|but|oh|no)[,.]?\s+)?(?:i'?m|i am|we'?re|we are|everyone'?s|everyone is|everybody'?s|everybody is)\s+(?:all\s+)?(?:fine|good|ok(?:ay)?|safe|alright|all right|unhurt)\b[\s.!]*$/i;

// Only thanks or a word of assent ("okay cool, thanks", "ok makes sense", "right, got it").
const ASSENT_ONLY =
  /^(?:(?:ok(?:ay)?|cool|great|perfect|good|nice|lovely|brilliant|awesome|excellent|alright|all right|right|got it|i see|understood|fair enough|(?:that )?makes sense|sounds good|super|then|thanks?|thank you|thx|ty|ta|cheers|(?:so|very) much|a lot|much appreciated|appreciate(?:d| it))[\s,.!]*)+$/i;
const THANKS = /\b(?:thanks?|thank you|thx|cheers|appreciate)/i;

/**
 * An acknowledgement: a reaction to what the agent said that ends in thanks or assent ("fifty gigs
 * is plenty. okay cool, thanks", "oh, a fiber cut. okay"). It asks for nothing (no question).
 * `thanks`: whether it thanks the agent (else it only takes note).
 */
export function acknowledgement(text: string): { thanks: boolean } | undefined {
  const t = text.trim();
  if (t.includes('?')) return undefined;
  const sentences = t.split(/(?<=[.!?])\s+/);
  const last = sentences.at(-1)!;
  if (ASSENT_ONLY.test(last)) return { thanks: THANKS.test(last) };
  // The last words of one sentence ("yeah, it's working now, thank you"): after a comma.
  const tail = last.split(/,\s*/).at(-1)!;
  if (last.includes(',') && ASSENT_ONLY.test(tail)) return { thanks: THANKS.test(tail) };
  return undefined;
}

/** An acknowledgement that thanks the agent ("okay so nothing due. thanks!"). */
export function isAcknowledgement(text: string): boolean {
  return acknowledgement(text)?.thanks === true;
}

/** The caller withdraws the request in hand ("actually never mind, I'll email"). */
export function withdraws(text: string): boolean {
  return WITHDRAW_CUES.test(text);
}

/** The clauses of a line that take a request back in so many words ("no. don't do it. forget the refund"). */
export function takenBack(text: string): string[] {
  return clauses(text).filter((c) => TAKE_BACK.test(c));
}

/**
 * What the line says after it last takes something back, without hesitations or the caller's own
 * plans ("text me a link, no actually, forget the link, I'll just pay when I pick it up" → "I'll just
 * pay when I pick it up"; "no. don't do it. forget the refund" → "").
 */
export function afterTakingBack(text: string): string {
  const all = clauses(text);
  let last = -1;
  all.forEach((c, i) => {
    if (TAKE_BACK.test(c)) last = i;
  });
  return all
    .slice(last + 1)
    .filter((c) => !WITHDRAW_CUES.test(c) && !ONLY_HESITATION.test(c))
    .join(' ')
    .trim();
}

function clauses(text: string): string[] {
  return text
    .split(/(?<=[.,;!?])\s+/)
    .map((c) => c.trim())
    .filter(Boolean);
}

// A question said without its question mark (speech-to-text often drops it): "is it SOC 2 compliant".
const QUESTION_START = new RegExp(
  `^(?:(?:and|so|ok(?:ay)?|also|um|uh|well|but|oh|hey|hi|sorry)[,.!]?\\s+)*(?:${[...QUESTION_VERBS, ...QUESTION_MODALS, ...QUESTION_WORDS].join('|')})\\b`,
  'i',
);

// A clause after a comma that asks for information; "…, can I bring it in saturday" asks to do
// something (no modal here) and "…, what do I do" asks for help: those are requests, not questions.
const CLAUSE_QUESTION = new RegExp(
  `^(?:(?:and|so|ok(?:ay)?|also|but|then|now)[,.!]?\\s+)*(?:${[...QUESTION_VERBS, ...QUESTION_WORDS].join('|')})\\b`,
  'i',
);
const ASKS_WHAT_TO_DO = /^(?:(?:and|so|but)\s+)*what (?:do|should|can|could) (?:i|we) do\b/i;

/** The caller asks something (by its question mark, or by how the sentence starts). */
export function isQuestion(text: string): boolean {
  const t = text.trim();
  // Also the last sentence after a reaction ("oh nice. and what time do you close today").
  const last = t.split(/[.!;]\s+/).at(-1) ?? t;
  // Or a clause after a reaction or an aside ("thanks, and separately, we might hire one, what does
  // the saw cost"; "hi, quick question, does the varnish smell, my son has asthma").
  const afterCommas = t.split(/,\s+/).slice(1);
  return (
    /\?\s*$/.test(t) ||
    QUESTION_START.test(t) ||
    QUESTION_START.test(last) ||
    afterCommas.some((c) => CLAUSE_QUESTION.test(c) && !ASKS_WHAT_TO_DO.test(c))
  );
}

/** A question anywhere in the turn: `isQuestion`, or a question mark mid-turn ("the gelato? does it have nuts"). */
export function asksSomething(text: string): boolean {
  return isQuestion(text) || text.includes('?');
}

const ASKING_FOR =
  /\b(?:i'?d like|i would like|we'?d like|we would like|(?:i|we) (?:just |really |only )?(?:want|need)|want to know|wondering|i'?d love|can i|could i|can we|could we|can you|could you|let'?s|let me|please|put me|connect me|get me|set (?:me |us )?up|book|schedule|talk to|speak to|speak with|talk with|send me|send us|show me|show us|looking for|interested in)\b/i;

/** The caller asks for something (a question, or words of wanting: "I'd like…", "can you…", "book…"), not only tells. */
export function asksFor(text: string): boolean {
  return asksSomething(text) || ASKING_FOR.test(text);
}

// "we need to move off our old system", "we want to start next month": what the caller's business
// has to do, told while qualifying, not a request to this desk.
const NEED_TO_DO = /\b(?:i|we) (?:just |really |only )?(?:want|need|have|hope|plan) to\b/gi;

/**
 * After a tool used the line: the caller still asks for something in it — a question or a request
 * ("can you book a meeting") — beyond telling what they need to do ("we need to move off our CRM asap").
 */
export function asksBeyondTelling(text: string): boolean {
  return asksSomething(text) || ASKING_FOR.test(text.replace(NEED_TO_DO, ' '));
}

const FAREWELL = /\b(?:bye|goodbye|good bye|see you|have a (?:good|nice|great) (?:day|one|evening)|hang up)\b/i;

/** Taking leave in so many words ("bye"), as opposed to only being done ("that's everything"). */
// Words a closing is made of: a line the classifier alone takes for a goodbye holds one of them
// ("that's all, thanks" does; "all of them please" shares only "all" with a closing example).
const CLOSING_WORD =
  /\b(?:bye|goodbye|thanks?|thank you|thx|cheers|ta|that'?s (?:all|it|everything)|that is (?:all|it|everything)|all set|all good|done|finished|nothing(?: else| more)?|no more|that'?ll do|hang up|good ?night|take care|later)\b/i;

/** The line holds a closing word (the classifier's end-call lean needs one to hang up). */
export function hasClosingWord(text: string): boolean {
  return CLOSING_WORD.test(text);
}

export function isFarewell(text: string): boolean {
  return FAREWELL.test(text);
}

export function hasSwitchCue(text: string): boolean {
  return SWITCH_CUE.test(text);
}

/** Nothing worth reading: silence, noise, a lone filler. */
export function isNoise(text: string): boolean {
  const t = text.replace(/[^a-z0-9@]/gi, '');
  return t.length === 0 || /^(?:u+h+|u+m+|h+m+|e+r+|a+h+|m+|o+h+)$/i.test(t);
}

const ORDINALS: [RegExp, number][] = [
  [/\b(?:first|former|1st|number one|option one|the one)\b/i, 0],
  [/\b(?:second|latter|2nd|number two|option two|the other)\b/i, 1],
];

/** "the first one" / "the latter": which of two offered options the caller chose. */
export function ordinalChoice(text: string): number | undefined {
  for (const [re, i] of ORDINALS) if (re.test(text)) return i;
  return undefined;
}

// "first" and "last" said of something else ("I need to check my shifts first", "first of all",
// "at last"): no pick. A pick says which ("the first", "whatever's first", "first one", "first please").
const PICKED_BEFORE = /(?:\b(?:the|that|this|is|whatever|whichever|take|book|grab|with|want|pick|choose|do)|'s)\s+$/;
const PICKED_AFTER =
  /^\s*(?:one|option|slot|time|appointment|choice|of (?:those|them|these)|please|then|is|works|\W*$)/;

function adverbial(word: string, text: string): boolean {
  if (word !== 'first' && word !== 'last') return false;
  const at = new RegExp(`\\b${word}\\b`).exec(text)!;
  const before = text.slice(0, at.index);
  const after = text.slice(at.index + word.length);
  if (/^\s*(?:of all|thing|things|time|off)\b/.test(after) || /\bat\s+$/.test(before)) return true;
  if (/^\W*$/.test(before) || PICKED_BEFORE.test(before)) return false;
  return (
    !PICKED_AFTER.test(after) ||
    (/^\W*$/.test(after) &&
      /\b(?:check|ask|talk|see|think|sort|look|confirm|speak|need to|have to|gotta)\b/.test(before))
  );
}

/** The place among `n` listed things a pick names ("the second one", "the last"), if it names one in range. */
export function byPosition(text: string, n: number): number | undefined {
  const t = text.toLowerCase();
  for (const [word, index] of ORDINAL_WORDS) {
    if (new RegExp(`\\b${word}\\b`).test(t) && !adverbial(word, t)) {
      const i = index < 0 ? n + index : index;
      if (i >= 0 && i < n) return i;
    }
  }
  return undefined;
}

/**
 * The caller asks for the person the app's escalation brings in by that person's title ("can I talk
 * to a vet", "a pharmacist is fine", "put me through to the dispatcher"): as plain as asking for a
 * person. `role` is the spoken name of the escalation's target agent.
 */
export function asksForRole(text: string, role: string | undefined): boolean {
  const r = role?.trim().toLowerCase();
  if (!r || r.length < 3) return false;
  const t = text.trim().toLowerCase();
  const R = `${escapeRegExp(r).replace(/\s+/g, '\\s+')}s?`;
  const det = `(?:(?:a|an|the|your|one of (?:your|the))\\s+)?(?:real\\s+|actual\\s+)?`;
  const asks = new RegExp(
    [
      `\\b(?:talk|speak|chat)\\s+(?:to|with)\\s+${det}${R}\\b`,
      `\\b(?:get|put|transfer|connect|bring|pass|send)\\s+(?:me\\s+)?(?:(?:through|over)\\s+)?(?:to|with|in)?\\s*${det}${R}\\b`,
      `\\b(?:get|bring)\\s+${det}${R}\\b`,
      `\\b(?:ask|see|need|want)\\s+${det}${R}(?:\\s+(?:please|now|about it|about this|then))?[.!?]*$`,
      `\\b${R}\\s+(?:please|is fine|is ok(?:ay)?|would be (?:good|great|fine|best)|then|now)\\b`,
      `^(?:(?:yes|yeah|yep|ok(?:ay)?|sure|please|fine)[,.!]?\\s+)*${det}${R}(?:\\s+please)?[.!?]*$`,
    ].join('|'),
    'i',
  );
  if (!asks.test(t)) return false;
  return !new RegExp(`\\b(?:don'?t|do not|no need to|not)\\s+(?:want|need)\\s+(?:\\S+\\s+){0,4}${R}`, 'i').test(t);
}
