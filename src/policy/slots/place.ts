// A town or area: compromise's places, or a proper noun after "in"/"near" ("outage in Springfield").
import nlp from 'compromise';
import { type Utterance, type Found, docOf, memo, titleCase } from './utterance.js';

const EVERYDAY_PLACES = new Set(
  `general advance time total fact person public private bed town city area house home office hospital work school
  the evening evenings morning mornings afternoon night future past meantime case order line queue stock touch
  kitchen bedroom lounge garden basement upstairs downstairs building flat apartment street road car`.split(/\s+/),
);

/** A town or area: compromise's places, or a proper noun after "in"/"near" ("outage in Springfield"). */
function findPlaceUncached(u: Utterance): Found<string> | undefined {
  const doc = docOf(u);
  let place =
    (doc.places().out('array') as string[])[0] ??
    (doc.match('(in|near|around|at|from) [#ProperNoun+]', 0).out('array') as string[])[0];
  if (!place) {
    // Speech-to-text writes places in lower case: "outage in hillcrest". Take the last word after
    // "in"/"near" when it is no ordinary word (not a date, verb, adjective or everyday noun).
    const m = /\b(?:in|near|around)\s+([a-z][a-z'-]{3,})\s*[.!?]?\s*$/i.exec(u.norm);
    const word = m?.[1];
    if (
      word &&
      !EVERYDAY_PLACES.has(word.toLowerCase()) &&
      !nlp(word).has('(#Date|#Value|#Verb|#Adjective|#Adverb|#Pronoun|#Plural|#Uncountable)')
    )
      place = word;
  }
  if (!place) return undefined;
  const clean = place.replace(/[,.!?]+$/, '').trim();
  if (!clean || /\d/.test(clean)) return undefined;
  return { value: titleCase(clean.toLowerCase()), index: Math.max(0, u.lower.indexOf(clean.toLowerCase())) };
}

export function findPlace(u: Utterance): Found<string> | undefined {
  return memo(u, 'place', () => findPlaceUncached(u));
}
