// PII and secret redaction for everything we persist or log: session records, log lines, span
// attributes. PII (emails, phone numbers, card-like numbers) is redacted by default and can be
// switched off per deployment; secrets are removed whatever the setting.

export interface RedactionOptions {
  /** Redact emails, phone numbers and card-like numbers (default true). */
  pii?: boolean;
  /** Exact secret values to remove wherever they appear (default: secret-looking env vars). */
  secretValues?: string[];
}

export interface Redactor {
  readonly pii: boolean;
  /** Redact one string. */
  text(value: string): string;
  /** Deep copy of a value with every string redacted and secret-named fields masked. */
  value<T>(value: T): T;
}

export const SECRET_MASK = '[secret]';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Card-like: 13–19 digits, optionally grouped by single spaces or dashes.
const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
// Phone-like: optional +country, optional (area), then digit groups with separators. The digit
// count and shape are checked in code so dates, amounts and short ids survive.
const PHONE = /(?<![A-Za-z0-9.+-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]?\d{2,5}){0,4}(?![\w])/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$|^\d{4}\.\d{2}\.\d{2}$|^\d{2}[.-]\d{2}[.-]\d{4}$/;

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

function countDigits(s: string): number {
  let n = 0;
  for (const c of s) if (c >= '0' && c <= '9') n += 1;
  return n;
}

function redactPhones(text: string): string {
  return text.replace(PHONE, (match) => {
    const digits = countDigits(match);
    if (digits < 7 || digits > 15) return match;
    if (ISO_DATE.test(match) || /\d{4}-\d{2}-\d{2}/.test(match)) return match;
    const shaped = /[\s.()-]/.test(match) || match.startsWith('+');
    // A bare run of 7–9 digits is more often an order or account reference than a phone number.
    if (!shaped && digits < 10) return match;
    return '[phone]';
  });
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

  const text = (value: string): string => {
    let out = value;
    if (secretValueRe) out = out.replace(secretValueRe, SECRET_MASK);
    for (const [re, replacement] of SECRET_PATTERNS) out = out.replace(re, replacement);
    if (pii) {
      out = out.replace(EMAIL, '[email]');
      out = out.replace(CARD, (m) => (countDigits(m) >= 13 ? '[card]' : m));
      out = redactPhones(out);
    }
    return out;
  };

  const walk = (value: unknown, seen: WeakSet<object>, depth: number): unknown => {
    if (typeof value === 'string') return text(value);
    if (value === null || typeof value !== 'object') return value;
    if (depth > 12) return '[truncated]';
    if (seen.has(value)) return '[circular]';
    seen.add(value);
    try {
      if (value instanceof Date) return value.toISOString();
      if (value instanceof Error) {
        return { name: value.name, message: text(value.message) };
      }
      if (Array.isArray(value)) return value.map((v) => walk(v, seen, depth + 1));
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        out[key] =
          isSecretField(key) && v !== undefined && v !== null && v !== '' ? SECRET_MASK : walk(v, seen, depth + 1);
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
