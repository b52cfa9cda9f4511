// Tools that undo something (cancel a booking, delete an account) and the words a caller uses to
// ask for that. Such a tool never runs on a guess: the caller must have asked to undo.

/**
 * A tool name that undoes or destroys ("cancel_booking", "delete_account", "void_invoice"). Not
 * "remove": taking an item out of an order being built is an edit the caller hears and can undo
 * (guarding it broke the restaurant template's whole-call dialogues: 5/6 → 2/6).
 */
export const UNDOING_TOOL =
  /(?:^|_)(?:cancel|delete|void|terminate|deactivate|unsubscribe|revoke|close|destroy|erase|wipe)(?:_|$)/i;

/**
 * What a caller says to undo something ("cancel it", "we can't make it", "call it off"). Dropping
 * something off, by or in is bringing it or calling in, not undoing.
 */
export const UNDO_CUES =
  /\b(?:cancel\w*|delet\w*|remov\w*|void|terminat\w*|deactivat\w*|unsubscrib\w*|revok\w*|close (?:it|my|the|our)\b|call (?:it )?off|scrap|drop(?:p(?:ed|ing))?\b(?!\s+(?:off|by|in)\b)|(?:can'?t|cannot|can not|won'?t|will not|not able to) make it|no longer (?:need|want)|(?:don'?t|do not) (?:need|want) (?:it|the|that|this|my)\b|not coming|get rid of)/i;
