// "it hasn't worked since monday" says something is broken, as "it is not working" does: on a
// made-up heating firm's front desk, the line goes to the repairs desk.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../workflow/index.js';
import { builtAgent } from './fixtures/decide.js';
import { DialoguePolicy } from './dialogue_policy.js';
import { joinPhrases } from './synonyms.js';

const heating = defineWorkflow({
  name: 'heating',
  userData: z.object({}),
  start: 'front',
  agents: [
    { id: 'front', description: 'Front desk.', instructions: 'You answer for Warmhouse Heating.', canEndCall: true },
    { id: 'repairs', description: 'Fixes boilers.', instructions: 'You fix boilers.', canEndCall: true },
    { id: 'accounts', description: 'Answers bill questions.', instructions: 'You explain bills.', canEndCall: true },
  ],
  edges: [
    {
      from: 'front',
      to: 'repairs',
      when: 'Something is broken.',
      examples: ['my boiler is not working', 'the radiators are broken'],
    },
    { from: 'front', to: 'accounts', when: 'A bill question.', examples: ['I have a question about my bill'] },
  ],
});

it('reads "hasn\'t worked" as broken, and sends it to the desk that fixes things', async () => {
  expect(joinPhrases('it has not worked since monday')).toContain('broken');
  const ctx = llm.ChatContext.empty();
  ctx.addMessage({ role: 'system', content: 'You answer for Warmhouse Heating.' });
  ctx.addMessage({ role: 'user', content: "hi, my boiler hasn't worked since monday" });
  const d = await new DialoguePolicy().decide(ctx, builtAgent(heating, 'front').toolCtx);
  expect(d.toolCalls.map((c) => c.name)).toEqual(['transfer_to_repairs']);
});
