// Email addresses, as written or as spoken ("ann at example dot com" is written out by normalisation).
import { type Utterance, type Found, memo, EMAIL } from './utterance.js';

function findEmailsUncached(u: Utterance): Found<string>[] {
  return [...u.norm.matchAll(EMAIL)].map((m) => ({ value: m[0].toLowerCase().replace(/\.$/, ''), index: m.index }));
}

export function findEmails(u: Utterance): Found<string>[] {
  return memo(u, 'emails', () => findEmailsUncached(u));
}
