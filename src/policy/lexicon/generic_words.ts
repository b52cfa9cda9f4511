// Everyday words too common to tell one listed phrase from another ("getting a card", "what is coming
// up"): general English, not any app's.
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  `what when where which about with your their this that these those from have having getting come coming going
  doing make making take taking thing things item items something anything other more some any also into onto
  there here they them been being question questions just only really maybe`.split(/\s+/),
);
