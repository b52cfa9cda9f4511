// The prebuilt capture kinds: each is a parser (reusing the offline policy's spoken-form
// normalisation and slot extractors) plus a speakable read-back. Each `getX` returns an AgentTask;
// run it from a tool: `const r = await getEmail().run()` → CaptureResult<string>.
import {
  findDateTimes,
  findEmails,
  findPersonName,
  findPhones,
  findYesNo,
  prepareUtterance,
  selfCorrected,
  type DateOrder,
} from '../policy/slots/index.js';
import { speakDate } from '../spoken/dates.js';
import { CaptureTask } from './capture_task.js';
import type { CaptureKind, CaptureOptions } from './capture_types.js';
import { lettersOnly, luhnValid, maskDigits, speakDigits, spellOut, stripLeadIn } from './spoken.js';

const EMAIL = /^[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

// ---- email -------------------------------------------------------------------------------------

/**
 * Letters spelled one by one belong to the word they precede: "d kim at…" is dkim, "a n n dot l e e"
 * is ann dot lee (the extractor would otherwise keep only the last word before "at" or "dot").
 */
function joinSpelledLetters(text: string): string {
  return text.replace(/(?<=^|\s)([a-z])\s+(?!(?:at|dot|underscore|dash|hyphen|and)\b)(?=[a-z])/gi, '$1');
}

export function emailKind(): CaptureKind<string> {
  return {
    id: 'email',
    what: 'email address',
    question: 'What is your email address?',
    argument: { name: 'email', description: "The caller's email address, as they said it" },
    examples: ['my email is jane at example dot com', "it's j smith at mail dot com", 'you can email me at'],
    parse(said) {
      const written = said.trim();
      if (EMAIL.test(written)) return { ok: true, value: written.toLowerCase(), text: written.toLowerCase() };
      const found = findEmails(prepareUtterance(joinSpelledLetters(lettersOnly(stripLeadIn(said)))))[0]?.value;
      if (found && EMAIL.test(found)) return { ok: true, value: found, text: found };
      return {
        ok: false,
        problem: /@|\bat\b/i.test(said)
          ? 'That does not look like a complete email address (it needs a name, "at", and a domain such as example dot com).'
          : 'I did not catch an email address there.',
      };
    },
    readBack(value) {
      const [local = '', domain = ''] = value.split('@');
      return `I have ${spellOut(local)} at ${domain.split('.').join(' dot ')}.`;
    },
  };
}

// ---- phone number ------------------------------------------------------------------------------

export interface PhoneOptions {
  /** Digits (without `+`) a number must have; default 7 to 15 (E.164). */
  minDigits?: number;
  maxDigits?: number;
}

// Between two values, words that take the first one back ("X, actually no, use Y").
export function phoneKind(opts: PhoneOptions = {}): CaptureKind<string> {
  const min = opts.minDigits ?? 7;
  const max = opts.maxDigits ?? 15;
  return {
    id: 'phone_number',
    what: 'phone number',
    question: 'What is the best phone number to reach you on?',
    argument: { name: 'phone_number', description: "The caller's phone number, as they said it" },
    examples: ['my number is five five five one two three four', 'you can reach me on', 'call me on'],
    parse(said) {
      const u = prepareUtterance(lettersOnly(said));
      const found =
        selfCorrected(u.norm, findPhones(u))[0]?.value ??
        (/^\+?[\d\s().-]+$/.test(said.trim()) ? said.trim() : undefined);
      const digits = found?.replace(/\D/g, '') ?? '';
      if (!found || digits.length === 0) return { ok: false, problem: 'I did not catch a phone number there.' };
      if (digits.length < min || digits.length > max)
        return {
          ok: false,
          problem: `That phone number has ${digits.length} digits; a full number has ${min === max ? min : `${min} to ${max}`}.`,
        };
      const text = `${found.startsWith('+') ? '+' : ''}${digits}`;
      return { ok: true, value: text, text };
    },
    readBack: (value) => `I have ${value.startsWith('+') ? 'plus ' : ''}${speakDigits(value)}.`,
  };
}

// ---- person name -------------------------------------------------------------------------------

export interface PersonName {
  full: string;
  first: string;
  last?: string;
}

export function nameKind(opts: { requireLastName?: boolean } = {}): CaptureKind<PersonName> {
  return {
    id: 'name',
    what: opts.requireLastName ? 'full name' : 'name',
    question: opts.requireLastName ? 'Could I have your first and last name, please?' : 'May I have your name, please?',
    argument: { name: 'full_name', description: "The caller's name, as they said or spelled it" },
    examples: ['my name is', "it's", 'this is', 'I am'],
    guidance: 'If the caller spells their name, pass the spelling.',
    // Only a name the extractor finds counts as said plainly ("why do you ask" is not a name).
    recognise: (said) => findPersonName(prepareUtterance(lettersOnly(stripLeadIn(said))), true) !== undefined,
    parse(said) {
      const spelled = lettersOnly(stripLeadIn(said)).replace(/\b(?:[a-z]\s+){1,}[a-z]\b/gi, (run) =>
        run.replace(/\s+/g, ''),
      );
      const u = prepareUtterance(spelled);
      let found = findPersonName(u, true);
      if (!found && /^[\p{L}'’ -]{2,60}$/u.test(spelled.trim()) && spelled.trim().split(/\s+/).length <= 4)
        found = spelled.trim();
      if (!found) return { ok: false, problem: 'I did not catch a name there.' };
      const parts = found
        .split(/\s+/)
        .map((p) =>
          p === p.toLowerCase() || p === p.toUpperCase() ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p,
        );
      if (opts.requireLastName && parts.length < 2)
        return { ok: false, problem: 'I only caught one name; I need a first and a last name.' };
      const full = parts.join(' ');
      return {
        ok: true,
        value: { full, first: parts[0]!, last: parts.length > 1 ? parts.at(-1) : undefined },
        text: full,
      };
    },
    readBack: (value) =>
      `I have ${value.full}, spelled ${value.full
        .split(' ')
        .map((p) => [...p.toUpperCase()].join(' '))
        .join(', ')}.`,
  };
}

// ---- date --------------------------------------------------------------------------------------

export interface DateOptions {
  /** What the date is, in words ("date of birth", "move-in date"). */
  what?: string;
  /** `past` (birth dates), `future` (appointments) or `any`. */
  when?: 'past' | 'future' | 'any';
  /** How numeric dates are read (default month-first, as the policy does). */
  order?: DateOrder;
  /** `past` only: today counts too (an incident "this morning"); default false (birth dates). */
  allowToday?: boolean;
  /**
   * The caller must say the year (default: for a date of birth). Otherwise a past date said
   * without one is its latest occurrence ("March 8" said on March 10 is this year's).
   */
  requireYear?: boolean;
}

function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// Lives with the other spoken forms (switchboard/spoken); re-exported for the tasks' own callers.
export { speakDate };

export function dateKind(opts: DateOptions = {}): CaptureKind<string> {
  const what = opts.what ?? 'date';
  const when = opts.when ?? 'any';
  return {
    id: what === 'date of birth' ? 'date_of_birth' : 'date',
    what,
    question: what === 'date of birth' ? 'What is your date of birth?' : `What is the ${what}?`,
    argument: {
      name: what === 'date of birth' ? 'date_of_birth' : 'date',
      description: `The ${what}, as the caller said it (day, month and year)`,
    },
    examples: ["it's the fourth of march nineteen eighty five", 'I was born on', 'march 4 1985'],
    parse(said, { now }) {
      const u = prepareUtterance(said);
      // Birth dates read backward from today; chrono reads forward by default.
      const found = findDateTimes(u, when === 'past' ? new Date(now.getFullYear() - 150, 0, 1) : now, opts.order)[0];
      if (!found || !found.hasDay)
        return { ok: false, problem: `I did not catch a full ${what} (day, month and year).` };
      let date = found.date;
      const yearSaid = /\b\d{4}\b|\b(?:nineteen|twenty|two thousand)\b/i.test(u.norm + said);
      if (!yearSaid && (opts.requireYear ?? what === 'date of birth'))
        return { ok: false, problem: `I need the year of the ${what} as well.` };
      const today = isoDate(now);
      if (!yearSaid && when === 'past') {
        // Relative days ("yesterday") resolve from today; a bare month and day is its latest occurrence.
        const recent = findDateTimes(u, now, opts.order)[0]?.date ?? date;
        date =
          isoDate(recent) > today ? new Date(recent.getFullYear() - 1, recent.getMonth(), recent.getDate()) : recent;
      }
      const iso = isoDate(date);
      if (when === 'past' && (opts.allowToday ? iso > today : iso >= today))
        return { ok: false, problem: `The ${what} cannot be ${opts.allowToday ? 'in the future' : 'today or later'}.` };
      if (when === 'past' && date.getFullYear() < now.getFullYear() - 120)
        return { ok: false, problem: `That ${what} is more than 120 years ago.` };
      if (when === 'future' && iso < today) return { ok: false, problem: `The ${what} cannot be in the past.` };
      return { ok: true, value: iso, text: iso };
    },
    readBack: (iso) => `I have ${speakDate(iso)}.`,
  };
}

// ---- postal address ----------------------------------------------------------------------------

export interface PostalAddress {
  /** The address as one line, normalised ("12 High Street, Springfield 62704"). */
  line: string;
  postcode?: string;
}

const POSTCODE = /\b(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{4})\b/i;

export function addressKind(opts: { requirePostcode?: boolean } = {}): CaptureKind<PostalAddress> {
  return {
    id: 'address',
    what: 'postal address',
    question: 'What is your full postal address, including the postcode?',
    argument: {
      name: 'address',
      description: 'The full postal address in the caller\u2019s words: number, street, town and postcode',
    },
    examples: ['I live at', 'my address is', "it's twelve high street"],
    parse(said) {
      const line = prepareUtterance(said)
        .norm.replace(/^(?:(?:it'?s|it is|my address is|i live at|that'?s)\s+)+/i, '')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[.]$/, '');
      const words = line.split(/\s+/).length;
      if (!/\d/.test(line) || words < 3)
        return { ok: false, problem: 'I need the full address: the house number, the street and the town.' };
      const postcode = POSTCODE.exec(line.replace(/^\d+\s/, ''))?.[0]?.toUpperCase();
      if (opts.requirePostcode && !postcode) return { ok: false, problem: 'I did not catch the postcode.' };
      return { ok: true, value: { line, postcode }, text: line };
    },
    readBack: (v) =>
      `I have ${v.line.replace(/\b\d{4,}\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/gi, (m) => spellOut(m.replace(/\s/g, '')))}.`,
  };
}

// ---- yes / no consent --------------------------------------------------------------------------

export function consentKind(question: string, what = 'answer'): CaptureKind<boolean> {
  return {
    id: 'consent',
    what,
    question,
    argument: { name: 'answer', description: 'What the caller answered, in their words (yes or no)' },
    examples: ['yes', 'no', 'yes I agree', "no I don't"],
    guidance: 'Only a clear yes or no counts; if the caller is unsure, explain and ask again.',
    parse(said) {
      const yes = /^(?:true|y)$/i.test(said.trim()) ? true : /^(?:false|n)$/i.test(said.trim()) ? false : undefined;
      const answer = yes ?? findYesNo(prepareUtterance(said));
      if (answer === undefined) return { ok: false, problem: 'I need a clear yes or no.' };
      return { ok: true, value: answer, text: answer ? 'yes' : 'no' };
    },
  };
}

// ---- number / id with an optional checksum -----------------------------------------------------

export interface NumberOptions {
  /** What the number is ("card number", "member ID"). */
  what: string;
  /** Exact digit counts accepted, or a range. */
  digits?: number | [number, number];
  /** `luhn` (payment cards, IMEI) or a custom check. */
  checksum?: 'luhn' | ((digits: string) => boolean);
  /** Keep the value out of events, records and read-backs (only the last 4 digits are said). */
  secret?: boolean;
}

export function numberKind(opts: NumberOptions): CaptureKind<string> {
  const [min, max] = Array.isArray(opts.digits)
    ? opts.digits
    : opts.digits !== undefined
      ? [opts.digits, opts.digits]
      : [1, 32];
  const check = opts.checksum === 'luhn' ? luhnValid : opts.checksum;
  const id =
    opts.what
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '') || 'number';
  return {
    id,
    what: opts.what,
    question: `What is your ${opts.what}?`,
    argument: { name: id.endsWith('number') ? id : `${id}_number`, description: `The ${opts.what}, digits as said` },
    examples: [`my ${opts.what} is`, "it's four one one one", 'the number is'],
    guidance: opts.secret
      ? `Never repeat the ${opts.what} in full; the read-back only says its last digits.`
      : undefined,
    parse(said) {
      const digits = prepareUtterance(lettersOnly(said)).norm.replace(/\D/g, '');
      if (!digits) return { ok: false, problem: `I did not catch the ${opts.what}.` };
      if (digits.length < min || digits.length > max)
        return {
          ok: false,
          problem: `That ${opts.what} has ${digits.length} digits; it should have ${min === max ? min : `${min} to ${max}`}.`,
        };
      if (check && !check(digits))
        return { ok: false, problem: `That ${opts.what} does not check out; one of the digits is probably wrong.` };
      return { ok: true, value: digits, text: digits };
    },
    readBack: (value) =>
      opts.secret
        ? `I have the ${opts.what} ending in ${speakDigits(value.slice(-4), [4])}.`
        : `I have ${speakDigits(value)}.`,
    display: (value) => (opts.secret ? maskDigits(value) : value),
  };
}

// ---- the tasks ---------------------------------------------------------------------------------

/** Ask for an email address; resolves with it written out (`jane.doe@example.com`). */
export const getEmail = (options?: CaptureOptions<string>) => new CaptureTask(emailKind(), options);
/** Ask for a phone number; resolves with its digits (`+` kept when said). */
export const getPhoneNumber = (options?: CaptureOptions<string> & PhoneOptions) =>
  new CaptureTask(phoneKind(options), options);
/** Ask for the caller's name; resolves with `{ full, first, last? }`. */
export const getName = (options?: CaptureOptions<PersonName> & { requireLastName?: boolean }) =>
  new CaptureTask(nameKind(options), options);
/** Ask for a date (`YYYY-MM-DD`); `when: 'past'` and `what: 'date of birth'` for birth dates. */
export const getDate = (options?: CaptureOptions<string> & DateOptions) => new CaptureTask(dateKind(options), options);
/** Ask for the date of birth (`YYYY-MM-DD`, in the past, within 120 years). */
export const getDateOfBirth = (options?: CaptureOptions<string> & Omit<DateOptions, 'what' | 'when'>) =>
  new CaptureTask(dateKind({ ...options, what: 'date of birth', when: 'past' }), options);
/** Ask for a postal address; resolves with `{ line, postcode? }`. */
export const getAddress = (options?: CaptureOptions<PostalAddress> & { requirePostcode?: boolean }) =>
  new CaptureTask(addressKind(options), options);
/** Ask a yes/no question; resolves with the answer (a "no" is a successful answer). */
export const getConsent = (question: string, options?: CaptureOptions<boolean> & { what?: string }) =>
  new CaptureTask(consentKind(question, options?.what), { ...options, skipConfirmation: true });
/** Ask for a number or id with optional length and checksum; `secret` masks it everywhere. */
export const getNumber = (options: CaptureOptions<string> & NumberOptions) =>
  new CaptureTask(numberKind(options), options);
/** Ask for a payment card number (Luhn-checked, 12–19 digits, never read back or recorded in full). */
export const getCardNumber = (options?: CaptureOptions<string>) =>
  new CaptureTask(numberKind({ what: 'card number', digits: [12, 19], checksum: 'luhn', secret: true }), options);
/**
 * Digit entry by keypad (DTMF, where the transport supports it: SIP callers in a LiveKit room) or
 * by voice: `getDigits({ what: 'account PIN', digits: 4, secret: true })`.
 */
export const getDigits = (options: CaptureOptions<string> & NumberOptions & { keypad?: CaptureOptions['keypad'] }) =>
  new CaptureTask(numberKind(options), { keypad: true, ...options });
