// Routing a request nothing surer placed by what it means, in a made-up garage's words: the front
// desk answers questions; bookings takes cars in, parts orders parts and fluids, and a person takes
// emergencies. "can I bring the van in, the brakes are grinding" is a booking, "could I get more of
// that screenwash" a refill for parts, "smoke is coming out of the bonnet" the emergency line —
// and a line both desks name alike gets one question between the two, never "noted".
import { llm } from '@livekit/agents';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { builtAgent } from '../fixtures/decide.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { catalogTools } from '../tool_catalog.js';
import { rankDesks, routeByMeaning } from './meaning_route.js';

const garage = defineWorkflow({
  name: 'garage',
  userData: z.object({}),
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'Front desk.',
      instructions: 'You answer the phone for Elm Road Garage.',
      canEndCall: true,
      tools: {
        garage_info: llm.tool({
          description: 'Answer a general question about the garage: opening hours, address, prices.',
          parameters: z.object({ topic: z.enum(['hours', 'address', 'prices']).describe('The topic.') }),
          execute: async () => 'We open at eight.',
        }),
      },
    },
    {
      id: 'bookings',
      description: 'Books cars in for a service or a repair.',
      instructions: 'You are the bookings desk.',
      canEndCall: true,
      tools: {
        book_slot: llm.tool({
          description: 'Book the car in on a day for a job.',
          parameters: z.object({
            job: z.enum(['service', 'brakes', 'tyres', 'clutch']).describe('The job.'),
          }),
          execute: async () => 'Booked.',
        }),
      },
    },
    {
      id: 'parts',
      description: 'Orders parts and fluids for collection.',
      instructions: 'You are the parts counter.',
      canEndCall: true,
      tools: {
        order_part: llm.tool({
          description: 'Order a part or a refill of a fluid for collection.',
          parameters: z.object({
            part: z.enum(['tyres', 'wipers', 'screenwash', 'oil']).describe('The part.'),
          }),
          execute: async () => 'Ordered.',
        }),
      },
    },
    { id: 'person', description: 'A mechanic on call.', instructions: 'You are a person.', human: true },
  ],
  edges: [
    { from: 'front', to: 'bookings', when: 'The caller wants the car looked at or serviced.' },
    { from: 'front', to: 'parts', when: 'The caller wants to order a part.' },
  ],
  escalation: {
    agent: 'person',
    when: 'An emergency: smoke or fire from the engine, a crash, or the caller asks for a mechanic.',
  },
});

let tools: ReturnType<typeof catalogTools> = [];
let toolCtx: llm.ToolContext;
beforeAll(() => {
  toolCtx = builtAgent(garage, 'front').toolCtx;
  tools = catalogTools(toolCtx);
});
const named = (t: { name: string } | undefined) => t?.name;

describe('routeByMeaning', () => {
  it('sends a request to the desk whose description names what it means', () => {
    const route = routeByMeaning('hi can i bring the van in thursday, the brakes are grinding', tools);
    expect(route && 'tool' in route ? route.tool.name : route).toBe('transfer_to_bookings');
    const refill = routeByMeaning('could i get more of that screenwash you sold me', tools);
    expect(refill && 'tool' in refill ? refill.tool.name : refill).toBe('transfer_to_parts');
  });

  it('sends an emergency to the escalation its when text describes', () => {
    const route = routeByMeaning("there's smoke coming out from under the engine, what do i do", tools);
    expect(route && 'tool' in route ? route.tool.name : route).toBe('escalate_to_human');
  });

  it('asks between two desks that name the line alike, never the person', () => {
    const route = routeByMeaning('i need tyres', tools);
    expect(route && 'options' in route ? route.options.map(named).sort() : route).toEqual([
      'transfer_to_bookings',
      'transfer_to_parts',
    ]);
  });

  it("goes where the head of the request is one desk's work, when the rest names the other", () => {
    // "repaired" is the bookings desk's word, "wipers" the parts counter's: what is wanted leads.
    const route = routeByMeaning('oh also, i wanted to get it repaired, the wipers', tools);
    expect(route && 'tool' in route ? route.tool.name : route).toBe('transfer_to_bookings');
  });

  it('leaves lines that ask for nothing', () => {
    expect(routeByMeaning('the van is blue', tools)).toBeUndefined();
    expect(rankDesks('lovely weather today', tools)).toEqual([]);
  });
});

describe('at the front desk', () => {
  const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
  async function decide(said: string) {
    const ctx = llm.ChatContext.empty();
    ctx.addMessage({ role: 'system', content: 'Answer the phone.' });
    ctx.addMessage({ role: 'user', content: said });
    const d = await policy.decide(ctx, toolCtx);
    return { calls: d.toolCalls.map((c) => c.name), said: d.content };
  }

  it('transfers a request-shaped line instead of noting it', async () => {
    expect((await decide('hiya, could i get more of that screenwash, same as last time')).calls).toEqual([
      'transfer_to_parts',
    ]);
    expect((await decide("oh god there's smoke pouring out of the bonnet, what do i do")).calls).toEqual([
      'escalate_to_human',
    ]);
  });
});
