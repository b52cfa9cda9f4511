// How a caller's line sounds when it asks for something, in general English: wanting or needing
// ("I'd like to", "can you", "I need"), a problem ("won't start", "stole", "broke") or an
// emergency ("ate chocolate", "bleeding", "smell gas"). And everyday phrases that mean one thing
// a desk's description names in another way ("throwing up" is vomiting, "more of" a refill,
// "bring her in" a visit). No app's words.
import { QUESTION_WORDS } from './question_words.js';

/** Words of wanting, needing or asking: the caller wants something done. */
export const WANT_CUES =
  /\b(?:want|wanna|wants|wanted|need|needs|needed|like to|i'?d like|would like|can i|could i|can we|could we|can you|could you|may i|please|help|looking (?:for|to)|trying to|calling (?:about|to|for|because)|how do i|what do i do|what should i do|i have to|got to|gotta|is it possible)\b/i;

/**
 * Words that open an aside to a second request ("…, but while I have you, what do I owe?"): they
 * ask nothing themselves.
 */
export const ASIDE_OPENER =
  /^(?:while (?:i have|i've got|i got) you|while i'm (?:at it|here|on the line)|by the way|one more thing|another thing)\b[,\s]*/i;

/**
 * "random question, do you sell phones", "quick question: …": a line's label for what follows. It
 * says nothing of what is asked ("question" is no desk's word), so the classifier reads what follows.
 */
export const QUESTION_PREFACE =
  /\b(?:(?:a|one|just a|another)\s+)?(?:random|quick|silly|dumb|stupid|odd|small|little|other|different|unrelated|separate|general|side|totally different)\s+question\b[,:.!?\s-]*(?=\S)/gi;

/**
 * Words that say a request is a further one, after what was just done ("also, can I…", "oh and
 * while I have you, I need…", "one more thing").
 */
export const FURTHER_REQUEST =
  /\b(?:also|while (?:i have|i've got|i got) you|while i'm (?:at it|on the line)|one more thing|another thing|by the way)\b/i;

/**
 * A yes/no question about whether something is the case ("is there a fault in my area", "are there
 * works on"): after a statement of what happened, it is what the caller asks for.
 */
export const YES_NO_QUESTION = /^(?:is there|are there|has there been|have there been)\b/i;

/** A tool's description that checks whether something is the case: what "is there …?" asks for. */
export const CHECKS_WHETHER = /\b(?:check|checks|find out|see)\s+(?:whether|if)\s+there\s+(?:is|are)\b/i;

/**
 * A clause that opens as a question ("what do I owe on my bill", "how long will it take") asks for
 * something. It leaves out "when" and "who", and takes "do" only in "do I" and "do you".
 */
export const QUESTION_OPENER = new RegExp(
  `^(?:${QUESTION_WORDS.filter((w) => w !== 'when' && w !== 'who').join('|')}|is there|are there|do i|do you|does|did|will)\\b`,
  'i',
);

/**
 * "I want a refund for the visit", "we need to reschedule", "I wanted to sign up": what follows the caller's own wanting is
 * the head of the request; the rest ("for the installation visit") only says which one.
 */
export const REQUEST_HEAD =
  /\b(?:i|we)(?:'d|'m| would| am| really| just)*\s+(?:want|wanted|wanna|need|needed|like|after|looking for|hoping to|trying to)\s+(?:to\s+)?([^,.;!?]*)/i;

/** "could I book a …": asking leave to arrange something opens a request head too (see ARRANGING_VERB). */
export const ASKED_HEAD = /\b(?:can|could|may)\s+(?:i|we)(?:\s+(?:please|just|also))?\s+([^,.;!?]*)/i;

/**
 * "book a wake-up call", "order a taxi", "schedule a pickup": a verb of arranging says only that
 * something is to be set up; the thing after it is what is wanted, and says which desk. (Without an
 * object, "I want to book", the verb stays the head.)
 */
export const ARRANGING_VERB =
  /^\s*(?:book|order|arrange|schedule|reserve|organi[sz]e|request|set up|put in|line up)\s+(?=(?:a|an|the|my|our|some|another|one|two)\b)/i;

/** Where the head's phrase ends and the words about which one begin. */
export const HEAD_PHRASE_END =
  /\b(?:starting|beginning|from|until|till|next|this|for|because|since|about|with|on|from|and|but|so|as|if|when|which|that)\b/i;

/** Verbs that ask for any desk's work alike ("check", "find out", "talk about"): never the head. */
export const GENERIC_REQUEST_VERBS = new Set(
  `check know find out ask see tell talk speak sort look try do help have hear understand discuss ask
  figure learn some`.split(/\s+/),
);

/** "my email is ann@x.com": who the caller is. (A phone number's words stay: "my number is …" may
 * well be what a contact form's tool asks for, and a number alone says little.) */
export const EMAIL_INTRO = /\b(?:(?:my|the|our|an?)\s+)?e-?mail(?:\s+address)?(?:\s+is|'s)?\s*(?=[a-z0-9._%+-]+@)/gi;

/** Something wrong: a problem, a loss, a breakdown. */
export const PROBLEM_CUES =
  /\b(?:broke|broken|breaks|(?<!\b(?:i|we) )won'?t(?! be\b)|doesn'?t|isn'?t|keeps?|stopped|lost|lose|stole|stolen|missing|wrong|damaged?|ruined|chewed|ripped|torn|leak(?:ing|s)?|gone off|went off|cut out|not working|sick|ill|hurt|injured|bleeding|throwing up|vomit(?:ing|ed)?|itch(?:ing|y)?|limping|pain|swollen|ate|swallowed|never (?:showed|turned) up|never (?:arrived|came|got here)|(?:didn'?t|did not|hasn'?t|has not|haven'?t|have not) (?:arrived?|shown up|show up|turned up|turn up|come|got here))\b/i;

/** An emergency in anyone's words: danger to life, health or home now. */
export const EMERGENCY_CUES =
  /\b(?:(?:just |has |have )?(?:ate|eaten|swallowed|chewed through|got into)\b.{0,40}\b(?:chocolate|poison|pills?|medicine|rat bait|antifreeze|grapes|raisins|xylitol|bleach|battery|batteries)|(?:heavy |heavily |won'?t stop )?bleeding|not breathing|can'?t breathe|cannot breathe|trouble breathing|struggling to breathe|collapsed?|unconscious|passed out|seizures?|having a fit|fitting|hit by a car|run over|choking|poison(?:ed|ing)?|smell(?:s|ing)? (?:of )?gas|gas (?:leak|smell)|smell gas|on fire|fire|smoke|sparks|chest pains?|emergency)\b/i;

/**
 * Everyday phrases read as the word a desk's description would use, in the caller's line and in
 * the desks' texts alike (each pattern, then the word it becomes).
 */
export const MEANING_PHRASES: readonly (readonly [RegExp, string])[] = [
  [/\b(?:throw(?:ing|s)? up|threw up|being sick|puk(?:e|ing|ed))\b/g, ' vomiting '],
  [/\b(?:won'?t|will not|doesn'?t|does not|isn'?t|is not|not) eat(?:ing)?\b/g, ' noteating '],
  [/\b(?:more of|running low on|running low|run(?:ning)? out of|ran out of|top up|repeat prescription)\b/g, ' refill '],
  [
    /\b(?:get|bring|take|pop|drop|come) (?:(?:him|her|it|them|us|me|my \w+|\w+) )?(?:in|over|round|off|down)\b(?! (?:the|a) (?:mail|post|box))/g,
    ' visit ',
  ],
  [/\b(?:checked over|checked out|looked at|seen to|seen by a)\b/g, ' checkup '],
  [
    /\b(?:sign(?:ing)? (?:me |him |her |us |them )?up|put (?:me |him |her |us |them )?down for|enrol(?:l)?)\b/g,
    ' register ',
  ],
  [/\b(?:how much|what (?:would|will|does|do) (?:it|that|this|they) cost|what do you charge)\b/g, ' price '],
  [/\b(?:chewed|ripped|torn|tore|spilled on|soaked|ruined)\b/g, ' damaged '],
  [/\b(?:speak|talk) (?:to|with) (?:a |an |the |someone|somebody)/g, ' person '],
  // "never showed up", "hasn't turned up": did not arrive.
  [
    /\b(?:(?:never|not|n't|has not|have not|did not) (?:showed|shown|show|turned|turn) up|never came|never got here)\b/g,
    ' arrive ',
  ],
];

/** Asking what something costs ("how much is a tune-up", "what would that cost", "price for two"). */
/**
 * A question that asks the agent to act ("can you sign him up", "could you book us in", "can I sign
 * him up"), not one
 * that asks about something: a request, whatever it names ("the 3d printing class").
 */
// Whether something is needed at all ("or do I need to book", "do I need an appointment", "is a
// booking required"): a question about the step, for the desk that answers questions, not the step.
export const ASKS_IF_NEEDED =
  /\b(?:do|would|will) (?:i|we) (?:need|have) to\b|\bdo (?:i|we) need (?:a|an|one)\b|\b(?:is|are) (?:a |an )?\w+ (?:needed|required|necessary)\b/i;

// A question of how much or when, its "can I" inside it ("how many bags can I check", "how big can
// my carry-on be", "what can I bring"): it asks about a limit or a rule, it wants nothing done.
export const ASKS_HOW_MUCH =
  /\b(?:how (?:many|much|big|long|heavy|early|late|soon|far)|what|when)\b(?:(?![,.;?!]|\b(?:and|but|so|to)\b).){0,40}?\b(?:can|could|may) (?:i|we|my \w+)\b/i;

export const ASKS_TO_ACT =
  /\b(?:(?:can|could|would|will) you (?:please |just )?(?:sign|book|register|enrol|enroll|reserve|renew|cancel|schedule|put \w+ (?:down|in|on))|(?:can|could|may) (?:i|we) (?:please |just )?(?:sign (?:\w+ )?up|register|enrol|enroll|put \w+ (?:down|in|on) for))\b/i;

// Also "just looking for a price, not booking yet": a price asked for, without "how much".
export const PRICE_ASKED =
  /\b(?:how much (?:is|are|was|would|will|does|do|did|for|to|it|that|this|a|an|the)\b(?! (?:i|we) (?:owe|have|paid|pay)\b)|what (?:would|will|does|do|did)\b[^?.]{0,40}\bcost|what do you charge|(?:price|cost|quote)s? (?:of|for|on|to)\b|\b(?:looking for|after|want|need|get|getting|just) (?:a |an )?(?:rough )?(?:price|quote|estimate)s?\b)/i;

/** An amount owed, not a price: "how much is my bill", "how much is still outstanding". */
export const AMOUNT_OWED = /\b(?:owe|owed|owing|balance|outstanding|bill|due|left to pay|still to pay)\b/i;

/** A caller's line that asks for something: wanting, a problem or an emergency. */
export function requestShaped(text: string): boolean {
  return WANT_CUES.test(text) || PROBLEM_CUES.test(text) || EMERGENCY_CUES.test(text);
}

/** The line with everyday phrases read as the words a desk's description uses. */
export function withMeaningPhrases(text: string): string {
  let out = ` ${text.toLowerCase().replace(/[\u2018\u2019]/g, "'")} `;
  for (const [pattern, word] of MEANING_PHRASES) out = out.replace(pattern, word);
  return out.replace(/\s+/g, ' ').trim();
}

/** Words that say nothing about which desk a line is for: asking, the caller, the transfer itself. */
export const DESK_NOISE: ReadonlySet<string> = new Set(
  `want wants wanted wanna need needs needed like would could can may might will shall get got gets getting
  help please caller callers customer customers ask asks asked asking transfer transfers agent agents use when
  hi hello hey hiya um uh er yeah yes ok okay well so just actually really right now today guys thanks thank
  sorry do does did done go going tell know think said say call calling called put give someone something
  and or but if so he she him her his hers it its they them their we us our me my mine oh god gosh back yet out in
  on off up not no one two three four five six seven eight nine ten zero oh first last next tomorrow`.split(/\s+/),
);
