// How a question opens, in general English: the words the cues that tell a question from a
// statement (cues.ts) and the clause that asks for something (request_shape.ts) are built from.

/** Words that ask for information: "what do I owe", "how long will it take", "when do you open". */
export const QUESTION_WORDS = ['how', 'what', "what's", 'which', 'where', 'when', 'why', 'who'];

/** Verbs that open a yes/no question: "is it SOC 2 compliant", "does it have nuts", "have you got one". */
export const QUESTION_VERBS = ['is', 'are', 'does', 'do', 'did', 'has', 'have'];

/** Modal verbs that open a question or ask leave to do something: "will it be ready", "can I bring it in". */
export const QUESTION_MODALS = ['can', 'could', 'will', 'would'];
