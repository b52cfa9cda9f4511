// Settling up in person, said in everyday words: "I'll pay when I come in", "cash at the counter",
// "I'll sort it when I pop by", "pay in store", "I'll pay there". Said with a word about paying, these phrases mean
// the same as "at pickup" (the word group's head), whatever the business: a shop, a bakery, a clinic.

/** A word about paying that makes an in-person phrase mean "at pickup". */
export const SETTLING_WORDS =
  /\b(?:pay|paying|payment|paid|cash|card|settle|sort (?:it|that|this)(?: out)?|square up)\b/;

/** Phrases for being there in person; read as "pickup" when said with a settling word. */
export const IN_PERSON_PHRASES =
  /\b(?:(?:when|once|as soon as|whenever) (?:i|we|i'm|we're|i am|we are) (?:come|coming|pop|popping|swing|stop|drop|get|arrive|head|go|show up|turn up)(?: (?:in|by|over|round|around|there|down|up|get it|grab it|for it|pick it up|collect it|to get it))?|(?:come|coming) (?:and )?(?:get|grab|collect|fetch) (?:it|them|the order)|at the (?:counter|till|register|store|shop|front|desk|door|window)|in (?:the )?(?:store|shop|person)|on (?:arrival|the day)|(?<=\b(?:pay|paying|settle|settling)(?: (?:for )?(?:it|that|them|up))? )(?:there|over there|on the spot))\b/g;

/** The word in-person phrases are read as. */
export const IN_PERSON_WORD = 'pickup';
