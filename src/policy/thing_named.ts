// The thing a request names for an argument that takes a name as the caller says it ("The
// medicine, as the caller names it"): "a refill of Biscuit's carprofen" names "carprofen", "like
// six months of Pip's joint chews, so I don't have to call" names "joint chews". The request
// words, the amount, whose it is and the reason after it are not the thing. Any app.
import { namedPart } from './free_text.js';
import { representative } from './synonyms.js';
import { escapeRegExp } from './regexp.js';
import { TEENS, UNITS } from '../spoken/number_words.js';
import { stem } from './lexicon/index.js';

// An argument that takes a thing's name in the caller's words.
const NAMED_AS_SAID = /\b(?:as the (?:caller|customer|user) (?:names|calls|says) it|(?:brand|product|model) name)\b/i;

/** The argument takes a thing's name as the caller says it. */
export function takesNameAsSaid(p: { description: string }): boolean {
  return NAMED_AS_SAID.test(p.description);
}

const LEADING_FILLER = new Set(
  `a an the some more any another like just about maybe please also of for i we need want wanted would to can could
  get have got hi hello hey`.split(/\s+/),
);
const AMOUNT =
  /^(?:\d+|a few|a couple(?: of)?|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;
const UNIT =
  /^(?:months?|weeks?|days?|years?|bottles?|boxes?|bags?|packs?|packets?|doses?|lots?|supply|supplies|worth)$/;
// A reason or an aside after the thing ("so I don't have to keep calling", ", she's itching").
const ASIDE = /\s*(?:,|\s)\s*(?:so|because|since|cause|as|she'?s|he'?s|it'?s|they'?re|which|that'?s)\b.*$/i;

// "running low on …", "ran out of …", "almost out of …", "short of …".
const RUNNING_SHORT =
  /\b(?:(?:run|running|ran|runs|getting|get|gone|almost|nearly|completely|all)\s+(?:low|out|short)\s+(?:on|of)|(?:low|short)\s+on|(?:['\u2019]s|is|are|['\u2019]re|['\u2019]m|am)\s+out\s+of)\s+(?!town\b|the (?:office|country)\b)(.+)$/i;

/**
 * The thing named in `text`, or undefined when nothing is left but request words and amounts.
 * `owners`: values said for other arguments ("Biscuit"), dropped as a possessive before the thing.
 * In a request the thing follows what is asked for ("a refill of", "six months of"); as the answer
 * to a question about it, it may be all that is said.
 */
export function thingNamed(
  text: string,
  requestWords: ReadonlySet<string>,
  owners: readonly string[],
  answer = false,
): string | undefined {
  const request = new Set([...requestWords].map(representative));
  // Ids and numbers said with it ("ms 1042") are other details, never the thing.
  const bare = text
    .replace(/\b(?:[a-z]{1,6}[\s-]?)?\d[\w-]*/gi, ' ')
    .replace(/\s+/g, ' ')
    // "ms 1042, i need …": the id gone, its comma opens nothing; nor does a greeting.
    .replace(/^(?:[\s,;.]+|(?:hi|hello|hey|yes|yeah|ok|okay|so|well|um|uh)\b[\s,.!]*)+/i, '');
  // Running short of it is asking for more ("mochi's running low on her thyroid pills", "we've run
  // out of his joint chews"): the thing follows, up to the end of its clause.
  const short = RUNNING_SHORT.exec(bare);
  if (short) {
    const thing = short[1]!
      .split(/\s*[,;.!?]\s*/)[0]!
      .replace(ASIDE, '')
      .replace(/^(?:(?:his|her|their|my|our|the|its|[a-z]+['\u2019]s)\s+)+/i, '')
      .trim();
    const n = thing.split(/\s+/).length;
    if (thing && n <= 4 && !AMOUNT.test(thing)) return thing;
  }
  const part = namedPart(bare, requestWords);
  // The request verb the name frame took off ("i need to refill mochi's thyroid meds") still
  // anchors the thing after it, as "a refill of" does.
  const at = bare.toLowerCase().indexOf(part.toLowerCase());
  const framed = (at > 0 ? bare.slice(0, at) : '')
    .toLowerCase()
    .split(/[^a-z']+/)
    .some((w) => w.length > 0 && (requestWords.has(w) || request.has(representative(w))));
  let t = part
    .replace(ASIDE, '')
    .replace(/[.!?,]+$/, '')
    .trim();
  for (const owner of owners) t = t.replace(new RegExp(`\\b${escapeRegExp(owner)}['\u2019]s\\s+`, 'i'), '');
  const words = t.split(/\s+/);
  // Up to the last "of"/"for" that follows only request words and amounts ("a refill of", "six months of").
  let start = 0;
  let named = false;
  let anchored = answer || framed;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase().replace(/,$/, '');
    const number = AMOUNT.test(w) || w in UNITS || w in TEENS;
    const asked = requestWords.has(w) || request.has(representative(w));
    if (LEADING_FILLER.has(w) || number || UNIT.test(w) || asked) {
      if (w === 'of' || w === 'for') start = i + 1;
      anchored ||= number || asked || w === 'of' || w === 'for';
      continue;
    }
    if (i > start && start === 0) start = i;
    named = true;
    break;
  }
  if (!named) return undefined;
  // The thing ends its clause: "more of the bonemeal, the roses love it".
  const end = words.findIndex((w, i) => i >= start && w.endsWith(','));
  let thing = words
    .slice(start, end < 0 ? undefined : end + 1)
    .join(' ')
    .replace(/,$/, '')
    .trim();
  // The request said after the thing ("i need her gabapentin refilled") anchors it too.
  const after = /\s+([a-z]+)$/i.exec(thing);
  const isRequest = (w: string) =>
    [...requestWords].some((r) => r.length >= 4 && (w.startsWith(r) || stem(w) === stem(r)));
  if (after && isRequest(after[1]!.toLowerCase())) {
    thing = thing.slice(0, after.index).trim();
    anchored = true;
  }
  if (!anchored) return undefined;
  if (!thing || thing.split(/\s+/).length > 4) return undefined;
  const content = thing
    .split(/\s+/)
    .filter((w) => !LEADING_FILLER.has(w.toLowerCase()) && !requestWords.has(w.toLowerCase()));
  return content.length ? thing : undefined;
}
