// A made-up picture framer: the workshop found extra work on an order and asks the owner whether to
// go ahead. "no, leave it, just the frame I ordered" is the owner's decision (the description lists
// "no, leave it" under decline) for the tool that records it, though that tool also takes the
// owner's name (said earlier in the call); and "yes, decline it" just after the decline went
// through changes nothing, so it is not recorded twice.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';
import { LocalPolicyLLM } from '../local_policy_llm.js';

const framer = defineWorkflow({
  name: 'framer',
  userData: z.object({}),
  start: 'workshop',
  agents: [
    {
      id: 'workshop',
      description: 'Tells callers where their framing order is and takes their OK on extra work.',
      instructions:
        'Look up the order with check_order. If extra work was found, ask whether to go ahead and record the answer with decide_extra_work.',
      canEndCall: true,
      examples: {
        check_order: ['my order is FR-1234', 'is FR-1234 ready'],
        decide_extra_work: ['yes go ahead, I am Ann Lee', 'no, just the frame, this is Ann Lee', 'approve it please'],
      },
      tools: {
        check_order: llm.tool({
          description: 'Look up a framing order by its number.',
          parameters: z.object({ order_id: z.string().describe('The order number, like "FR-1234".') }),
          execute: async () =>
            'The glass on order FR-1234 is chipped and should be replaced, for $30. Ask the caller whether to go ahead.',
        }),
        decide_extra_work: llm.tool({
          description: 'Record the owner’s yes or no to extra work found on their order.',
          parameters: z.object({
            order_id: z.string().describe('The order number, like "FR-1234".'),
            decision: z
              .enum(['approve', 'decline'])
              .describe('approve (yes, go ahead) or decline (no, leave it, just the original job).'),
            customer_name: z.string().describe('The full name the order is under.'),
          }),
          execute: async ({ decision }) => (decision === 'approve' ? 'Approved.' : 'Noted: no extra work.'),
        }),
      },
    },
  ],
  edges: [],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('records a decision said in its listed words, once', async () => {
  // A strict bar, so the classifier only leans to the decision (as with a busier desk's tools).
  call = await startOfflineCall(framer, new LocalPolicyLLM({ minConfidence: 0.7 }));
  await call.caller('hello, this is ann lee, is order FR-1234 ready yet');
  await call.caller('no, leave it for now please, just do the frame i picked');
  const decided = call.tools.filter((t) => t.name === 'decide_extra_work');
  expect(decided.map((t) => t.args)).toEqual([{ order_id: 'FR-1234', decision: 'decline', customer_name: 'Ann Lee' }]);
  await call.caller('yes, decline it');
  expect(call.tools.filter((t) => t.name === 'decide_extra_work')).toHaveLength(1);
  expect(call.lastSaid()).not.toMatch(/didn't catch/i);
});
