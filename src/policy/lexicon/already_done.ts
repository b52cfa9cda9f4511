// A refusal that says what the caller asked for already holds ("Sam is already a patient here;
// there is nothing to register", "A refill is already being prepared … no new request is
// needed", "Booking LH-1 is already cancelled. Nothing more is needed"): that request is settled,
// as if the call had succeeded, and what the caller says next is for something else.

/** The refusal says the thing is already so: "already" with a word that nothing more is to do. */
export const ALREADY_DONE = {
  already: /\balready\b/i,
  nothingToDo:
    /\b(?:nothing (?:more |else |further )?(?:to [a-z]+|is needed|needed)|no (?:new |further |other )?(?:request|action|change|booking|registration) is (?:needed|required)|no need to (?:do|register|book|request|file|send) (?:it|anything|again))\b/i,
};

/** `error` says the request already holds and nothing is left to do for it. */
export function saysAlreadyDone(error: string): boolean {
  return ALREADY_DONE.already.test(error) && ALREADY_DONE.nothingToDo.test(error);
}
