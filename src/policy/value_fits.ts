// Whether a value may be sent for an argument: the parts of its schema the policy understands
// (type, enum, pattern, bounds) and what a value of its kind looks like (a phone number has digits,
// a day is said with a word of when). False means "do not send it": ask instead.
import { SAYS_WHEN } from './lexicon/time_words.js';
import type { ParamSpec } from './param_spec.js';

const PRICE_SAID =
  /[$£€]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:dollars?|bucks|pounds?|euros?)\b|\b(?:a|an|per|each) (?:night|day|hour|week|month|year)\b/gi;

/**
 * Plain prose is never a value of a typed kind: a phone number has its digits, an id is not a
 * sentence ("you want to know when your bill is due"), a day or time is said with a word of when.
 */
function fitsKind(kind: ParamSpec['kind'], v: string): boolean {
  if (kind === 'phone') return (v.match(/\d/g)?.length ?? 0) >= 3;
  if (kind === 'identifier') return /\d/.test(v) || v.trim().split(/\s+/).length <= 2;
  // A sentence, not a word or two (those are weighed as answers elsewhere).
  // A price is no day ("a king room at $189 a night": no digit of a date, no night of one).
  if (kind === 'date' || kind === 'time' || kind === 'datetime')
    return SAYS_WHEN.test(v.replace(PRICE_SAID, ' ')) || v.trim().split(/\s+/).length < 3;
  return true;
}

/** Check a value against the parts of the schema we understand; false means "do not send it". */
export function valueFits(p: ParamSpec, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  const one = (v: unknown, type: ParamSpec['type'] | undefined): boolean => {
    if (type === 'string' || type === 'unknown' || type === undefined) {
      if (typeof v !== 'string' || v.trim() === '') return false;
      if (p.enumValues && p.enumValues.length > 0 && !p.enumValues.includes(v)) return false;
      if (p.pattern && !p.pattern.test(v)) return false;
      if ((p.format === 'email' || p.kind === 'email') && !/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(v)) return false;
      if (!fitsKind(p.kind, v)) return false;
      if (p.minLength !== undefined && v.length < p.minLength) return false;
      if (p.maxLength !== undefined && v.length > p.maxLength) return false;
      return true;
    }
    if (type === 'number' || type === 'integer') {
      if (typeof v !== 'number' || !Number.isFinite(v)) return false;
      if (type === 'integer' && !Number.isInteger(v)) return false;
      if (p.minimum !== undefined && v < p.minimum) return false;
      if (p.maximum !== undefined && v > p.maximum) return false;
      return true;
    }
    if (type === 'boolean') return typeof v === 'boolean';
    return true;
  };
  if (p.type === 'array') return Array.isArray(value) && value.length > 0 && value.every((v) => one(v, p.itemType));
  return one(value, p.type);
}
