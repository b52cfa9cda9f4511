// How callers agree up front to a cost a step carries ("charge the fifty dollars, just cancel it",
// "I'll pay the fee, go ahead"): a word of agreeing to pay with a word for the cost. Any app.

/** Agreeing to pay or be charged. */
export const PAY_CONSENT =
  /\b(?:charge (?:it|me|the|that)|(?:i'?ll|i will|happy to|fine to|ok(?:ay)? to) pay|pay (?:it|the|that)|accept (?:the|that)|(?:fine|ok(?:ay)?|happy) with (?:the|that)|take the (?:fee|charge|hit)|(?:i )?agree(?:d)? to (?:the|that|it|pay))\b/i;

/** A word for what the step costs. */
export const COST_WORDS = /\b(?:fee|fees|charge|penalty|surcharge|cost|dollars?|bucks|pounds?|euros?)\b|[$£€]\s?\d/i;

/** Refusing to pay ("don't charge me", "I won't pay that", "I don't want to pay that"). */
export const PAY_REFUSAL =
  /\b(?:don'?t|do not|won'?t|will not|not going to|never|no way)\s+(?:\w+\s+){0,2}(?:charge|pay|paying|accept)\b/i;

/** The caller's line agrees to pay what a step costs ("ok fine, I agree to the charge"). */
export function agreesToCost(line: string): boolean {
  return PAY_CONSENT.test(line) && COST_WORDS.test(line) && !PAY_REFUSAL.test(line);
}
