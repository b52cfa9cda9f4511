// Text written for a model ("ask the caller for their email", "hold the one the caller picks with
// hold_slot") turned into text for the caller: third person becomes "you", and internals (tool
// names, field names) never reach the caller's ear.

/** The words tool and prompt authors use for the person on the line, whatever the app. */
export const ROLE =
  '(?:caller|customer|user|patient|lead|prospect|guest|diner|client|claimant|policyholder|member|visitor|applicant)';

// "the caller's", and with one describing word before it, "the verified caller's".
const ROLE_POSSESSIVE = new RegExp(`\\b(?:the|this) (?:[a-z]+ )?${ROLE}'s\\b`, 'gi');
// "the customer record" is a thing, not the caller.
const ROLE_SUBJECT = new RegExp(`\\b(?:the|this) ${ROLE}\\b(?! (?:record|file|account|list|number|id)\\b)`, 'gi');

/** Third-person references to the caller become "you", with the verb agreeing ("you pick"). */
export function toSecondPerson(s: string): string {
  return (
    s
      .replace(/[\u2018\u2019]/g, "'")
      .replace(ROLE_POSSESSIVE, 'your')
      .replace(ROLE_SUBJECT, 'you')
      .replace(/\bthey're\b/gi, "you're")
      .replace(/\bthey\b/gi, 'you')
      .replace(/\btheir\b/gi, 'your')
      .replace(/\bthemselves\b/gi, 'yourself')
      .replace(/\bthem\b/gi, 'you')
      .replace(/\byou is\b/gi, 'you are')
      .replace(/\byou has\b/gi, 'you have')
      .replace(/\byou was\b/gi, 'you were')
      .replace(/\byou does\b/gi, 'you do')
      .replace(/\byou doesn't\b/gi, "you don't")
      .replace(/\byou isn't\b/gi, "you aren't")
      .replace(/\byou wasn't\b/gi, "you weren't")
      // "you picks" → "you pick"; adverbs and nouns ending in s ("you always", "you guys") stay.
      .replace(/\byou ([a-z]{2,}?[^su])s\b/gi, (m, stem: string) => (ADVERB_S.test(`${stem}s`) ? m : `you ${stem}`))
      .replace(/\byou ([a-z]+)ies\b/gi, 'you $1y')
  );
}
const ADVERB_S =
  /^(?:always|sometimes|perhaps|towards|afterwards|nowadays|besides|ones|guys|folks|yes|is|has|was|does)$/i;

/** A tool or field name (`hold_slot`, `read_order`): a snake_case word. */
export const INTERNAL_NAME = /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/;

/**
 * Remove mentions of internals from a sentence: "… with hold_slot", "(find_slots)", "using X".
 * Returns undefined when the sentence is still about an internal name (drop it).
 */
export function withoutInternals(sentence: string): string | undefined {
  const name = INTERNAL_NAME.source;
  const s = sentence
    .replace(new RegExp(`\\s*\\(\\s*${name}\\s*\\)`, 'g'), '')
    .replace(
      new RegExp(`\\s+(?:with|using|via|through|by calling|by using)\\s+(?:the\\s+)?${name}(?:\\s+tool)?`, 'gi'),
      '',
    )
    .replace(/\s{2,}/g, ' ')
    .trim();
  if (!INTERNAL_NAME.test(s)) return s;
  // "Ask whether they still want to cancel; if they agree, call cancel_booking again …": the part
  // for the caller stays, the part naming a tool goes.
  const parts = s.split(/\s*;\s*/).filter((p) => !INTERNAL_NAME.test(p));
  return parts.length > 0 ? `${parts.join('; ').replace(/[,:\s]+$/, '')}.` : undefined;
}

// After these, "you" is an object ("help you", "for you") and the agent speaking says "me".
const OBJECT_BEFORE =
  /^(?:to|for|with|at|from|by|about|of|on|help|helps|call|tell|give|ask|let|join|reach|contact|connect|transfer|email|text)$/i;

/**
 * Instructions and tool outputs address the agent as "you" ("ask for the email so you can look it
 * up"): spoken by the agent, that "you" is "I"/"me"/"my". Run before toSecondPerson, which turns
 * the caller's third person into "you".
 */
export function agentToFirstPerson(s: string): string {
  const parts = s.replace(/[\u2018\u2019]/g, "'").split(/([A-Za-z']+)/);
  for (let i = 1; i < parts.length; i += 2) {
    const w = parts[i]!.toLowerCase();
    const prev = i >= 2 ? (parts[i - 2] ?? '').toLowerCase() : '';
    const next = (parts[i + 2] ?? '').toLowerCase();
    let out: string | undefined;
    if (w === 'you') {
      if (next === 'are') {
        out = 'I';
        parts[i + 2] = 'am';
      } else if (next === 'were') {
        out = 'I';
        parts[i + 2] = 'was';
      } else out = OBJECT_BEFORE.test(prev) && /^\s*$/.test(parts[i - 1] ?? '') ? 'me' : 'I';
    } else
      out = (
        {
          "you're": "I'm",
          "you've": "I've",
          "you'll": "I'll",
          "you'd": "I'd",
          your: 'my',
          yours: 'mine',
          yourself: 'myself',
        } as Record<string, string>
      )[w];
    if (out) parts[i] = /^[A-Z]/.test(parts[i]!) && out !== 'I' ? out[0]!.toUpperCase() + out.slice(1) : out;
  }
  return parts.join('');
}

const AUXILIARY = /^(?:are|were|can|could|will|would|should|must|may|might|have|had|do|did|shall)$/i;

/** "which of those you want" → "which of those do you want"; "what you would like" → "what would you like". */
function invert(question: string): string {
  // "what name the order should be under" → "what name should the order be under".
  const noun =
    /^((?:which|what|when|where|who|how)(?:\s+[a-z]+)?)\s+((?:the|your|a|an|this|that)\s+[a-z]+)\s+(should|would|could|can|will|is|are|was|were)\s+(.*)$/i.exec(
      question,
    );
  if (noun) return `${noun[1]} ${noun[3]} ${noun[2]} ${noun[4]}`;
  const me = /^((?:which|what|when|where|who|how)\b.*?)\bI ([a-z']+)\b(.*)$/.exec(question);
  // "how I can help" → "how can I help" (the agent asking about itself).
  if (me && AUXILIARY.test(me[2]!)) return `${me[1]}${me[2]} I${me[3]}`;
  const m = /^((?:which|what|when|where|who|how)\b.*?)\byou ([a-z']+)\b(.*)$/i.exec(question);
  if (!m) return question;
  const [, head, verb, rest] = m as unknown as [string, string, string, string];
  // "which service is giving you trouble": "you" is an object there, not the subject.
  if (
    head
      .trim()
      .split(/\s+/)
      .slice(1)
      .some((w) => /ing$|^(?:is|are|was|were|has|have|does|do)$/i.test(w))
  )
    return question;
  return AUXILIARY.test(verb) ? `${head}${verb} you${rest}` : `${head}do you ${verb}${rest}`;
}

function capitalise(s: string): string {
  const t = s.trim();
  return t ? t[0]!.toUpperCase() + t.slice(1) : t;
}

/**
 * The question an "ask …" direction puts to the caller: "ask which of those the caller wants" →
 * "Which of those do you want?"; "ask for the account id" → "Could you give me the account id, please?";
 * "ask the caller to repeat it" → "Could you say that again, please?".
 */
export function questionFromAsk(body: string): string {
  const whom = new RegExp(`^(?:(?:the ${ROLE}|them|him|her)(?:,\\s*|\\s+))?(to\\s+)?(?:for\\s+)?(.*)$`, 'i');
  const m = whom.exec(agentToFirstPerson(body.trim()))!;
  const toDo = m[1] !== undefined;
  // "in one sentence, whether …": the manner goes after the question's verb.
  const said = m[2]!
    .replace(/[.!?]+$/, '')
    .replace(/^(in [^,]{1,30}),\s*(.*)$/i, '$2, $1')
    .trim();
  if (toDo && !/^(?:repeat|say)\b/i.test(said)) return `Could you ${toSecondPerson(said)}, please?`;
  const what = said.replace(/\s+again$/i, '');
  if (/^(?:it|that|this)$/i.test(what) || /^repeat/i.test(what)) return 'Could you say that again, please?';
  // Two questions in one ("which day, and whether mornings are better") read best embedded.
  if (/^(?:which|what|when|where|who|how)\b/i.test(what) && !/\b(?:and|or) (?:whether|if)\b/i.test(what)) {
    const plain = toSecondPerson(what);
    const asked = invert(plain);
    // "what the bike does wrong" cannot be turned round safely: it is embedded instead.
    if (asked === plain && /^\w+\s+(?:the|your|my|a|an|this|that|its|our)\b/i.test(plain))
      return `Could you tell me ${plain}?`;
    return `${capitalise(asked)}?`;
  }
  if (/^(?:which|what|when|where|who|how)\b/i.test(what)) return `Could you tell me ${toSecondPerson(what)}?`;
  if (/^(?:whether|if)\b/i.test(what)) return `Could you tell me ${toSecondPerson(what)}?`;
  const object = toSecondPerson(what.replace(/\b(one|either|both|each) of them\b/gi, '$1 of those'));
  return `Could you ${/^(?:give|tell|confirm|spell|repeat|say|check|describe)\b/i.test(what) ? '' : 'give me '}${object}, please?`;
}
