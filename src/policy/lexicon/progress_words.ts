// How a caller reports on something they were told to try: it made no difference ("still
// frozen", "no luck", "same thing", "it froze again"). Said while going through steps one at a time.

/** The caller tried it and nothing changed. */
export const NO_CHANGE =
  /\b(?:still (?:not|no|nothing|the same|won'?t|doesn'?t|isn'?t|can'?t|[a-z]+(?:ing|ed|en)\b|frozen|stuck|down|dead|broken|red|off|offline|blank|black|slow|out|there|on)|no luck|no change|no difference|(?:didn'?t|did not|doesn'?t|does not) (?:help|work|fix (?:it|anything)|change anything|do anything|make (?:a|any) difference)|same (?:thing|problem|result|as before|again)|nothing (?:happens|happened|changed)|(?:froze|stopped|dropped|died|went (?:off|out)|cut out) again)\b/i;

/** The caller says it works now ("that fixed it", "it's back", "seems stable now"). */
export const NOW_WORKS =
  /\b(?:(?:that|it)(?:'s| has| is)? (?:fixed|sorted|solved)|(?:it'?s|it is) (?:back|working|fine|ok(?:ay)?)|works? (?:now|again)|(?:working|loading|connecting|connected|streaming|online) (?:now|again)|(?:seems|looks) (?:stable|fine|better|ok(?:ay)?|good)|back (?:on|up)\b)/i;

/**
 * A tool's description saying it is for when trying things did not work ("Open a ticket … when the
 * problem is not solved on this call", "Book a technician if the steps did not help"): what a caller
 * who reports no change gets when the app has no step-by-step tool.
 */
export const FOR_UNSOLVED =
  /\b(?:(?:is|was|are|were|gets?|got|been) (?:not|n'?t|never) (?:solved|fixed|resolved|sorted)|(?:not|un)(?:solved|fixed|resolved)|(?:cannot|can'?t|could not|couldn'?t) (?:be )?(?:solved|fixed|resolved|sort(?:ed)?)|(?:did|does|do)(?: not|n'?t) (?:help|work|fix|solve)|still (?:not|broken|failing|does ?n'?t)|no (?:fix|solution))\b/i;

/**
 * A tool's answer that gives the caller something to try ("switch it off for ten seconds", "try a
 * restart") or finds no fault: only after one is "still …" a report that it did not help ("you are
 * verified" then "so it's still processing" is no such report).
 */
export const SOMETHING_TO_TRY =
  /\b(?:try(?:ing)?|restart|reboot|re-?start|switch(?:ing)?|turn(?:ing)?|unplug|plug|reset|power(?: cycle)?|hold|press|update|reinstall|clear|reconnect|move|wait|step \d+|no (?:known )?(?:fault|outage|problem|issue)s?)\b/i;
