// The phrases the intent classifier always learns, apart from any app's examples: small talk
// (greetings, thanks, yes, no, off-topic) and the tools the workflow core adds to agents
// (escalation, hang-up, return). Plain English, so they live with the rest of the lexicon.

/** Conversational intents the policy always knows; they never become tool calls. */
export const CONVERSATIONAL = {
  greet: '__greet',
  thanks: '__thanks',
  affirm: '__affirm',
  deny: '__deny',
  offtopic: '__offtopic',
} as const;

export const CONVERSATIONAL_EXAMPLES: Record<string, string[]> = {
  [CONVERSATIONAL.greet]: [
    'hi',
    'hello',
    'hello there',
    'hey',
    'good morning',
    'good afternoon',
    'hi there, how are you',
  ],
  [CONVERSATIONAL.thanks]: [
    'thanks',
    'thank you',
    'thank you so much',
    'cheers',
    'great, thanks',
    'perfect thank you',
    'that is helpful',
  ],
  [CONVERSATIONAL.affirm]: [
    'yes',
    'yeah',
    'yep',
    'sure',
    'correct',
    'that is right',
    'ok',
    'okay',
    'yes please',
    'go ahead',
  ],
  [CONVERSATIONAL.deny]: ['no', 'nope', 'not really', 'no that is wrong', 'that is not right', 'incorrect'],
  [CONVERSATIONAL.offtopic]: [
    'what is the weather like',
    'tell me a joke',
    'who won the game last night',
    'what is the meaning of life',
    'can you sing me a song',
    'what is your favourite colour',
    'recommend a good movie',
    'how tall is the eiffel tower',
    'are you a robot',
  ],
};

// Example phrases for the tools the workflow core adds to agents; an app may add more.
export const KIND_EXAMPLES: Partial<Record<string, string[]>> = {
  escalation: [
    'I want to talk to a human',
    'get me a real person',
    'let me speak to a manager',
    'can I talk to someone',
    'transfer me to a supervisor',
    'I need a representative',
    'operator please',
    'put me through to a person',
    'stop, I want an actual human being',
    'this is useless',
    'you are not helping me',
  ],
  operator: [
    'I want to talk to a human',
    'get me a real person',
    'connect me with an operator',
    'yes please get me a person',
    'a human please',
  ],
  end_call: [
    'that is all, thanks, bye',
    'goodbye',
    'bye',
    'no that is everything',
    'nothing else, thank you',
    'I am all set',
    'that will be all',
    'I am done, you can hang up',
    'no thanks, have a good day',
  ],
  return: [
    'take me back',
    'go back to the previous agent',
    'I am done here',
    'back to the main desk please',
    'that is all for this part',
  ],
};
