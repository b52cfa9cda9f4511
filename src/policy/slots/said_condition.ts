// A flag the tool sets only when the caller said something ("True only when the caller said this
// pet is new to the clinic (not yet on their file)"): said in the caller's own words ("he's new, not
// on my file yet"), it is true without a yes/no question. Any app.
import { NEW_ARRIVAL, stem } from '../lexicon/index.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';

const CONDITION =
  /\btrue (?:only )?(?:when|if) the (?:caller|customer|user|client) (?:said|says|mentioned|mentions|told you|tells you)(?: that)? (.+?)(?:\.|;|$)/i;

// Words of a condition that say nothing of it ("the", "this", "their", "is").
const FILLER = new Set(
  `a an the this that these those their his her its our your my is are was were be been to of in on at for by with
  and or not yet still any some it they them he she who which caller customer user client`.split(/\s+/),
);

const contentWords = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 2 && !FILLER.has(w))
      .map(stem),
  );

/** The condition a flag's description says the caller must have said, if it says one. */
export function saidCondition(description: string): string | undefined {
  return CONDITION.exec(description)?.[1];
}

/** The word (a stem) is said negated: "not", "no", "never" or "…n't" up to four words before it. */
function negated(text: string, word: string): boolean {
  const words = text.toLowerCase().split(/[^a-z']+/);
  return words.some(
    (w, i) => stem(w) === word && words.slice(Math.max(0, i - 4), i).some((b) => /^(?:not|no|never|\w+n't)$/.test(b)),
  );
}

/**
 * The line says the condition in enough of its own words ("new" and "file" of "new … not yet on
 * their file"), none of them turned around ("he's not new" for "is new").
 */
export function conditionSaid(text: string, condition: string): boolean {
  const wanted = contentWords(condition);
  const said = contentWords(text);
  // "we just adopted him" for "this pet is new …": the newness is the condition, said outright.
  const isNew = stem('new');
  if (wanted.has(isNew) && !negated(condition, isNew) && NEW_ARRIVAL.test(text) && !negated(text, isNew)) return true;
  let shared = 0;
  for (const w of wanted) {
    if (!said.has(w)) continue;
    if (negated(text, w) !== negated(condition, w)) return false;
    shared += 1;
  }
  return shared >= Math.min(POLICY_THRESHOLDS.conditionWords, wanted.size);
}
