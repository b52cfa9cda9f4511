// LLM judges inside vitest behaviour tests: judge a session's whole conversation (or one run's
// events) and fail the test on a `fail` verdict, with the judges' reasons in the message.
import { llm, voice } from '@livekit/agents';
import {
  conversationFromChatItems,
  Judge,
  judgeByName,
  JudgeGroup,
  type GroupResult,
  type JudgeInput,
} from '../eval/judges.js';
import type { JudgeName } from '../eval/scenario_schema.js';

export type Judgeable =
  | voice.AgentSession
  | llm.ChatContext
  | readonly llm.ChatItem[]
  | { events: readonly { item: llm.ChatItem }[] }
  | string;

function conversationOf(source: Judgeable): string {
  if (typeof source === 'string') return source;
  if (source instanceof voice.AgentSession) return conversationFromChatItems(source.history.items);
  if (source instanceof llm.ChatContext) return conversationFromChatItems(source.items);
  if (Array.isArray(source)) return conversationFromChatItems(source as readonly llm.ChatItem[]);
  return conversationFromChatItems((source as { events: readonly { item: llm.ChatItem }[] }).events.map((e) => e.item));
}

export class JudgementFailed extends Error {
  constructor(readonly result: GroupResult) {
    super(
      `LLM judges failed:\n${result.verdicts
        .filter((v) => v.verdict === 'fail' || v.verdict === 'maybe')
        .map((v) => `  - ${v.judge}: ${v.verdict} — ${v.reason}`)
        .join('\n')}`,
    );
    this.name = 'JudgementFailed';
  }
}

/**
 * Ask judges about a conversation and throw JudgementFailed when one fails (or, with
 * `allowMaybe: false`, is unsure). Resolves with every verdict.
 *
 *   await expectJudged(judgeModel, session, ['task_completion', 'safety'], { goal: 'get a refund' });
 */
export async function expectJudged(
  model: llm.LLM,
  source: Judgeable,
  judges: (Judge | JudgeName)[],
  options: Omit<JudgeInput, 'conversation'> & { allowMaybe?: boolean } = {},
): Promise<GroupResult> {
  const group = new JudgeGroup(
    model,
    judges.map((j) => (j instanceof Judge ? j : judgeByName(j))),
  );
  const { allowMaybe = true, ...input } = options;
  const result = await group.evaluate({ ...input, conversation: conversationOf(source) });
  if (!result.passed || (!allowMaybe && result.verdicts.some((v) => v.verdict === 'maybe')))
    throw new JudgementFailed(result);
  return result;
}
