// What the rule-based persona listens for in an agent's line (questions, refusals, offers) and how it
// picks the words of its goal and facts to compare with it.
export const STOP = new Set(
  'a an the to of for on in at my me i is it and or with from about this that be get got have has her his their them they she he its your you was were want wants would like need needs please can could should will just out up why what how find know some any one'.split(
    ' ',
  ),
);

/** Everyday words for the usual departments, so "my internet is down" prefers "the technical team". */
const TOPICS: string[][] = [
  [
    'technical',
    'tech',
    'internet',
    'wifi',
    'wi-fi',
    'router',
    'broken',
    'down',
    'slow',
    'working',
    'signal',
    'outage',
    'error',
    'connection',
    'fix',
    'repair',
  ],
  ['billing', 'bill', 'invoice', 'charge', 'refund', 'payment', 'pay', 'owe', 'balance', 'money', 'account'],
  ['sales', 'buy', 'price', 'pricing', 'plan', 'upgrade', 'cost', 'quote', 'demo'],
  ['order', 'delivery', 'shipped', 'package', 'parcel', 'tracking'],
  ['appointment', 'book', 'booking', 'schedule', 'slot', 'visit', 'reschedule'],
];

/** Words a fact's name may be asked with, beyond the name itself. */
export const CUES: [RegExp, string[]][] = [
  [/e-?mail/, ['email', 'e-mail', 'mail address']],
  [
    /phone|mobile|cell|callback/,
    ['phone', 'number to reach', 'reach you', 'call you back', 'callback', 'mobile', 'cell'],
  ],
  [/birth|dob|born/, ['date of birth', 'birthday', 'born', 'dob']],
  [/address|postcode|zip/, ['address', 'postcode', 'zip', 'where do you live', 'where you live']],
  [/reason|why/, ['why', 'reason', 'what happened']],
  [/account/, ['account']],
  [/order/, ['order']],
  [/invoice|bill/, ['invoice', 'bill', 'charge']],
  [/policy/, ['policy']],
  [/time|date|day|when/, ['when', 'what time', 'which day', 'what day', 'date', 'time']],
  [/party|guests|people|size|headcount|team/, ['how many', 'people', 'size', 'team']],
  [/company|business|organi[sz]ation/, ['company', 'business', 'organisation', 'organization', 'who do you work for']],
  [/budget|price|spend/, ['budget', 'spend']],
  [/payment|pay|card/, ['pay', 'payment', 'card']],
  [/service|product|device|plan/, ['service', 'product', 'device', 'plan', 'which one']],
  [/symptom|problem|issue/, ['problem', 'issue', 'symptom', 'what is wrong', "what's wrong", 'what happened']],
];

export const HUMAN_WORDS = /\b(person|human|someone|somebody|manager|supervisor|operator|representative|agent)\b/i;
/** "I can offer a claims handler", "shall I bring in a colleague?": the agent offers a person. */
export const OFFERS_PERSON =
  /\b(?:i can|i could|shall i|should i|would you like(?: me to)?|want me to|happy to)\b[^.?!]*\b(?:person|human|colleague|handler|specialist|operator|manager|supervisor|representative|someone)\b/i;
export const REFUSAL =
  /\b(can(?:no|')t|unable|not able|won't be able|not allowed|not possible|isn't possible|not eligible|afraid|only after|need to verify|could not verify|couldn't verify|doesn't match|does not match|no record|couldn't find|could not find|already)\b/i;
export const SUCCESS =
  /\b(submitted|booked|scheduled|confirmed|created|placed|sent|done|is on (?:its|the) way|has shipped|shipped|refunded|processed|arranged|all set|filed|reserved|updated|cancelled|canceled|opened|verified)\b/i;
export const ANYTHING_ELSE = /\b(anything else|something else|any other|else i can help|help with anything)\b/i;
export const ASK_NEED =
  /\b(how can i help|what can i (?:help|do)|what do you need|how may i help|what brings you|what are you calling about|what can we do|what would you like(?: me)? to do|what do you want(?: me)? to do|what else|didn't catch that|did not catch that|say that again|rephrase)\b/i;
export const SOLVED_Q =
  /\b(solved|sorted|fixed|resolved|working (?:now|again)|did that (?:help|work)|does (?:that|it) work)\b.*\?/i;
export const YES_NO_Q =
  /\b(shall i|should i|would you like|do you want|can i|may i|is that (?:right|correct|ok|okay)|is this (?:right|correct)|okay to|ok to|go ahead|confirm|are you happy|sound good|does that sound)\b[^?]*\?/i;
export const ASKS =
  /\?|\b(please (?:tell|give|provide|spell|say|confirm|share)|i(?:'ll| will)? need your|what(?:'s| is) your|could you give|can you give|may i have)\b/i;

function stem(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 5);
}

export function contentStems(text: string, withTopics = false): Set<string> {
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter((w) => w.length > 2 && !STOP.has(w));
  const stems = new Set(words.map(stem));
  if (withTopics) {
    // "owes" and "charged" belong to the topic of "owe" and "charge".
    const inTopic = (t: string) => words.some((w) => w === t || (t.length > 2 && w.startsWith(t)));
    for (const topic of TOPICS) if (topic.some(inTopic)) topic.forEach((t) => stems.add(stem(t)));
  }
  return stems;
}

/** "accountNumber" / "account_number" → "account number". */
export function spokenKey(key: string): string {
  return key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Turn "get her last bill refunded" into the caller's own words: "get my last bill refunded". */
export function firstPerson(goal: string): string {
  return (
    goal
      .trim()
      .replace(/[.!]+$/, '')
      .replace(/^(?:the caller\s+)?(?:wants? to|would like to|needs? to|to)\s+/i, '')
      .replace(/\b(?:the caller's|her|his|their)\b/gi, 'my')
      .replace(/\b(?:herself|himself|themselves)\b/gi, 'myself')
      .replace(/\b(?:the caller|she|he|they)\b/gi, 'I')
      .replace(/\bhers\b|\btheirs\b/gi, 'mine')
      // "I owes" → "I owe": the verb after the new subject agrees with it.
      .replace(/\bI (is|has|does|was|\w+?s)\b/g, (_, verb: string) => {
        const irregular: Record<string, string> = { is: 'am', has: 'have', does: 'do', was: 'was' };
        return `I ${irregular[verb] ?? verb.replace(/(?<=[^s])s$/, '')}`;
      })
  );
}
