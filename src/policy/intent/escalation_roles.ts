// The people an escalation's "when" text says callers ask for ("the caller asks for a vet, a nurse
// or a person"): a caller asking to talk to one of them ("can I just talk to a nurse") is asking
// for that escalation, whatever its target agent is called.
import { escapeRegExp } from '../regexp.js';

const ASKS_FOR = /\basks? (?:for|to (?:speak|talk) (?:to|with)) ([^.;:()]+)/gi;
// "wants the emergency line", "wants a manager": someone (or a line to someone) wanted, up to the
// next clause; not a thing wanted ("wants a refund").
const WANTS =
  /\bwants? ((?:the|a|an) (?:[a-z]+ )?(?:line|hotline|person|human|manager|supervisor|operator|someone|team lead))\b/gi;

const HELD_ROLE = /^[a-z]+ (?:in|on) (?:charge|duty|call)$/;

/** The roles an escalation's description says callers ask for, as said ("nurse", "supervisor"). */
export function rolesAskedFor(description: string): string[] {
  const roles = new Set<string>();
  for (const m of [...description.matchAll(ASKS_FOR), ...description.matchAll(WANTS)]) {
    // "a vet, a nurse or a person, is upset, or needs …": the list up to the next clause.
    const list = m[1]!.split(/,\s*(?:is|needs|wants|has|or needs|or is)\b/i)[0]!;
    for (const part of list.split(/\s*(?:,|\bor\b|\band\b)\s*/i)) {
      const role = part
        .replace(/^(?:a|an|the|their|his|her)\s+/i, '')
        .replace(/^real\s+/i, '')
        .trim()
        .toLowerCase();
      // "the pharmacist in charge", "the manager on duty": a role held in a place is one role.
      const words = role.split(/\s+/);
      if (role.length >= 3 && (words.length <= 2 || HELD_ROLE.test(role))) roles.add(role);
    }
  }
  return [...roles];
}

// "speak with an actual claims adjuster": a real, actual or live one of any title.
const REAL_SOMEONE = /\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:a|an|the|some|your)\s+(?:real|actual|live)\s+[a-z]+/i;

/** "can I talk to a nurse", "put me through to a supervisor": asking to be put through to one of `roles`. */
export function asksToTalkTo(text: string, roles: readonly string[]): boolean {
  if (roles.length === 0) return false;
  // "put me through to someone": anyone at all, whatever roles the escalation names.
  const alt = (xs: readonly string[]) => `(?:${xs.map((x) => escapeRegExp(x).replace(/\s+/g, '\\s+')).join('|')})s?`;
  const r = alt([...roles, 'someone', 'somebody', 'anyone', 'person', 'human']);
  const det = `(?:(?:a|an|the|your|one of (?:your|the))\\s+)?(?:real\\s+|actual\\s+)?`;
  // "put me through to the gas emergency line": one word may qualify the role here too.
  const asks = new RegExp(
    `\\b(?:(?:talk|speak|chat)\\s+(?:to|with)|(?:put|transfer|connect|pass)\\s+me\\s+(?:through\\s+)?(?:to|with))\\s+${det}(?:[a-z]+\\s+)?${r}\\b`,
    'i',
  );
  // "I want the gas emergency line", "get me a supervisor": one word may qualify the role.
  const wants = new RegExp(
    `\\b(?:i (?:want|need)|give me|get me)\\s+(?:(?:the|a|an|your)\\s+)(?:[a-z]+\\s+)?${alt(roles)}\\b`,
    'i',
  );
  if (wants.test(text) && !/\b(?:don'?t|do not)\s+(?:want|need)\b/i.test(text)) return true;
  // "speak with an actual claims adjuster", "talk to a live agent": whatever the title, a person.
  if (REAL_SOMEONE.test(text) && !/\b(?:don'?t|do not|no need to)\s+(?:want|need)\b/i.test(text)) return true;
  return asks.test(text) && !/\b(?:don'?t|do not|no need to)\s+(?:want|need)\s+to\s+(?:talk|speak)/i.test(text);
}
