// Where callers say who they work for, in any business: "Ann Lee from Acme Corp", "VP of sales at
// Northwind", "I'm with Harbor Realty", "my company is Kaimo Labs", "I work for Riverside Library".
// Also what an argument that holds such a name is called ("company", "organisation", "employer").

/** Words that introduce the organisation itself, wherever they are said. */
export const ORGANIZATION_CUES =
  /\b(?:(?:my|our|the) (?:company|organi[sz]ation|employer|firm|business|practice|agency|studio)(?: name)?(?: is|'s)|(?:i|we) work (?:for|at|with)|(?:i'?m|i am|we'?re|we are) (?:with|from)|calling (?:from|for|on behalf of)|on behalf of|from)\s+/gi;

/** "at"/"with" introduce an organisation only after a name or a role ("Mei Lin with …", "head of sales at …"). */
export const AFFILIATION_WORDS = /\b(?:at|with)\s+/gi;

/** Job titles and roles a caller gives before where they work ("IT lead at", "owner of"). */
export const ROLE_WORDS = new Set(
  `vp president director head lead manager founder cofounder co-founder owner partner ceo cto cfo coo cio officer
  engineer developer designer consultant analyst admin administrator coordinator specialist assistant rep
  representative buyer accountant teacher librarian nurse doctor principal chair chief`.split(/\s+/),
);

/** An argument holding the name of the caller's company or organisation (by its label). */
export const ORGANIZATION_LABEL = /\b(?:company|organi[sz]ation|employer|firm|business name|workplace)\b/i;

/** Joining words allowed inside an organisation's name ("Rossi & Partners", "Bank of Ohio"). */
export const ORGANIZATION_JOINERS = new Set(['&', 'and', 'of', 'for', 'the']);

/**
 * An argument naming a place of business other than the caller's employer ("pharmacy name", "the
 * other bank", "which store"): the words are the business, never a person, and callers name it by
 * its branch ("the walgreens on harvard street").
 */
export const ESTABLISHMENT_LABEL =
  /\b(?:pharmacy|pharmacies|drugstore|store|shop|branch|bank|clinic|hospital|practice|surgery|school|hotel|restaurant|dealer|dealership|garage|gym|insurer|provider|venue)(?: name)?$/i;

/** Where a branch stands, after its business's name ("on Main Street", "in Central Square"). */
export const BRANCH_PLACE_WORDS = /^(?:on|in|at|off|by)$/;

/** Places that are no street but still say which branch ("in Central Square", "at the mall"). */
export const BRANCH_PLACES = new Set(['square', 'center', 'centre', 'mall', 'plaza', 'station', 'downtown', 'market']);
