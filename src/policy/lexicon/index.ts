// The offline policy's default English lexicon, as data: selection words, synonym groups, enum
// value synonyms and dialogue-act cues. Apps extend it through PolicyOptions.lexicon (see
// lexicon/README.md); nothing here names one app's fields or categories.
export {
  ASKS_AVAILABILITY,
  ASKS_IF_HELD,
  LISTED_POINTER_WORDS,
  LISTS_OPTIONS,
  ORDINAL_WORDS,
  SEARCHES_THINGS,
  SELECT_WORDS,
  SELECTS_OFFERED,
  PICKED_ARGUMENT,
} from './selection.js';
import { ENUM_SYNONYMS as ENUM_SYNONYMS_TABLE } from './enum_synonyms.js';
export { ENUM_SYNONYMS } from './enum_synonyms.js';
export { stem } from './stem.js';
export { CHATTER_WORDS, DETERMINERS, GENERIC_WORDS, ID_WORDS, TITLE_ABBREVIATIONS } from './generic_words.js';
export { WORD_GROUPS } from './word_groups.js';
export { CALLER_NAME_WORDS, GROUP_PLACE, NAMED_ROLES, PEOPLE_NOUNS, RELATION_NOUNS } from './people_words.js';
export { STREET_TYPES } from './address_words.js';
export { OWN_RECORD_WORDS } from './determiners.js';
import { addWordGroups } from '../synonyms.js';

export interface LexiconExtension {
  /** More words for enum values, keyed by the value as spoken ("premium": ["gold", "top tier"]). */
  enumSynonyms?: Record<string, string[]>;
  /**
   * Words callers use for the same thing, each group read as its first word by the intent
   * classifier and option matching (["storage", "bucket", "upload"]). A word keeps its first group.
   */
  wordGroups?: string[][];
}

/** Add an app's words to the default lexicon (process-wide: every policy in the process uses them). */
export function extendLexicon(extension: LexiconExtension): void {
  for (const [value, words] of Object.entries(extension.enumSynonyms ?? {})) {
    const key = value.replace(/[_-]+/g, ' ').toLowerCase();
    const known = ENUM_SYNONYMS_TABLE[key] ?? [];
    ENUM_SYNONYMS_TABLE[key] = [...new Set([...known, ...words.map((w) => w.toLowerCase())])];
  }
  if (extension.wordGroups) addWordGroups(extension.wordGroups);
}
export { CORRECTION_CUES } from './correction_cues.js';
export { UNDO_CUES, UNDOING_TOOL } from './undo_words.js';
export {
  AFFIRM_WORDS,
  GO_AHEAD_IDIOMS,
  AMEND_PHRASES,
  COMMIT_VERBS,
  COMMIT_VERB_GROUPS,
  DECLINE_PHRASES,
  HOLD_PHRASES,
  TOOL_NAME_VERBS,
} from './commit_words.js';
export {
  ACQUIRE_CUES,
  ADDING_TOOL,
  NOT_AN_ITEM_WORDS,
  REFERS_BACK,
  REMOVE_CUES,
  REMOVING_TOOL,
  REQUEST_QUESTION,
} from './order_words.js';
export {
  AFFILIATION_WORDS,
  BRANCH_PLACE_WORDS,
  BRANCH_PLACES,
  ESTABLISHMENT_LABEL,
  ORGANIZATION_CUES,
  ORGANIZATION_JOINERS,
  ORGANIZATION_LABEL,
  ROLE_WORDS,
} from './organization_words.js';
export { FOR_UNSOLVED, NO_CHANGE, NOW_WORKS, SOMETHING_TO_TRY } from './progress_words.js';
export { ALREADY_DONE, saysAlreadyDone } from './already_done.js';
export { DETAIL_TAKE_BACK, ONLY_HESITATION, TAKE_BACK, WITHDRAW_CUES } from './withdraw_words.js';
export { NEW_ARRIVAL } from './new_arrival.js';
export { QUESTION_MODALS, QUESTION_VERBS, QUESTION_WORDS } from './question_words.js';
export { MEASURE_UNITS } from './measure_units.js';
export {
  ARRANGING_VERB,
  ASKED_HEAD,
  ASIDE_OPENER,
  QUESTION_PREFACE,
  DESK_NOISE,
  EMAIL_INTRO,
  EMERGENCY_CUES,
  GENERIC_REQUEST_VERBS,
  HEAD_PHRASE_END,
  MEANING_PHRASES,
  REQUEST_HEAD,
  PROBLEM_CUES,
  WANT_CUES,
  AMOUNT_OWED,
  PRICE_ASKED,
  ASKS_IF_NEEDED,
  ASKS_HOW_MUCH,
  ASKS_TO_ACT,
  QUESTION_OPENER,
  YES_NO_QUESTION,
  CHECKS_WHETHER,
  requestShaped,
  withMeaningPhrases,
} from './request_shape.js';
export { CONVERSATIONAL, CONVERSATIONAL_EXAMPLES, KIND_EXAMPLES } from './conversational_examples.js';
