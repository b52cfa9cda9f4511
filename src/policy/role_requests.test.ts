// Asking for the app's person by their title: a made-up vet clinic's escalation brings in a vet, and
// "can I talk to a vet" or "ok, a vet is fine" after the agent offered one brings the vet in, as
// "a real person" would; the title said about something else does not.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../workflow/index.js';
import { asksForRole } from './cues.js';
import { DialoguePolicy } from './dialogue_policy.js';
import { builtAgent, chatOf } from './fixtures/decide.js';
import { offersPerson } from './step/proposal.js';

const clinic = defineWorkflow({
  name: 'clinic',
  userData: z.object({}),
  start: 'reception',
  agents: [
    {
      id: 'reception',
      description: 'Answers the clinic phone.',
      instructions: 'You answer questions with clinic_notes.',
      canEndCall: true,
      tools: {
        clinic_notes: llm.tool({
          description: 'Answer a general question about the clinic: hours, parking, prices.',
          parameters: z.object({ question: z.string().describe('The question, in the caller’s words.') }),
          execute: async () => 'Open nine to five.',
        }),
      },
    },
    { id: 'vet', description: 'Brings in a vet.', instructions: 'You bring in a vet.', human: true },
  ],
  edges: [],
  escalation: { agent: 'vet', when: 'The caller asks for a vet, or needs a diagnosis.' },
});

it('reads a request for the escalation’s person by title', () => {
  for (const line of [
    'can I talk to a vet please, my cat keeps limping',
    'yeah ok, a vet is fine',
    'could you put me through to one of your vets',
    'a vet please',
    'I just want to ask a vet about it',
  ])
    expect(asksForRole(line, 'vet'), line).toBe(true);
  for (const line of [
    'the vet said she was fine last week',
    'I do not want to talk to a vet yet',
    'how much is a vet visit',
    'can I talk to someone about parking',
  ])
    expect(asksForRole(line, 'vet'), line).toBe(false);
  expect(offersPerson('put you through to a vet', 'vet')).toBe(true);
  expect(offersPerson('check your pet’s vaccinations', 'vet')).toBe(false);
});

it('brings the vet in when asked for by title, before answering from the notes', async () => {
  const { toolCtx, instructions } = builtAgent(clinic, 'reception');
  const d = await new DialoguePolicy().decide(
    chatOf(instructions, [['caller', 'can I talk to a vet please, my cat keeps limping and I have no idea why']]),
    toolCtx,
  );
  expect(d.toolCalls.map((c) => c.name)).toEqual(['escalate_to_human']);
});

it('takes "a vet is fine" after the agent offered one', async () => {
  const { toolCtx, instructions } = builtAgent(clinic, 'reception');
  const d = await new DialoguePolicy().decide(
    chatOf(instructions, [
      ['caller', 'my cat is limping'],
      ['agent', 'I cannot tell from here. I can put you through to a vet.'],
      ['caller', 'yeah ok, sure'],
    ]),
    toolCtx,
  );
  expect(d.toolCalls.map((c) => c.name)).toEqual(['escalate_to_human']);
});
