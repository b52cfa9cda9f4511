// "could I book a pump-out": a verb of arranging ("book", "order", "schedule") before an object says
// only that something is to be set up; the object says which desk. Without this, the one desk whose
// phrases say "book it" pulled every "book a …" line. A marina, worded apart from any app's examples.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { builtAgent } from '../fixtures/decide.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { arrangingVerb, requestHead } from '../intent_classifier.js';

const marina = defineWorkflow({
  name: 'marina',
  userData: z.object({}),
  start: 'harbour_office',
  agents: [
    {
      id: 'harbour_office',
      description: 'Answers the phone and passes callers on.',
      instructions: 'You answer the phone for Gull Point Marina.',
      canEndCall: true,
    },
    {
      id: 'berths',
      description: 'Quotes and books a visitor berth for a boat.',
      instructions: 'You rent berths.',
      canEndCall: true,
    },
    {
      id: 'dock_crew',
      description: 'Pump-outs, fuel deliveries and repairs for boats in the marina.',
      instructions: 'You run the dock crew.',
      canEndCall: true,
    },
  ],
  edges: [
    {
      from: 'harbour_office',
      to: 'berths',
      when: 'A visitor berth for some nights, or its price.',
      examples: ['a berth for a 30 foot yacht from Friday', 'yes book it', 'book it for three nights'],
    },
    {
      from: 'harbour_office',
      to: 'dock_crew',
      when: 'A boat in the marina needs a pump-out, fuel or a repair.',
      examples: ['I need a pump-out at pontoon C', 'a fuel delivery to my boat please', 'the bilge pump is broken'],
    },
  ],
});

async function decide(said: string) {
  const ctx = llm.ChatContext.empty();
  ctx.addMessage({ role: 'system', content: 'Answer the phone.' });
  ctx.addMessage({ role: 'user', content: said });
  const d = await new DialoguePolicy().decide(ctx, builtAgent(marina, 'harbour_office').toolCtx);
  return d.toolCalls.map((c) => c.name);
}

describe('a verb of arranging before its object', () => {
  it('is not the head; the object is', () => {
    expect(requestHead('could I book a pump-out for tomorrow morning')).toEqual(['pump']);
    expect(arrangingVerb('could I book a pump-out for tomorrow morning')).toEqual(['book']);
    expect(arrangingVerb('I want to book for Friday')).toEqual([]);
  });

  it('leaves the desk to the object it arranges', async () => {
    expect(await decide('hi there, could I book a pump-out for tomorrow morning')).toEqual(['transfer_to_dock_crew']);
    expect(await decide('could I book a berth for Friday')).toEqual(['transfer_to_berths']);
  });
});
