// An agent's first words, read from its entry instruction ("Welcome the caller to Acme support,
// then ask for their name") and the known facts. Only common instruction shapes are recognised;
// anything else falls back to a greeting built from the agent's role.
import { INTERNAL_NAME, agentToFirstPerson, questionFromAsk, toSecondPerson } from './render/for_caller.js';

export interface EntryLines {
  /** Statements: welcome, introduction, what we understood. */
  lines: string[];
  /** The question the instruction asks the agent to put, if any. */
  question?: string;
  /** Tools the instruction tells the agent to use on entry ("read the claim back with review_claim"). */
  tools: string[];
  /** The lines and question were read from the instruction's own say/ask directions. */
  generic?: boolean;
}

// The caller's first person becomes the agent's second person and the caller's "you" (the
// company) becomes "we", all in one pass so a swapped word is never swapped back.
const FIRST_TO_SECOND: Record<string, string> = {
  i: 'you',
  "i'm": "you're",
  "i've": "you've",
  "i'd": "you'd",
  "i'll": "you'll",
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  we: 'you',
  "we're": "you're",
  "we've": "you've",
  us: 'you',
  our: 'your',
  ours: 'yours',
  your: 'our',
  yours: 'ours',
  "you're": "we're",
  "you've": "we've",
  "you'll": "we'll",
  "you'd": "we'd",
};
// Verbs that agree with "I" and change with the person: "am I" → "are you", "I was" → "you were".
const AGREE: Record<string, string> = { am: 'are', was: 'were', "wasn't": "weren't" };
// After these, "you" is an object ("charged you") and becomes "us"; elsewhere it is the subject ("we").
const OBJECT_BEFORE =
  /^(?:to|for|with|at|from|by|about|of|on|told|tell|asked|ask|called|call|charged|charge|sent|send|gave|give|billed|bill|emailed|email|help|helped|contact|contacted|let|pay|paid|owe)$/i;

function matchCase(source: string, word: string): string {
  return /^[A-Z]/.test(source) && source !== 'I' ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** "why am I paying for my plan" → "why are you paying for your plan" (the caller's words, said back). */
export function sayBack(text: string): string {
  const parts = text.split(/([A-Za-z']+)/);
  const lower = (i: number) => (parts[i] ?? '').toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const out = [...parts];
  for (let i = 1; i < parts.length; i += 2) {
    const w = lower(i);
    const prev = i >= 3 ? lower(i - 2) : '';
    const next = lower(i + 2);
    if (w in AGREE && (prev === 'i' || next === 'i')) out[i] = matchCase(parts[i]!, AGREE[w]!);
    else if (w === 'you') out[i] = matchCase(parts[i]!, OBJECT_BEFORE.test(prev) ? 'us' : 'we');
    else if (w in FIRST_TO_SECOND) out[i] = matchCase(parts[i]!, FIRST_TO_SECOND[w]!);
  }
  return out.join('');
}

const WH = /^(where|what|when|how|why|who|which)\s+/i;
const INVERTIBLE =
  /^(where|what|when|how|why|who|which)\s+(is|are|was|were|has|have|had|can|could|will|would|should|may|might)\s+(you|we|they|it|he|she)\s+(.+)$/i;

/** "where is my order?" → "I understand you'd like to know where your order is." */
export function understood(detail: string): string {
  const said = clause(sayBack(detail))
    .replace(/\?+$/, '')
    .replace(/^./, (c) => c.toLowerCase());
  // "why are you paying for …" → "why you are paying for …" (a pronoun subject swaps back cleanly).
  const inverted = INVERTIBLE.exec(said);
  if (inverted)
    return `I understand you'd like to know ${inverted[1]!.toLowerCase()} ${inverted[3]} ${inverted[2]!.toLowerCase()} ${inverted[4]}.`;
  // "where is your order" → "where your order is", only when what follows is a bare noun phrase.
  const q = /^(where|what|when|how|why|who)\s+(is|are|was|were)\s+(.+)$/i.exec(said);
  if (q && isNounPhrase(q[3]!))
    return `I understand you'd like to know ${q[1]!.toLowerCase()} ${q[3]} ${q[2]!.toLowerCase()}.`;
  if (
    WH.test(said) ||
    /^(?:can|could|will|would|do|does|did|is|are|was|were|has|have|should|may|might|am)\b/i.test(said)
  )
    return `I understand you asked: ${said}?`;
  return `I understand ${said}.`;
}

/** "your order", "the bill for March": a short determiner-led noun phrase with no verb or adjective. */
function isNounPhrase(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 5 || !/^(?:your|our|the|this|that|my|a|an|their)$/i.test(words[0]!)) return false;
  return !words
    .slice(1)
    .some((w) =>
      /^(?:so|too|very|not|still|always|never|slow|down|broken|wrong|high|late|missing|off|on|out|up|working|gone|here|there|now)$/i.test(
        w.replace(/[^a-z]/gi, ''),
      ),
    );
}

function clause(text: string): string {
  return text.replace(/[.!]+$/, '').trim();
}

/**
 * Speech for an entry instruction. `facts` are the known facts; `name` the caller's first name;
 * `detail` the latest thing the caller said they need (from the facts), if any.
 */
export function entryLines(instruction: string, opts: { name?: string; detail?: string }): EntryLines {
  const out: EntryLines = { lines: [], tools: [] };
  const text = instruction.replace(/[\u2018\u2019]/g, "'");
  let m = /\bwelcome the caller to ([^,.;]+)/i.exec(text);
  if (m) out.lines.push(`Welcome to ${clause(m[1]!)}${opts.name ? `, ${opts.name}` : ''}.`);
  if (/\b[Gg]reet (?:the caller|them|[A-Z][a-z]+(?: [A-Z][a-z'-]+)*)\b/.test(text) && !m)
    out.lines.push(`Hi${opts.name ? ` ${opts.name}` : ''}.`);
  m = /\bintroduce yourself as ([^,.;]+)/i.exec(text);
  if (m)
    out.lines.push(
      `${out.lines.length === 0 ? `Hi${opts.name ? ` ${opts.name}` : ''}, you're` : "You're"} through to ${clause(m[1]!)}.`,
    );
  m =
    /\btell the caller (?:that )?you(?: are|'re) (.+?)(?=[.;]|,? and (?:then )?(?:ask|say|tell|offer|check)\b|$)/i.exec(
      text,
    );
  if (m) out.lines.push(`I'm ${clause(m[1]!).replace(/\bthem\b/g, 'you')}.`);
  const restate =
    /\b(?:restate|confirm|say)\b[^.]*\b(?:problem|question|what (?:they|the caller) need|what you understood)/i.test(
      text,
    );
  if (restate && opts.detail) out.lines.push(understood(opts.detail));
  if (/\bask (?:for )?(?:their|the caller'?s) name and what\b/i.test(text))
    out.question = 'May I have your name, and what can I help you with today?';
  else if (/\bask (?:what|how) you can help\b/i.test(text)) out.question = 'What can I help you with today?';
  else if (/\bask whether there is anything else\b/i.test(text))
    out.question = 'Is there anything else I can help with?';
  const directed = directions(text);
  out.tools = directed.tools;
  // Any other instruction: its "say …" and "ask …" directions, phrased for the caller.
  if (!out.question && out.lines.length === 0) {
    out.lines = directed.lines;
    out.question = directed.question;
    out.generic = directed.lines.length > 0 || directed.question !== undefined;
  }
  return out;
}

const VERB =
  /\b(?:is|are|was|were|will|can|could|has|have|had|should|must|may|might|would|did|does|do|been|need|needs|take|takes)\b/i;

/**
 * The directions in an instruction, one clause at a time: `Say "Acme, hello!" Then ask what they need`
 * → no statement (quoted lines are spoken as written elsewhere), question "What do you need?";
 * "Say the time is held, and ask for the patient's name" → "The time is held." and a question.
 * Clauses that need data the policy does not have ("repeat the booked time") are left out.
 */
export function directions(instruction: string): { lines: string[]; question?: string; tools: string[] } {
  const lines: string[] = [];
  const questions: string[] = [];
  const tools = [...new Set(instruction.match(new RegExp(INTERNAL_NAME.source, 'g')) ?? [])];
  const clauses = instruction
    .replace(/\[on enter:[^\]]*\]/g, ' ')
    .replace(/["“][^"”]*["”]/g, ' ')
    .split(
      /(?<=[.!?])\s+|,?\s+then\s+|,\s+and\s+(?=(?:ask|say|tell|read|repeat|offer|check|bring|call)\b)|\s+and\s+(?=(?:ask|say|tell|read|offer|bring|call)\b)/i,
    )
    .map((c) =>
      c
        .trim()
        .replace(/^(?:then|and|also)\s+/i, '')
        .replace(/[.!]+$/, ''),
    )
    .filter(Boolean);
  for (const clause of clauses) {
    let m = /^ask\s+(.+)$/i.exec(clause);
    if (m) {
      questions.push(questionFromAsk(m[1]!));
      continue;
    }
    m = /^(?:say|tell (?:the caller|them)|let (?:the caller|them) know)(?: that)?\s+(.+)$/i.exec(clause);
    if (m && VERB.test(m[1]!) && !INTERNAL_NAME.test(m[1]!)) {
      // "Say you can help": the instruction's "you" is the agent speaking.
      const said = toSecondPerson(agentToFirstPerson(m[1]!));
      lines.push(`${said[0]!.toUpperCase()}${said.slice(1)}.`);
    }
  }
  return { lines, question: questions.length ? questions.join(' ') : undefined, tools };
}
