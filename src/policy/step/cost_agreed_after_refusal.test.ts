// A refusal that names a cost and asks the caller to agree ("costs a $40 fee … if they agree, call
// again with accept_fee true"), answered with grumbling around the agreement ("forty? ugh. ok
// fine, I agree to the charge, just cancel it"): no plain yes, but the call again with the flag.
// A made-up kayak club cancels lessons.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const cancelLesson = llm.tool({
  description: 'Cancel a kayak lesson. Late cancellations cost a fee the caller must agree to.',
  parameters: z.object({
    lesson_id: z.string().describe('The lesson number, like KY-1042.'),
    accept_fee: z.boolean().optional().describe('True only after the caller agreed to pay the late fee.'),
  }),
  execute: async () => 'Cancelled.',
});

const club = defineWorkflow({
  name: 'kayak-club',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Lessons desk.',
      instructions: 'You cancel lessons.',
      canEndCall: true,
      tools: { cancel_lesson: cancelLesson },
    },
  ],
  edges: [],
});

const REFUSAL =
  'The lesson is tomorrow, so cancelling KY-1042 costs a $40 fee. Tell the caller and ask whether they still want to cancel; if they agree, call cancel_lesson again with accept_fee true.';
const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const decide = (lines: Turn[]) => policy.decide(chatOf('Help the caller.', lines), builtAgent(club, 'desk').toolCtx);
const before: Turn[] = [
  ['user', 'I need to cancel my lesson KY-1042'],
  ['failed', 'cancel_lesson', { lesson_id: 'KY-1042' }, REFUSAL],
  ['assistant', 'The lesson is tomorrow, so cancelling KY-1042 costs a $40 fee. Do you still want to cancel?'],
];

describe('a cost agreed after the refusal named it', () => {
  it('calls again with the flag set', async () => {
    const d = await decide([...before, ['user', 'forty? ugh. ok fine, I agree to the charge, just cancel it']]);
    expect(d.toolCalls.map((c) => [c.name, c.args])).toEqual([
      ['cancel_lesson', { lesson_id: 'KY-1042', accept_fee: true }],
    ]);
  });

  it('does not set it when the caller will not pay', async () => {
    const d = await decide([...before, ['user', "no, I won't pay the charge"]]);
    expect(d.toolCalls.map((c) => (c.args as { accept_fee?: boolean }).accept_fee)).not.toContain(true);
  });

  it('does not set it when the caller does not want to pay, words between', async () => {
    // "pay that" with "a charge" said is no agreement when "don't want to" comes before it.
    const d = await decide([
      ...before,
      ['user', "oh, i didn't know there'd be a charge. no, i don't want to pay that"],
    ]);
    expect(d.toolCalls.map((c) => (c.args as { accept_fee?: boolean }).accept_fee)).not.toContain(true);
  });
});
