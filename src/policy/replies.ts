// Everything the policy says in its own words: short, speakable sentences built from what the
// app declared (tool descriptions, argument labels, agent instructions) and the known facts.
import { countWord } from '../spoken/number_words.js';
import { dateAbout, type ParamSpec } from './param_spec.js';
import { toSecondPerson } from './render/for_caller.js';
import type { ToolInfo } from './tool_catalog.js';

export function firstName(full: string | undefined): string | undefined {
  const first = full?.trim().split(/\s+/)[0];
  return first && /^[A-Za-z][A-Za-z'-]*$/.test(first) ? first : undefined;
}

function listOr(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** Things the caller named with their items that the list does not have ("two cokes"). */
export function notFoundNote(things: string[] | undefined): string {
  if (!things?.length) return '';
  const list = things.length === 1 ? things[0]! : `${things.slice(0, -1).join(', ')} and ${things.at(-1)}`;
  return `Sorry, I couldn't find ${list}.`;
}

/** An example value the description gives ("like ORD-12345", "e.g. 12345678"). */
function exampleIn(description: string): string | undefined {
  const example =
    /(?:like|e\.g\.?|for example|such as|format)\s*:?\s*["'“]?([A-Za-z0-9][A-Za-z0-9@._+-]*\d[A-Za-z0-9-]*)/i.exec(
      description,
    )?.[1];
  // A bare number as the example sounds like a real record; only letter-and-digit formats help.
  return example && /[A-Za-z]/.test(example) ? example : undefined;
}

/**
 * What an id looks like, told from its description's example without saying the example: apps
 * often give a real record there ("like K7QX2M"), and reading it out hands one caller another's
 * booking. "INV-2041" → "INV followed by four digits"; "K7QX2M" → "six letters and digits".
 */
export function idShape(example: string): string {
  const prefixed = /^([A-Za-z]{1,4})[-\s]?(\d{2,})$/.exec(example);
  if (prefixed) return `${prefixed[1]!.toUpperCase()} followed by ${countWord(prefixed[2]!.length)} digits`;
  const chars = example.replace(/[^A-Za-z0-9]/g, '');
  return `${countWord(chars.length)} letters and digits`;
}

// The day a caller said is a local calendar day (see dateValue in slot_dates.ts).
const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long' });

/** The question that asks for one missing argument. */
export function askFor(p: ParamSpec, partialDay?: Date): string {
  const label = p.label;
  switch (p.kind) {
    case 'email':
      return 'Could you tell me your email address?';
    case 'phone':
      return 'What is the best phone number to reach you on?';
    case 'person_name':
      if (/\blast\b|\bsurname\b/.test(label)) return 'And your last name, please?';
      if (/\bfirst\b/.test(label) && !p.fullName) return 'What is your first name?';
      return p.fullName ? 'May I have your full name, please?' : 'May I have your name, please?';
    case 'identifier': {
      const example = exampleIn(p.description);
      return `Could you tell me the ${label}?${example ? ` It's ${idShape(example)}.` : ''}`;
    }
    case 'datetime':
      // Asked about what happened, a time "suits" nobody: when was it?
      if (dateAbout(p) === 'past')
        return partialDay ? `What time on ${DAY.format(partialDay)} was that?` : 'When did it happen?';
      if (dateAbout(p) === 'birth') return 'What is your date of birth?';
      return partialDay
        ? `What time on ${DAY.format(partialDay)} suits you?`
        : 'When would suit you? A day and a time is perfect.';
    case 'date':
      if (dateAbout(p) === 'past') return 'On what date did it happen? Roughly is fine.';
      if (dateAbout(p) === 'birth') return 'What is your date of birth?';
      return 'Which day would suit you?';
    case 'time':
      return 'What time would suit you?';
    case 'enum':
      return `Which ${label} is it: ${listOr((p.enumValues ?? []).map((v) => v.replace(/[_-]+/g, ' ')))}?`;
    case 'number': {
      // A description that is itself the question ("How many months from now, from 1 to 12.").
      const asked = /^(?:how (?:many|much|long|often)|what|which)\b[^,.;:(]{3,80}/i.exec(p.description.trim())?.[0];
      // Unless a pronoun in it points at something the caller cannot see ("How many of them").
      if (asked && !/\b(?:them|they|their|it|its|this|these|those)\b/i.test(asked)) return `${asked.trim()}?`;
      // "What is the months?" is no question: a plural label asks how many.
      return /[^s]s$/.test(label) ? `How many ${label}?` : `What is the ${label}?`;
    }
    case 'boolean':
      return askBoolean(p);
    case 'reason':
      return 'Could you tell me briefly why?';
    case 'place':
      return 'Which town or area are you in?';
    default: {
      const desc = p.description.replace(/[\u2018\u2019]/g, "'");
      if (p.options && p.options.length > 1) return `Which ${label} is it: ${listOr(p.options)}?`;
      if (/\bwhat (?:the caller|they) needs?\b/i.test(desc)) return 'What can I help you with today?';
      if (/\b(?:what is wrong|what's wrong|symptoms?)\b/i.test(`${label} ${desc}`))
        return 'What exactly is going wrong?';
      if (/\b(?:summary|description|issue|problem|details?)\b/.test(label))
        return 'Could you briefly describe the problem?';
      const noun = /^((?:the|a|an)\s+[^,.:;(]{3,60})/i.exec(desc)?.[1];
      return toSecondPerson(
        `Could you tell me ${
          noun
            ? noun
                .trim()
                .replace(/^(?:a|an)\s/i, 'the ')
                .replace(/^The\b/, 'the')
            : `the ${label}`
        }?`,
      );
    }
  }
}

/** Ask for one of two arguments that can stand in for each other. */
export function askForEither(a: ParamSpec, b: ParamSpec): string {
  const name = (p: ParamSpec) => (p.kind === 'email' ? 'email address' : p.label);
  return `Could you give me your ${name(a)} or your ${name(b)}?`;
}

/** A yes/no question for a boolean argument described as "True when ...". */
export function askBoolean(p: ParamSpec): string {
  const when = /\btrue (?:when|if)\s+([^;.]+)/i.exec(p.description.replace(/[\u2018\u2019]/g, "'"))?.[1];
  if (when) {
    const clause = when
      .replace(/\bthe caller'?s\b/gi, 'your')
      .replace(/\bthe caller\b/gi, 'you')
      .trim();
    const m = /^(.*?)\s+(is|are|was|were|has|have)\s+(.*)$/i.exec(clause);
    if (m) return `${m[2]![0]!.toUpperCase()}${m[2]!.slice(1)} ${m[1]} ${m[3]}?`;
  }
  return `${p.description ? p.description.replace(/[.?]+$/, '') : `Is it ${p.label}`}? Yes or no?`;
}

/** "put you through to the billing team, or check an order's status". */
export function optionsSentence(tools: ToolInfo[], max = 3): string {
  const phrases = [...new Set(tools.map((t) => t.phrase))].slice(0, max);
  return listOr(phrases);
}

export function clarify(a: ToolInfo, b: ToolInfo): string {
  return `Just to be sure: would you like me to ${a.phrase}, or ${b.phrase}?`;
}

export function notCaught(options: ToolInfo[]): string {
  const offer = optionsSentence(options);
  return offer
    ? `Sorry, I didn't catch that. I can ${offer}. What would you like to do?`
    : "Sorry, I didn't catch that. Could you say it another way?";
}

export function offTopic(options: ToolInfo[]): string {
  const offer = optionsSentence(options);
  return offer
    ? `I'm afraid I can't help with that here, but I can ${offer}. What do you need?`
    : "I'm afraid I can't help with that here. What else can I do for you?";
}

export function greetBack(name?: string): string {
  return `Hello${name ? ` ${name}` : ''}! How can I help you today?`;
}

export function youAreWelcome(): string {
  return "You're welcome. Is there anything else I can help with?";
}

export function goodbye(name?: string): string {
  return `Thank you for calling${name ? `, ${name}` : ''}. Goodbye!`;
}

export function injectionReply(): string {
  return "I can't act on instructions like that, but I'm happy to help with your request. What do you need?";
}

export function noHumanHere(): string {
  return "I'm sorry, I can't put you through to a person from here, but I'll do my best to help. What do you need?";
}

/** Asked for a person again after being queued for one: where they stand, not a second queue entry. */
export function alreadyQueued(): string {
  return "You're already in the queue for a human colleague, and they will call you back. Is there anything else I can help with meanwhile?";
}

/** What a queued caller adds, with nothing else to do here: the colleague who calls back has it. */
export function notedForColleague(): string {
  return "I've noted that for the colleague who will call you back. Is there anything else I can help with?";
}

/** The caller is done with this part and the agent cannot end the call: check before moving on. */
export function wrapUp(): string {
  return 'Got it. Is there anything else you need, or shall we carry on?';
}

/** The caller held back the committing step ("don't submit it yet"): nothing is done until they say so. */
export function holdBack(phrase: string): string {
  return `No problem, I won't ${phrase} yet. Just tell me when you're ready, or what you'd like to change.`;
}

/** The caller does not want the committing step at all ("no need to send me anything"). */
export function declined(phrase: string): string {
  return `No problem, I won't ${phrase}. Is there anything else I can help with?`;
}

export function anythingElse(): string {
  return 'Is there anything else I can help with?';
}

const ADJECTIVES =
  /\b(?:friendly|helpful|polite|concise|professional|warm|patient|careful|efficient|calm|courteous|knowledgeable|experienced|expert|empathetic|brief)\b,?\s*(?:and\s+)?/gi;

/**
 * Who the agent is, in its own voice, from the first sentence of its instructions:
 * "You are the billing agent of Acme support." → "I'm the billing agent of Acme support".
 */
export function roleLine(instructions: string): string | undefined {
  const first = /^\s*(?:#[^\n]*\n\s*)?(You(?: are|'re) [^.!\n]+)[.!\n]/i.exec(instructions)?.[1];
  if (!first) return undefined;
  let role = first
    .replace(/^You(?: are|'re)\s+/i, '')
    .replace(ADJECTIVES, '')
    .replace(/\s+(?:who|that|which|and you|you)\b.*$/i, '')
    .replace(/,.*$/, '')
    .trim();
  if (!/^(?:a|an|the)\b/i.test(role)) return undefined;
  role = role.replace(/^an? (?=[aeiou])/i, 'an ').replace(/\byour\b/gi, 'the');
  if (role.split(/\s+/).length > 12) return undefined;
  return `I'm ${role}`;
}

/** A quoted line the app asked the agent to say ("Say \"Welcome to Acme\""), if any. */
export function quotedLine(instruction: string): string | undefined {
  const m = /["“]([^"”]{8,200})["”]/.exec(instruction);
  return m?.[1]?.trim();
}
