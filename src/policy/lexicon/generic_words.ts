// Everyday words too common to tell one listed phrase from another ("getting a card", "what is coming
// up"): general English, not any app's.
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  `what when where which about with your their this that these those from have having getting come coming going
  doing make making take taking thing things item items something anything other more some any also into onto
  there here they them been being question questions just only really maybe think thinks guess reckon suppose
  caller callers`.split(/\s+/),
);

/** What the "id" of an argument's name is called aloud: "client id" is the client number, the booking code, the order reference. */
export const ID_WORDS: readonly string[] = ['id', 'number', 'code', 'reference', 'ref', 'no'];

/** Titles and street words written with a full stop that ends no sentence ("Dr. Okafor", "Maple St. 4"). */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Mx',
  'Prof',
  'Jr',
  'Sr',
  'St',
  'Mt',
  'Ave',
  'Rd',
];

/**
 * Words of social chatter around a call's real content ("hello? oh good, a person. well, a computer",
 * "…, dear"): a sentence made only of these says nothing the caller needs.
 */
export const CHATTER_WORDS: ReadonlySet<string> = new Set(
  `oh ah ahh ooh hello hi hey hiya well good great nice lovely fine ok okay so um uh er erm right alright a an the
  finally person human computer machine robot real actual someone somebody dear love darling sweetie honey hon
  mate sir madam maam ma'am buddy pal friend there yes yeah yep thanks thank you cheers morning afternoon evening`.split(
    /\s+/,
  ),
);

/**
 * Words before a thing of the caller's ("my wifi's been slow", "the router's off"): after one, a
 * word's "'s" is "is"/"has" or whose part it is, and the word itself is the thing; a name takes
 * none ("luna's pills").
 */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'my',
  'the',
  'our',
  'your',
  'his',
  'her',
  'their',
  'this',
  'that',
]);
