// An agent's first words, read from its entry instruction ("Welcome the caller to Acme support,
// then ask for their name") and the known facts. Only common instruction shapes are recognised;
// anything else falls back to a greeting built from the agent's role.

export interface EntryLines {
  /** Statements: welcome, introduction, what we understood. */
  lines: string[];
  /** The question the instruction asks the agent to put, if any. */
  question?: string;
}

/** "my internet is not working" → "your internet is not working" (the caller's words, said back). */
export function sayBack(text: string): string {
  return text
    .replace(/\bI am\b/gi, 'you are')
    .replace(/\bI'm\b/gi, "you're")
    .replace(/\bI was\b/gi, 'you were')
    .replace(/\bI've\b/gi, "you've")
    .replace(/\bI have\b/gi, 'you have')
    .replace(/\bI\b/g, 'you')
    .replace(/\bmy\b/gi, 'your')
    .replace(/\bme\b/gi, 'you')
    .replace(/\bmine\b/gi, 'yours')
    .replace(/\bours\b/gi, 'yours')
    .replace(/\bour\b/gi, 'your');
}

/** "where is my order?" → "I understand you'd like to know where your order is." */
export function understood(detail: string): string {
  const said = clause(sayBack(detail))
    .replace(/\?+$/, '')
    .replace(/^./, (c) => c.toLowerCase());
  const q = /^(where|what|when|how|why|who)\s+(is|are|was|were)\s+(.+)$/i.exec(said);
  if (q) return `I understand you'd like to know ${q[1]!.toLowerCase()} ${q[3]} ${q[2]!.toLowerCase()}.`;
  if (/^(?:can|could|will|would|do|does|did|is|are|has|have)\b/i.test(said)) return `I understand you asked: ${said}?`;
  return `I understand ${said}.`;
}

function clause(text: string): string {
  return text.replace(/[.!]+$/, '').trim();
}

/**
 * Speech for an entry instruction. `facts` are the known facts; `name` the caller's first name;
 * `detail` the latest thing the caller said they need (from the facts), if any.
 */
export function entryLines(instruction: string, opts: { name?: string; detail?: string }): EntryLines {
  const out: EntryLines = { lines: [] };
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
  m = /\btell the caller (?:that )?you(?: are|'re) ([^.;]+)/i.exec(text);
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
  return out;
}
