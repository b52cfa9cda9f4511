// "it cuts out, then comes back" describes a fault that recovers, never a wish to go back to the
// desk before: a made-up projector hire's repair line, reached by a call edge (so it can return).
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../workflow/index.js';
import { builtAgent } from './fixtures/decide.js';
import { DialoguePolicy } from './dialogue_policy.js';
import { joinPhrases } from './synonyms.js';

const hire = defineWorkflow({
  name: 'projector-hire',
  userData: z.object({}),
  start: 'front',
  agents: [
    { id: 'front', description: 'Front desk.', instructions: 'You answer for Beam Hire.', canEndCall: true },
    {
      id: 'repairs',
      description: 'Fixes hired projectors.',
      instructions: 'You fix projectors over the phone.',
      returns: z.object({ fixed: z.boolean().describe('Whether the projector works again.') }),
      tools: {
        next_fix_step: llm.tool({
          description: 'Give the next fix step for a projector fault.',
          parameters: z.object({ fault: z.string().describe('What the projector does wrong.') }),
          execute: async () => 'Step 1: check the lamp cover.',
        }),
      },
      examples: { next_fix_step: ['the picture keeps flickering', 'the lamp goes dark every few minutes'] },
    },
  ],
  edges: [{ from: 'front', to: 'repairs', mode: 'call', when: 'A hired projector is faulty.' }],
});

async function decide(said: string) {
  const ctx = llm.ChatContext.empty();
  ctx.addMessage({ role: 'system', content: 'Fix the projector.' });
  ctx.addMessage({ role: 'user', content: said });
  const d = await new DialoguePolicy().decide(ctx, builtAgent(hire, 'repairs', 'front').toolCtx);
  return d.toolCalls.map((c) => c.name);
}

describe('a fault that comes back', () => {
  it('reads "comes back" as recovering', () => {
    expect(joinPhrases('it goes dark, then comes back on')).toContain('recovers');
  });

  it('is a fault for this desk, not a return to the last one', async () => {
    expect(await decide('it goes dark every ten minutes, then comes back, it is driving me mad')).not.toContain(
      'return_to_previous_agent',
    );
  });
});
