// A yes or no at the start of an answer.
import type { Utterance } from './utterance.js';

const YES =
  /^(?:yes|yeah|yep|yup|sure|correct|right|that's right|that is right|exactly|absolutely|definitely|of course|please do|go ahead|ok|okay|affirmative|confirm(?:ed)?|true)\b/i;
const NO = /^(?:no|nope|nah|not really|negative|don't|do not|never|false|wrong|incorrect)\b/i;

/** A yes/no answer at the start of the utterance. */
export function findYesNo(u: Utterance): boolean | undefined {
  const t = u.lower.replace(/^(?:um|uh|well|oh)[,\s]+/, '');
  if (YES.test(t)) return true;
  if (NO.test(t)) return false;
  return undefined;
}
