// Turn a tool output into what the agent says. Tool outputs are written for a model: facts ("Order
// ORD-12345 shipped on Monday.") mixed with directions ("Tell the caller ...", "Apologise ...",
// "Do not transfer again"). Facts are spoken as they are, directions are carried out or dropped,
// and third-person references to the caller become "you". Nothing is added that the output did not say.
import { SENTENCE_BREAK } from './sentences.js';
import { findDirectives } from '../workflow/directives.js';
import { humanize } from './param_spec.js';
import { ROLE, questionFromAsk, toSecondPerson, withoutInternals } from './render/for_caller.js';
import { spokenDate } from '../spoken/dates.js';
import { POLICY_THRESHOLDS } from './thresholds.js';

const SPOKEN_SENTENCES_MAX = POLICY_THRESHOLDS.spokenSentences;

export interface Spoken {
  text: string;
  /** The output asked for a goodbye (end of call). */
  goodbye: boolean;
  /** The output asked the agent to get something from the caller again. */
  asksAgain: boolean;
}

function sentenceCase(s: string): string {
  const t = s.trim();
  return t ? t[0]!.toUpperCase() + t.slice(1) : t;
}

function finish(s: string): string {
  const t = s.trim().replace(/[,;:\s]+$/, '');
  if (!t) return '';
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** Offer-type directions become first-person offers: "offer to try again" → "I can try again". */
function offer(rest: string): string {
  const stripped = rest.replace(/^(?:the caller |them |you )?/i, '');
  // "Offer free times" offers a thing; "offer to try again" offers to do something.
  if (!/^(?:to\s|a\s+(?:callback|ticket)|another way)/i.test(stripped))
    return `I can offer ${toSecondPerson(stripped)}`;
  const r = stripped
    .replace(/^to\s+/i, '')
    .replace(/\bor to\b/gi, 'or')
    .replace(/\band to\b/gi, 'and')
    .replace(/^another way to help\s*\(([^)]*)\)/i, 'help another way, with $1')
    .replace(/^a\s+(callback|ticket)/i, 'arrange a $1');
  return `${CALLER_ACTION.test(r) ? 'You can' : 'I can'} ${toSecondPerson(r)}`;
}

const ROLE_NOT_YET = new RegExp(`^(?:the|this) ${ROLE} (?:is|has|was) not\\b.*\\byet\\.?$`, 'i');

// Things only the caller can do ("offer to pay at pickup"): offered as "you can", not "I can".
const CALLER_ACTION = /^(?:pay|come|visit|pick up|choose|bring(?! in\b)|drop off|upload|sign)\b/i;

const AGENT_NEXT_STEP =
  /,?\s+(?:and|then)\s+(?:add|call|use|record|save|create|book|file|log|submit|update|hold|send)\s+(?:it|them|that|this|the\s+\w+)\b.*$/i;

const DROP =
  /^(?:do not|don't|never|introduce (?:them|the operator)|step back|carry on|continue|keep|remember|note that|make sure|be (?:brief|concise|polite)|use (?:the|this)|call (?:the )?\w+_\w+)/i;

const CALL_AGAIN_WITH_FLAG =
  /\b(?:call|try|run)(?: it| this| that)? again with \w+(?: set)?(?: to| as)? (?:true|false)\b/i;

function rewriteSentence(sentence: string, out: Spoken): string[] {
  let s = sentence.trim();
  if (!s) return [];
  if (
    /^say (?:a |your )?(?:short,? )?(?:warm,? )?(?:friendly,? )?goodbye/i.test(s) ||
    /^(?:now )?say goodbye/i.test(s)
  ) {
    out.goodbye = true;
    return [];
  }
  if (/^(?:transferred|returned) to \w+\.?$/i.test(s)) return [];
  // Status meant for the model ("The lead is not qualified yet."): the question that follows says it for the caller.
  if (ROLE_NOT_YET.test(s)) return [];
  // Sentences about the agent's own next words ("The call will end after your goodbye") are not for the caller.
  if (DROP.test(s) || /\byour (?:goodbye|reply|answer|response|next turn)\b/i.test(s)) return [];
  // "if they are sure, call again with confirmed true": how to make the call, not for the caller.
  if (CALL_AGAIN_WITH_FLAG.test(s)) return [];
  // Directions can be chained: "Apologise, say the system is slow, and offer to try again."
  const chained = /^(apologi[sz]e|say sorry)(?: to the caller)?(?:\s+(?:for [^,]+))?(?:,\s*|\s+and\s+|\s*$)(.*)$/i.exec(
    s,
  );
  if (chained) {
    const rest = chained[2]!.replace(/^and\s+/i, '');
    return [
      "I'm sorry.",
      ...rest.split(/,\s*(?:and\s+)?|\s+and\s+(?=(?:offer|say|tell|ask)\b)/i).flatMap((p) => rewriteSentence(p, out)),
    ];
  }
  // "Give the caller that number again": it points back at a fact the sentence before just said.
  if (/^(?:give|read|repeat)\s+(?:the caller|them|him|her|the customer)\s+(?:that|it|this|those|these)\b/i.test(s))
    return [];
  // "Read the order back and ask which dish to remove", "Tell the caller and ask whether they still
  // want to cancel": the agent's step is its own; the caller hears the question.
  let m = /^(?:read|repeat|list|recap|go over|check|tell|explain)\b[^.]*?,?\s+(?:and|then)\s+ask\s+(.*)$/i.exec(s);
  if (m) {
    out.asksAgain = true;
    return [questionFromAsk(m[1]!)];
  }
  // "Nothing is owed. Tell the caller.": the fact before it is what the caller hears.
  if (/^(?:tell|inform|let)\s+(?:the caller|them|him|her|the customer)(?:\s+know)?[.!]?$/i.test(s)) return [];
  m = /^(?:tell|inform|let|remind)\s+(?:the caller|them|him|her|the customer)(?:\s+know)?(?:\s+that)?\s+(.*)$/i.exec(s);
  if (m) {
    // "Tell them the ticket number, that ..." : a bare noun phrase points back at a fact already said.
    return m[1]!
      .split(/,\s*(?:and\s+)?that\s+|\s+and\s+that\s+/i)
      .filter((p) =>
        /\b(?:is|are|was|were|will|can|could|has|have|had|should|must|may|might|would|did|does|do|been|isn't|aren't|won't|can't)\b/i.test(
          p,
        ),
      )
      .map((p) => finish(sentenceCase(toSecondPerson(p))));
  }
  if (/^(?:read|repeat|recap|go over)\b.*\bback\b/i.test(s)) return [];
  // "If the caller has no supply, offer to report it": the direction carried out, under its condition.
  m = /^if\s+([^,]{3,80}),\s*((?:offer|say|ask|tell)\b.*)$/i.exec(s);
  if (m) {
    const done = rewriteSentence(m[2]!, out);
    if (done.length === 1 && done[0])
      return [
        `If ${toSecondPerson(m[1]!)}, ${/^I\b/.test(done[0]) ? done[0] : done[0][0]!.toLowerCase() + done[0].slice(1)}`,
      ];
    return done;
  }
  m = /^say(?: that)?\s+(.*)$/i.exec(s);
  if (m) return [finish(sentenceCase(toSecondPerson(m[1]!)))];
  m = /^offer\s+(.*)$/i.exec(s);
  if (m) return [finish(offer(m[1]!))];
  m = /^ask\s+(.*)$/i.exec(s);
  if (m) {
    out.asksAgain = true;
    // "Ask what they would like, and add it first": what follows the question is the agent's next step.
    return [questionFromAsk(m[1]!.replace(AGENT_NEXT_STEP, ''))];
  }
  // "Suggest another dish from the same course": the caller is asked, since nothing was suggested yet.
  m = /^(?:suggest|recommend|propose)\s+(.*?)(?:\s+instead)?[.!]?$/i.exec(s);
  if (m) return [`Would you like ${toSecondPerson(m[1]!)} instead?`];
  m = /^(?:help the caller here|help them here)(?:,?\s*or\s+(.*))?$/i.exec(s);
  if (m)
    return [
      m[1]
        ? finish(`I can help you here, or ${toSecondPerson(m[1]).replace(/^offer\s+/i, 'arrange ')}`)
        : 'I can help you here.',
    ];
  // An instruction to the agent ("Verify the caller's identity first") becomes what the agent needs to do.
  if (
    /^(?:verify|check|confirm|collect|get|obtain|look up|find|ask for)\b/i.test(s) &&
    /\b(?:the caller|first|before)\b/i.test(s)
  ) {
    return [
      finish(
        `I need to ${s[0]!.toLowerCase()}${s.slice(1)}`
          .replace(/\bthe caller's\b/gi, 'your')
          .replace(/\bthe caller\b/gi, 'you'),
      ),
    ];
  }
  s = toSecondPerson(s)
    .replace(/\s*\((position \d+)\)/gi, ', $1 in the queue,')
    .replace(/\s*\(([^)]*)\)/g, ', $1,')
    .replace(/,\s*([.!?])/g, '$1');
  return [finish(sentenceCase(s))];
}

/** Speakable text from a JSON tool result: "status: shipped; eta: Friday". */
function fromJson(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(fromJson).filter(Boolean).join('; ');
  const parts: string[] = [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === null || v === undefined || v === '') continue;
    const shown = typeof v === 'boolean' ? (v ? 'yes' : 'no') : typeof v === 'object' ? fromJson(v) : String(v);
    parts.push(`${humanize(k)}: ${shown}`);
  }
  return parts.join(', ');
}

/** The framework JSON-encodes successful string results ("\"Order 4012 shipped\""): decode them. */
export function toolOutputText(output: string): string {
  const text = output.trim();
  if (text.startsWith('"')) {
    try {
      const decoded = JSON.parse(text) as unknown;
      if (typeof decoded === 'string') return decoded;
    } catch {
      // Not JSON: a plain sentence that happens to start with a quote.
    }
  }
  return text;
}

const TIMESTAMP = /"?(?<![\w-])(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\b"?/g;

/**
 * Machine timestamps a tool echoes back ("\"2026-12-08T15:00:00.000Z\" is not one of the times
 * offered") said as a person would: "Tuesday, December 8 at 3 PM", in the process's time zone,
 * where the policy reads the caller's times.
 */
export function spokenTimestamps(text: string): string {
  return text.replace(TIMESTAMP, (whole, day: string, clock: string | undefined, zone: string | undefined) => {
    const at = new Date(clock ? `${day}T${clock}${zone ?? ''}` : `${day}T12:00`);
    if (Number.isNaN(at.getTime())) return whole;
    const date = spokenDate(at, Intl.DateTimeFormat().resolvedOptions().timeZone);
    if (!clock) return date;
    const time = at.toLocaleTimeString('en-US', { hour: 'numeric', minute: at.getMinutes() ? '2-digit' : undefined });
    return `${date} at ${time}`;
  });
}

/** What to say for one tool output. */
export function speakToolOutput(output: string): Spoken {
  const result: Spoken = { text: '', goodbye: false, asksAgain: false };
  let text = toolOutputText(output).replace(/[\u2018\u2019]/g, "'");
  // Framework-level failures carry validation dumps or nothing useful for the caller.
  if (
    /^Invalid arguments for\b/i.test(text) ||
    /^An internal error occurred/i.test(text) ||
    /^Unknown function\b/i.test(text)
  ) {
    result.text = "Sorry, something went wrong on my side. Let's try that again.";
    return result;
  }
  // The runtime's own sentences come with their directive as data: act on it, never parse the words.
  const runtime = findDirectives(text);
  if (runtime.found.length > 0) {
    result.goodbye = runtime.found.some((d) => d.directive === 'goodbye');
    result.asksAgain = runtime.found.some((d) => d.directive === 'ask_again');
    result.text = runtime.found
      .map((d) => d.forCaller)
      .filter(Boolean)
      .join(' ');
    return result;
  }
  if (/^(?:true|false|-?\d+(?:\.\d+)?)$/.test(text)) {
    result.text = text === 'true' ? 'Done.' : text === 'false' ? "That didn't go through." : `The answer is ${text}.`;
    return result;
  }
  if (/^[[{]/.test(text)) {
    try {
      const parsed = JSON.parse(text) as unknown;
      const shown = fromJson(parsed);
      result.text = shown ? `Here is what I found: ${shown}.` : '';
      return result;
    } catch {
      // Not JSON after all: speak it as text.
    }
  }
  text = spokenTimestamps(text);
  // Tool names are internals: the caller only needs to know that the step failed, and directions
  // that name a tool ("Call qualify_lead first") are for the agent, not the caller.
  text = text.replace(/^[a-z]+(?:_[a-z0-9]+)+ (?=did not|failed|tried|could not|is not|was not)/, 'The system ');
  text = text
    .split(new RegExp(`${SENTENCE_BREAK.source}(?=[A-Z"(])`))
    .map((sentence) => withoutInternals(sentence))
    .filter((sentence): sentence is string => Boolean(sentence))
    .join(' ');
  text = text
    .replace(/\b[a-z]+(?:_[a-z0-9]+)+\b/g, (n) => humanize(n))
    .replace(/\boffer another way to help \(([^)]*)\)/gi, 'offer to help another way with $1')
    // Technical detail in brackets ("(Invalid email)") is for logs; queue positions are for people.
    .replace(/\s*\((?!position \d)[^)]*\)/gi, '');
  // Keep replies short: the first few sentences carry the result. The options of a list ("Free
  // times: A; B; C") are one sentence: every option offered is heard.
  const sentences = text
    .split(new RegExp(`${SENTENCE_BREAK.source}(?=[A-Za-z"(])`))
    .map((sentence) => {
      // "What is it for? Ask: a checkup, a vaccination or a dental." — the choices are the question.
      const choices = /^ask(?: the caller| them)?:\s+(.+?)[.!]?$/i.exec(sentence);
      if (choices) {
        result.asksAgain = true;
        return `${sentenceCase(choices[1]!)}?`;
      }
      return sentence
        .split(/;\s+|:\s+(?=[a-z])/)
        .map((seg) => sentenceCase(seg))
        .flatMap((seg) => rewriteSentence(seg, result))
        .filter(Boolean)
        .join(' ');
    })
    .filter(Boolean);
  result.text = sentences
    .slice(0, SPOKEN_SENTENCES_MAX)
    .join(' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return result;
}
