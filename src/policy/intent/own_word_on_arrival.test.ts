// A made-up climbing gym: its members desk reads a membership card's visits (the step its entry
// line asks for), renews passes, or reports a lost or stolen card. "my wallet got stolen and my
// gym card was in it", carried here from the front desk, only leans to the report (the card's words
// are every tool's); "stolen" is a word no other tool here uses, so the report is started rather
// than the visits lookup the entry line asks for.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';
import { LocalPolicyLLM } from '../local_policy_llm.js';

const gym = defineWorkflow({
  name: 'climbing-gym',
  userData: z.object({}),
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'Answers the phone at the gym.',
      instructions: 'Send callers about their membership card, visits, passes or a lost card to the members desk.',
      canEndCall: true,
    },
    {
      id: 'members',
      description: 'Checks a gym card: visits and passes; replaces lost cards.',
      instructions:
        'For visits, ask for the gym card number (G M dash and four digits) and the surname on the card, and call check_visits. Renew passes with renew_pass. If the caller has lost their card, check their identity with report_lost_card, which needs their full name and postcode.',
      onEnter: () =>
        'Ask for the gym card number and the surname on the card. If they have lost the card, ask for their full name and postcode instead.',
      canEndCall: true,
      examples: {
        check_visits: [
          'my card number is GM-4821 and my surname is Lee',
          'GM-3307, Okafor',
          'how many visits do I have left',
          'when does my pass run out',
          'what is on my gym card',
        ],
        renew_pass: ['please renew my pass', 'can you renew the ten visit pass', 'I need more visits'],
        report_lost_card: ['I lost my gym card', 'my card was stolen', 'I am Ann Lee, postcode N1 9GU'],
      },
      tools: {
        check_visits: llm.tool({
          description: 'Look up a gym card: visits left and when the pass runs out.',
          parameters: z.object({
            card_number: z.string().optional().describe('The gym card number, G M dash and four digits.'),
            surname: z.string().optional().describe('The surname on the card.'),
          }),
          execute: async () => 'I need both the gym card number and the surname on the card.',
        }),
        renew_pass: llm.tool({
          description: 'Renew the pass on the gym card for another month.',
          parameters: z.object({}),
          execute: async () => 'Renewed.',
        }),
        report_lost_card: llm.tool({
          description:
            'Report a lost or stolen gym card: checks the caller’s identity, blocks the old card and issues a new card number.',
          parameters: z.object({
            full_name: z.string().describe('The cardholder’s first and last name.'),
            postcode: z.string().describe('The postcode on the membership.'),
          }),
          execute: async () => 'The old card is blocked; the new card number is GM-8001.',
        }),
      },
    },
    { id: 'manager', description: 'The duty manager.', instructions: 'Help the caller.', human: true },
  ],
  edges: [
    {
      from: 'front',
      to: 'members',
      when: 'The caller asks about visits or passes on their gym card, or reports a lost or stolen gym card.',
      examples: ['how many visits do I have left', 'I lost my gym card', 'someone stole my card'],
    },
    {
      from: 'members',
      to: 'front',
      when: 'The caller has something else that is not about their card: a general question or a class.',
      examples: ['I also have a question about your opening hours', 'and I want to book a class'],
    },
  ],
  escalation: {
    agent: 'manager',
    when: 'The caller asks for a person, is upset, or needs something no desk here can do: disputing a charge, a lost or damaged rental shoe.',
    examples: ['can I talk to a manager', 'I want to dispute a charge', 'I lost one of your rental shoes'],
  },
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('starts the tool a word of the line names alone, not the entry step', async () => {
  // A stricter bar than the default, so the line is one the classifier only leans on.
  call = await startOfflineCall(gym, new LocalPolicyLLM({ minConfidence: 0.4 }));
  await call.caller('hi my wallet got stolen yesterday and my gym card was in it');
  expect(call.tools.some((t) => t.name === 'check_visits')).toBe(false);
  expect(call.lastSaid()).toMatch(/name/i);
});
