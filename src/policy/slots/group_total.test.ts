// A group named by its members and then counted ("just me and one part timer, so two"), on a
// made-up rowing club's sign-up line: the total is the headcount, and the members are one group,
// not two items to sign up one by one.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';
import { findHeadcounts, prepareUtterance } from './index.js';

const headcounts = (said: string) => findHeadcounts(prepareUtterance(said)).map((c) => c.value);

it('reads how many the members make as the headcount', () => {
  expect(headcounts("it's just me and one part timer, so two, and we're just browsing")).toEqual([2]);
  expect(headcounts('me and my brother and his wife, that makes three')).toEqual([3]);
  // No group named before "so": no total.
  expect(headcounts('we have two boats, so that is it')).toEqual([]);
});

const club = defineWorkflow({
  name: 'rowing-club',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Signs crews up for rowing lessons.',
      instructions: 'Ask how many people would row and when they want to start, then sign them up with join_crew.',
      canEndCall: true,
      tools: {
        join_crew: llm.tool({
          description: 'Sign a crew up for lessons.',
          parameters: z.object({
            crew_size: z.number().int().describe('How many people would row.'),
            start: z
              .enum(['this_week', 'next_month', 'just_browsing'])
              .describe('When they want to start: this_week (asap), next_month, or just_browsing (no plans).'),
          }),
          execute: async ({ crew_size }) => `Signed up a crew of ${crew_size}.`,
        }),
      },
      examples: { join_crew: ['we want rowing lessons', 'sign us up'] },
    },
  ],
  edges: [],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('signs the group up once, with its total', async () => {
  call = await startOfflineCall(club);
  await call.caller('hi, we want rowing lessons');
  await call.caller("it's just me and one part timer, so two, and we're just browsing, no plans");
  const joins = call.tools.filter((t) => t.name === 'join_crew');
  expect(joins).toHaveLength(1);
  expect(joins[0]?.args).toMatchObject({ crew_size: 2, start: 'just_browsing' });
});
