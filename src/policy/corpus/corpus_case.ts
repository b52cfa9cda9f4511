// Shape of an accuracy-corpus case: what the caller says to which agent (after which earlier
// turns, with which known facts), and what a good agent does next.

/** A value check for one argument: exact (case-insensitive for strings) or a pattern. */
export type ArgCheck = string | number | boolean | RegExp;

export type Expectation =
  /** Call this tool; the listed arguments must match (others are not checked). */
  | { tool: string; args?: Record<string, ArgCheck>; without?: string[] }
  /** Ask the caller something (no tool call); `asks` must match the question. */
  | { reply: 'ask'; asks?: RegExp }
  /** Offer a choice between two options. */
  | { reply: 'clarify' }
  /** Any reply without a tool call (greeting, apology, refusal, "I didn't catch that"). */
  | { reply: 'no_tool'; says?: RegExp };

/** An earlier turn: the caller or agent speaking, or a tool the agent called and what it returned. */
export type EarlierTurn =
  | ['caller' | 'agent', string]
  | ['tool', name: string, args: Record<string, unknown>, output: string, isError?: boolean];

export interface CorpusCase {
  agent: string;
  utterance: string;
  /** Earlier turns in this agent's conversation. */
  before?: EarlierTurn[];
  /** Userdata already known (shown to the agent as "Known facts"). */
  facts?: Record<string, unknown>;
  expect: Expectation;
  /** What the case exercises (typo, spoken email, correction, several facts ...). */
  tags?: string[];
}
