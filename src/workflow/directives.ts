// Sentences the runtime writes into tool outputs for the model, each with what it asks for as data.
// The offline policy acts on the `directive` and speaks `forCaller`; it never parses `text`, so
// rewording a sentence here changes what a real model reads and nothing the offline policy does.

export type Directive = 'goodbye' | 'ask_again' | 'apologise' | 'read_back';

export interface RuntimeDirective {
  /** What the model reads, appended to the tool output. */
  text: string;
  directive: Directive;
  /** What the offline policy says for it ('' when the directive itself is the reply, as a goodbye). */
  forCaller: string;
}

export const RUNTIME_DIRECTIVES = {
  endCall: {
    text: 'The call will end after your goodbye. Say a short, warm goodbye now.',
    directive: 'goodbye',
    forCaller: '',
  },
  toolTimedOut: {
    text: 'Apologise to the caller, say the system is slow right now, and offer to try again or to create a ticket.',
    directive: 'apologise',
    forCaller: "I'm sorry, the system is slow right now. I can try again, or open a ticket for you.",
  },
  toolCrashed: {
    text: 'Apologise, tell the caller this could not be done right now, and offer another way to help (a ticket or a callback).',
    directive: 'apologise',
    forCaller: "I'm sorry, that could not be done right now. I can help another way, with a ticket or a callback.",
  },
  invalidDetails: {
    text: 'Nothing was saved; ask the caller to repeat the detail.',
    directive: 'ask_again',
    forCaller: "I'm sorry, I didn't get that detail right. Could you say it again, please?",
  },
} satisfies Record<string, RuntimeDirective>;

/** The runtime directives a tool output carries, and the output without them. */
export function findDirectives(output: string): { found: RuntimeDirective[]; rest: string } {
  const found: RuntimeDirective[] = [];
  let rest = output;
  for (const d of Object.values(RUNTIME_DIRECTIVES) as RuntimeDirective[]) {
    if (!rest.includes(d.text)) continue;
    found.push(d);
    rest = rest.replace(d.text, ' ');
  }
  return { found, rest: rest.replace(/\s{2,}/g, ' ').trim() };
}
