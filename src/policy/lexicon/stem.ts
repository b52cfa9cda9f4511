// A light stemmer for matching word forms ("cleaned" ~ "cleaning", "bikes" ~ "bike"): suffixes off,
// a doubled final consonant undone. Enough for enum values and offered options; not a lemmatiser.
export function stem(word: string): string {
  let w = word.toLowerCase();
  for (const suffix of ['ing', 'ers', 'ed', 'es', 'er', 's']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      // "stopped" → "stop"; a word that only ends in a double letter ("technicall") is a typo, not a form.
      if (/([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  return w;
}
