// An offer the agent just made ("I can escalate you to a person.", "Would you like me to book
// it?", "Shall I send a text?"), so a plain yes ("yes go ahead", "ok do that") accepts it instead
// of being small talk.
import { SENTENCE_BREAK } from '../sentences.js';
import { agentLineBefore } from './asked.js';

const PROPOSAL =
  /\b(?:i can|i could|shall i|should i|would you like(?: me)? to|do you want(?: me)? to|want me to|i'd be happy to|i will|i'll|let me)\s+(.+?)[.?!]*$/i;
// An offer to bring in a person, whatever the agent calls them.
const PERSON_OFFER =
  /\b(?:person|human|colleague|someone|somebody|specialist|handler|supervisor|manager|operator|escalat\w*|representative)\b/i;

type SpokenItem = { type: string; text?: string };

/** The action the agent offered since the caller last spoke, as a clause ("escalate you to a person"). */
export function proposalBefore(items: readonly SpokenItem[], index: number): string | undefined {
  const sentences = agentLineBefore(items, index)?.split(SENTENCE_BREAK).reverse() ?? [];
  for (const s of sentences) {
    const m = PROPOSAL.exec(s.trim());
    if (m) return m[1]!.trim();
  }
  return undefined;
}

/** Does the offer bring in a person ("escalate you to a claims handler")? */
export function offersPerson(clause: string, role?: string): boolean {
  if (PERSON_OFFER.test(clause)) return true;
  // The app's own title for that person ("put you through to a pharmacist").
  const r = role?.trim().toLowerCase();
  return !!r && r.length >= 3 && ` ${clause.toLowerCase().replace(/[^a-z ]+/g, ' ')} `.includes(` ${r}`);
}

// Asking to be put through, in more words than a yes ("ok if a person has to approve it, fine, put
// me through"): taken as the answer to an offer to bring in a person.
const PUT_THROUGH =
  /\b(?:put|patch|send)\s+me\s+(?:through|over)\b|\b(?:connect|transfer)\s+me\b|\b(?:bring|get)\s+(?:them|him|her|someone|somebody)\s+(?:in|on the line)\b|\bescalate\s+(?:it|me|this)\b/i;
const NOT_BEFORE = /\b(?:don'?t|do not|no need to|not|never)\s+(?:\w+\s+)?$/i;

/** Does the caller ask to be put through (not "to the billing team": to the person offered)? */
export function takesUpPersonOffer(text: string): boolean {
  const m = PUT_THROUGH.exec(text);
  if (!m || NOT_BEFORE.test(text.slice(0, m.index))) return false;
  const to = /^\s*(?:to|with)\s+(.+)$/i.exec(text.slice(m.index + m[0].length));
  return !to || /^(?:them|him|her)\b/i.test(to[1]!) || offersPerson(to[1]!);
}
