// How a caller takes back what they were asking for: "never mind", "forget the refund", "don't do
// it", "hold off", "I'll just keep the booking then" (the thing stays as it is), "I'll sort it out
// myself". Said before anything was done, it stops the request.

/** Taking a request back in so many words ("forget the refund", "don't do it", "hold off"). */
export const TAKE_BACK =
  /\b(?:never ?mind|forget (?:it|about it|that|(?:about )?(?:the|my|this|that) \w+)|don'?t worry(?: about it)?|no need(?: to| for)?|(?:don'?t|do not) (?:do|process|submit|send|file|go ahead with|put through|book) (?:it|that|this|anything|(?:the|my) \w+)|hold off|scratch that|(?:i'?ll|we'?ll|i will|we will|let'?s) (?:just )?keep (?:it|that|them|(?:the|my|our) \w+)(?= *(?:then|as it is|as is|after all|for now)? *(?:[,.!;]|$)))\b/i;

/** The same, or the caller will see to it themselves ("I'll sort it out myself", "I'll just email"). */
export const WITHDRAW_CUES = new RegExp(
  `${TAKE_BACK.source}|\\bi'?ll (?:just )?(?:sort|figure|work|deal with|handle|check|do|look into) (?:it|that|this)(?: out)?(?: myself| later| on my own| in the \\w+)?\\b|\\bi'?ll (?:just )?(?:email|call back|ring back|write)\\b`,
  'i',
);

/** A clause that only hesitates or says no ("actually, hmm, no"). */
export const ONLY_HESITATION =
  /^(?:(?:actually|hmm+|um+|uh+|no|nah|wait|ok(?:ay)?|well|so|oh|please|sorry)[\s,.!]*)+$/i;

/**
 * Taking back one detail already given, its name said after the cue ("forget the account number,
 * use my email", "never mind my phone number", "scratch the order number"): the detail's words
 * follow, up to the end of the clause.
 */
export const DETAIL_TAKE_BACK =
  /\b(?:forget(?: about)?|never ?mind|scratch|ignore|skip|drop)\s+(?:the|my|that)\s+([a-z][a-z\s-]*?)\s*(?:[,.;!?]|\b(?:then|and|instead|use|try|just)\b|$)/gi;
