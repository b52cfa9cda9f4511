// A light stemmer for matching word forms ("cleaned" ~ "cleaning", "bikes" ~ "bike"): suffixes off,
// a doubled final consonant undone. Enough for enum values and offered options; not a lemmatiser.
export function stem(word: string): string {
  let w = word.toLowerCase();
  for (const suffix of ['ing', 'ed', 'es', 's', 'er', 'ers']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (/([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}
