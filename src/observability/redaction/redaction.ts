// PII and secret redaction for everything we persist or log: session records, log lines, span
// attributes. PII (emails, phone numbers, card-like numbers) is redacted by default and can be
// switched off per deployment; secrets are removed whatever the setting.
import { luhnValid } from '../../tasks/spoken.js';

export interface RedactionOptions {
  /** Redact emails, phone numbers and card-like numbers (default true). */
  pii?: boolean;
  /** Exact secret values to remove wherever they appear (default: secret-looking env vars). */
  secretValues?: string[];
}

export interface Redactor {
  readonly pii: boolean;
  /** Redact one string; `hint` names what it is (a field name), which helps tell ids from PII. */
  text(value: string, hint?: string): string;
  /** Deep copy of a value with every string redacted and secret-named fields masked. */
  value<T>(value: T): T;
}

export const SECRET_MASK = '[secret]';

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Spoken or half-spoken emails, as speech-to-text writes them: "ann dot lee at example dot com",
// "ann.lee at example.com", "a underscore b at mail dot co dot uk".
const SPOKEN_EMAIL = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+(?:\s+(?:dot|underscore|dash|hyphen|period|plus)\s+[A-Za-z0-9._%+-]+){0,5}` +
    String.raw`(?:\s*@\s*|\s+(?:at)(?:\s+(?:sign|symbol))?\s+|\s*[([]at[)\]]\s*)` +
    String.raw`[A-Za-z][A-Za-z0-9-]{0,62}(?:(?:\.|\s+(?:dot|period)\s+)[A-Za-z0-9-]{1,63}){0,4}(?:\.|\s+(?:dot|period)\s+)[A-Za-z]{2,24}\b` +
    // "reach her at ann dot lee at example dot com": the address is the one before the last " at ".
    String.raw`(?!\s+at\s+[A-Za-z][A-Za-z0-9-]*(?:\.|\s+(?:dot|period)\s+)[A-Za-z]{2,})`,
  'gi',
);

// Spans that look numeric but are not PII; hidden before digit redaction, restored after.
const NOT_PII = [
  // ISO dates and timestamps
  /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g,
  // UUIDs
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  // d/m/y dates, clock times, IPv4 addresses, money and decimals
  /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g,
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/g,
  /\b\d{1,3}(?:\.\d{1,3}){3}\b/g,
  /\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.])\$?\d+\.\d{1,2}(?![\d.])/g,
  // Prefixed record ids: INV-2041, R-0001, Q-0042, C-1001
  /\b[A-Za-z]{1,10}[-_]\d{1,8}\b/g,
];

const DIGIT_WORDS: Record<string, string> = {
  zero: '0',
  oh: '0',
  o: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const WORD = '(?:zero|one|two|three|four|five|six|seven|eight|nine)';
const WORD_OR_OH = '(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)';
const REPEAT = String.raw`(?:double|triple)\s+(?:${WORD_OR_OH}|\d)`;
const UNIT = String.raw`(?:\d+|${REPEAT}|\b${WORD_OR_OH}\b)`;
const FIRST = String.raw`(?:\d+|\b${REPEAT}|\b${WORD}\b)`;
// A run of digits and spoken digits, grouped by spaces, dashes, dots or brackets:
// "415 555 0134", "(415) 555-0134", "four one five five five five zero one three four".
const DIGIT_RUN = new RegExp(
  String.raw`(?:\+\s?)?\(?${FIRST}(?:(?:[ \t.\u2013-]+|\s*[()]\s*|[ \t]*\+)${UNIT})*\)?`,
  'gi',
);

// A run right after these words is a record reference (order 4012 4023 4030), not PII.
const REFERENCE_BEFORE =
  /\b(?:orders?|invoices?|tickets?|refunds?|cases?|references?|ref|confirmations?|items?|tracking)(?:\s+(?:numbers?|nos?\.?|ids?|#))?(?:\s+(?:is|are|was|were))?\s*[:#]?\s*$/i;
const ACCOUNT_BEFORE = /\baccount(?:\s+(?:number|no\.|#))?[^.!?]{0,24}$/i;
const PHONE_BEFORE = /\b(?:phone|mobile|cell|call|ring|reach|number|text|fax|tel)\b[^.!?]{0,24}$/i;

/** The digits a run stands for, and its groups' sizes ("four one five 555" → 415555, [3, 3]). */
function readRun(run: string): { digits: string; groups: number[] } {
  let digits = '';
  const groups: number[] = [];
  let inWords = false;
  const tokens = run.toLowerCase().match(/\d+|[a-z]+/g) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/^\d+$/.test(t)) {
      digits += t;
      groups.push(t.length);
      inWords = false;
      continue;
    }
    const times = t === 'double' ? 2 : t === 'triple' ? 3 : 1;
    const word = times > 1 ? tokens[++i] : t;
    if (word === undefined) continue;
    const d = /^\d$/.test(word) ? word : DIGIT_WORDS[word];
    if (d === undefined) continue;
    digits += d.repeat(times);
    if (inWords) groups[groups.length - 1]! += times;
    else groups.push(times);
    inWords = true;
  }
  return { digits, groups };
}

/** What a run of digits is, or undefined when it should stay (too short, or a record reference). */
function classifyRun(run: string, before: string): '[card]' | '[account]' | '[phone]' | '[number]' | undefined {
  const { digits, groups } = readRun(run);
  const n = digits.length;
  if (n < 7) return undefined;
  const card = n >= 13 && n <= 19 && luhnValid(digits);
  if (card) return '[card]';
  const isReference =
    REFERENCE_BEFORE.test(before) &&
    groups.every((g) => g <= 8) &&
    (groups.length === 1 || groups.every((g) => g === groups[0] && g >= 4));
  if (isReference) return undefined;
  if (ACCOUNT_BEFORE.test(before) && !/[+(]/.test(run)) return '[account]';
  if (n >= 10 || /[+(]/.test(run) || PHONE_BEFORE.test(before)) return '[phone]';
  return '[number]';
}

/**
 * Emails, phone, card and account numbers, written or spoken, replaced by a label. `hint` is
 * context that precedes the text (a field name such as accountNumber or orderIds).
 */
export function redactPiiText(text: string, hint = ''): string {
  const context = hint ? `${hint.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ')}: ` : '';
  let out = text.replace(EMAIL, '[email]').replace(SPOKEN_EMAIL, '[email]');
  // Hide non-PII numeric spans behind private-use characters while digit runs are judged.
  const kept: string[] = [];
  for (const re of NOT_PII) {
    out = out.replace(re, (m) => {
      kept.push(m);
      return String.fromCharCode(0xe000 + kept.length - 1);
    });
  }
  out = out.replace(DIGIT_RUN, (match: string, offset: number, whole: string) => {
    const prev = whole[offset - 1] ?? '';
    const next = whole[offset + match.length] ?? '';
    // Digits inside a longer token (1Z999AA1012, speech_ab12) are part of an id; "sip_+1555…" is not.
    if (/[A-Za-z0-9]/.test(prev) || (prev === '_' && !match.startsWith('+'))) return match;
    if (/[A-Za-z0-9]/.test(next)) return match;
    const trimmed = match.replace(/[\s.\u2013-]+$/, '');
    const before = offset < 40 ? context + whole.slice(0, offset) : whole.slice(offset - 40, offset);
    const label = classifyRun(trimmed, before);
    return label ? label + match.slice(trimmed.length) : match;
  });
  if (kept.length > 0) out = out.replace(/[\ue000-\uf8ff]/g, (c) => kept[c.charCodeAt(0) - 0xe000] ?? c);
  return out;
}

// Secret-looking values inside free text.
const SECRET_PATTERNS: [RegExp, string][] = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/-]{8,}=*/gi, `$1 ${SECRET_MASK}`],
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g, SECRET_MASK],
  [/\b(?:sk|pk|rk)-[A-Za-z0-9_-]{16,}/g, SECRET_MASK],
  [/\bAKIA[0-9A-Z]{16}\b/g, SECRET_MASK],
  [
    /\b((?:api[_-]?key|access[_-]?token|token|password|passwd|secret)\s*[:=]\s*)(?:"[^"]*"|'[^']*'|[^\s"',;&]+)/gi,
    `$1${SECRET_MASK}`,
  ],
  // Credentials inside URLs: scheme://user:password@host
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s:@/]+):[^\s@/]+@/gi, `$1:${SECRET_MASK}@`],
];

// Field names whose value is a secret (checked word by word: accessToken, api_key, pinCode...).
const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'pass',
  'passcode',
  'secret',
  'token',
  'apikey',
  'authorization',
  'auth',
  'credential',
  'credentials',
  'cvv',
  'cvc',
  'pin',
  'otp',
  'ssn',
  'privatekey',
]);

// Field names repeat on every event (role, text, metrics...): remember the answer per name.
const secretFieldCache = new Map<string, boolean>();

/** True when a field with this name holds a secret. */
export function isSecretField(name: string): boolean {
  let secret = secretFieldCache.get(name);
  if (secret === undefined) {
    secret = fieldNameIsSecret(name);
    // Bounded: names come from code and tool schemas, but userdata keys could be anything.
    if (secretFieldCache.size >= 2048) secretFieldCache.clear();
    secretFieldCache.set(name, secret);
  }
  return secret;
}

function fieldNameIsSecret(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.some((w) => SECRET_WORDS.has(w))) return true;
  const joined = words.join('');
  return (
    joined === 'apikey' || joined.endsWith('apikey') || joined.endsWith('privatekey') || joined.endsWith('secretkey')
  );
}

/** Values of environment variables that look like secrets (API keys, tokens, passwords). */
export function secretValuesFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  const values: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (!value || value.length < 8) continue;
    if (/(KEY|SECRET|TOKEN|PASSWORD|PASSWD|CREDENTIAL)/i.test(name)) values.push(value);
    // A database URL's password is a secret even though the variable name is not.
    const url = /^[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:([^\s@/]+)@/i.exec(value);
    if (url?.[1] && url[1].length >= 4) values.push(url[1]);
  }
  // Longest first so a value containing another is masked whole.
  return [...new Set(values)].sort((a, b) => b.length - a.length);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Parse `RECORD_REDACT` (on|off; default on). Throws a sentence for any other value. */
export function redactionFromEnv(env: NodeJS.ProcessEnv = process.env): RedactionOptions {
  const raw = (env.RECORD_REDACT ?? 'on').trim().toLowerCase();
  if (['on', 'true', '1', 'yes', ''].includes(raw)) return { pii: true };
  if (['off', 'false', '0', 'no'].includes(raw)) return { pii: false };
  throw new Error(
    `RECORD_REDACT must be "on" or "off" (got "${env.RECORD_REDACT}"). Set it to off only where storing caller details is allowed.`,
  );
}

export function createRedactor(options: RedactionOptions = {}): Redactor {
  const pii = options.pii ?? true;
  const secretValues = (options.secretValues ?? secretValuesFromEnv()).filter((v) => v.length >= 4);
  const secretValueRe = secretValues.length > 0 ? new RegExp(secretValues.map(escapeRegExp).join('|'), 'g') : undefined;

  const text = (value: string, hint?: string): string => {
    let out = value;
    if (secretValueRe) out = out.replace(secretValueRe, SECRET_MASK);
    for (const [re, replacement] of SECRET_PATTERNS) out = out.replace(re, replacement);
    if (pii) out = redactPiiText(out, hint);
    return out;
  };

  const walk = (value: unknown, seen: WeakSet<object>, depth: number, key?: string): unknown => {
    if (typeof value === 'string') return text(value, key);
    if (value === null || typeof value !== 'object') return value;
    if (depth > 12) return '[truncated]';
    if (seen.has(value)) return '[circular]';
    seen.add(value);
    try {
      if (value instanceof Date) return value.toISOString();
      if (value instanceof Error) {
        return { name: value.name, message: text(value.message) };
      }
      if (Array.isArray(value)) return value.map((v) => walk(v, seen, depth + 1, key));
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        out[key] =
          isSecretField(key) && v !== undefined && v !== null && v !== '' ? SECRET_MASK : walk(v, seen, depth + 1, key);
      }
      return out;
    } finally {
      seen.delete(value);
    }
  };

  return {
    pii,
    text,
    value: <T>(value: T): T => walk(value, new WeakSet(), 0) as T,
  };
}
