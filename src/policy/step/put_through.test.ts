// Asking to be put through to someone who can do what this agent cannot: on a made-up vet clinic's
// billing desk, whose discounts over a limit need a practice manager. "get me someone who can
// approve it" asks for a person outright; "fine, put me through" after the agent offered one takes
// the offer up, however many words come first; "put me through to the front desk" does not.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { detectFrustration } from '../cues.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';
import { takesUpPersonOffer } from './proposal.js';

const vet = defineWorkflow({
  name: 'vet',
  userData: z.object({}),
  start: 'accounts',
  agents: [
    {
      id: 'accounts',
      description: 'Handles vet bills.',
      instructions: 'You handle bills.',
      canEndCall: true,
      tools: {
        discount_bill: llm.tool({
          description: 'Take money off a vet bill by its bill number.',
          parameters: z.object({ bill_id: z.string().describe('The bill number, like VB-1234.') }),
          execute: async () => 'Discounted.',
        }),
      },
    },
    { id: 'manager', description: 'The practice manager.', instructions: 'A person.', human: true, canEndCall: true },
  ],
  edges: [],
  escalation: { agent: 'manager', when: 'The caller asks for a person.' },
});

const OFFER = 'Discounts over $100 need the practice manager. I can bring in a colleague.';
const decide = (lines: Turn[]) => {
  const { toolCtx, instructions } = builtAgent(vet, 'accounts');
  return new DialoguePolicy().decide(chatOf(instructions, lines), toolCtx);
};
const names = (d: { toolCalls: { name: string }[] }) => d.toolCalls.map((c) => c.name);

describe('someone who can', () => {
  it('is a request for a person when nothing else follows', () => {
    expect(detectFrustration('ok, get me someone who can approve it then').wantsHuman).toBe(true);
    expect(detectFrustration('fine, connect me to whoever can do it').wantsHuman).toBe(true);
    expect(detectFrustration('so you cannot? then put me through to someone who can').wantsHuman).toBe(true);
  });

  it('is not when it names the work ("someone who can look at my cat\'s bill")', () => {
    expect(detectFrustration("put me through to someone who can look at my cat's bill").wantsHuman).toBe(false);
  });
});

describe('put through after a person was offered', () => {
  it('brings in the person, in more words than a yes', async () => {
    const d = await decide([
      ['caller', 'take the whole thing off bill VB-2210 please'],
      ['failed', 'discount_bill', { bill_id: 'VB-2210' }, 'Discounts over $100 need the practice manager.'],
      ['agent', OFFER],
      ['caller', 'ok if the manager has to sign it off, fine, put me through'],
    ]);
    expect(names(d)).toEqual(['escalate_to_human']);
  });

  it('reads where the caller asks to be put', () => {
    expect(takesUpPersonOffer('yes please, put me through')).toBe(true);
    expect(takesUpPersonOffer('connect me with them')).toBe(true);
    expect(takesUpPersonOffer('put me through to the front desk instead')).toBe(false);
    expect(takesUpPersonOffer("no, don't put me through, I'll call back")).toBe(false);
  });
});
