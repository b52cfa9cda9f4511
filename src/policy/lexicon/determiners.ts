// Whose a thing is, as a determiner says it: "my booking", "our room" name one the caller already
// has; "a room", "another booking" ask for a new one. Used to tell apart desks whose phrases share
// a noun but not the way it is owned (see intent/determiner_evidence.ts).

/** Determiners of a thing the caller already has. */
export const OWNING_DETERMINERS: readonly string[] = ['my', 'our', 'their', 'your', 'his', 'her'];

/** Determiners of a new thing, one not had yet. */
export const NEW_DETERMINERS: readonly string[] = ['a', 'an', 'another'];

/** Words that point at a record the caller already has ("my booking", "the existing order"). */
export const OWN_RECORD_WORDS = /\b(?:my|our|existing|current|previous|earlier|already booked)\b/i;
