// How callers say someone or something has only just become theirs: "we just adopted him", "we just
// got a puppy", "she's a rescue we took in last week". Said of the one a flag is about, it is that
// flag's "new" ("True only when the caller said this pet is new to the clinic").

/** A phrase saying the one talked about is newly the caller's. */
export const NEW_ARRIVAL =
  /\b(?:(?:just|recently|only) (?:adopted|got|brought home|took in|rescued|bought)|adopted (?:him|her|them|it|a|an)\b|(?:a|our|my) (?:new|recent) (?:rescue|adoption|addition)|brand new)\b/i;
