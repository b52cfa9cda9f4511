// Which way a request about an item goes: into the order or basket ("I'll have", "can I get",
// "order") or out of it ("take off", "remove", "no … after all"). Tools that take the same item
// (add / remove) are told apart by the same words in their names and descriptions. Any app.

/**
 * A caller asking for an item: ordering, getting, having, taking it. Getting somewhere or getting
 * on ("I'll pay when I get there", "get back to you") is no order, nor is coming to get it ("I'll
 * pay when I come get it"). Whoever it is for, "will have" orders ("my husband will have the stew").
 */
export const ACQUIRE_CUES =
  /\b(?:order(?:ing)?|(?<!\b(?:come|coming|comes|pop|stop|swing) (?:and |by (?:and )?|in (?:and )?|over (?:and )?|to )?)(?:get|grab)(?!\s+(?:there|here|home|back|in|going|started|ready|through|to)\b)|getting|buy(?:ing)?|take|(?:'ll|will) have|(?:'ll|will) do|(?:can|could|may) (?:i|we) have|i'?d like|we'?d like|i want|we want|i wanna|we wanna|i need|we need|add|put in|go (?:for|with)|gimme|give me|lemme have)\b/i;

/** A caller taking an item back out. */
export const REMOVE_CUES =
  /\b(?:remove|take (?:\w+ ){0,3}(?:off|out)|delete|drop(?!\s+(?:off|by|in)\b)|cancel|scrap|skip|(?:don'?t|do not|no longer) want|no\b.{1,40}\bafter all)\b/i;

/** A tool's name and description that put an item in. */
export const ADDING_TOOL = /\b(?:add|adds|put|puts|include|includes|order|buy|book|reserve|select)\b/i;

/** A tool's name and description that take an item out. */
export const REMOVING_TOOL =
  /\b(?:remove|removes|take\b.{0,20}\b(?:off|out)|delete|deletes|drop|drops|cancel|cancels)\b/i;

/** A question that is really a request for an item ("can I get a…?", "could we have two…?"). */
export const REQUEST_QUESTION = /\b(?:can|could|may) (?:i|we|you) (?:get|have|order|add|grab|take|put|do)\b/i;

/**
 * Words that point back at an item just talked about ("I'll take one of those", "that one"); not
 * "that's everything" or "it's for Sam", where "that" and "it" open a statement.
 */
export const REFERS_BACK =
  /\b(?:(?:one|two|three|four|five|six|\d+) of (?:those|these|them|that|it)|that one|this one|those|these|them|(?:that|it)(?!'|\s+(?:is|was|will|would|has)\b))\b/i;

/**
 * Words after a count that name no thing of their own ("two of those", "one more", "three for the
 * kids", "a large", "a couple of"): the count goes with the item before. Any other word after a count
 * names a thing ("and two cokes").
 */
export const NOT_AN_ITEM_WORDS: ReadonlySet<string> = new Set(
  `of more each for please then too as well also again extra large small medium big regular little
  couple bit lot few one ones thing things same other another kind sort piece pieces time times
  person people us me them those these that it with without to and or but plus on in at now instead
  total altogether all sized size order orders`.split(/\s+/),
);
