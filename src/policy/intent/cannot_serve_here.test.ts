// A request the current agent cannot serve goes to the agent that can: by what the targets' tools
// handle (also after work was done here), by handing back to the agent that called this one, or
// by breaking a tie between two transfers. What is not a request (contact details given while the
// agent waits for its own question) stays here, and a reprompt offers what matters for this caller.
// A garden centre, worded apart from any app.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const ORDER_ID = z
  .string()
  .regex(/^GC-\d{4}$/)
  .describe('The order number, like GC-1234.');

const garden = defineWorkflow({
  name: 'garden-centre',
  userData: z.object({ done: z.boolean().default(false) }),
  start: 'front',
  agents: [
    { id: 'front', description: 'Front desk.', instructions: 'You answer the phone.', canEndCall: true },
    {
      id: 'nursery',
      description: 'Advises on plants.',
      instructions: 'You are the plant nursery.',
      canEndCall: true,
      tools: {
        plant_advice: llm.tool({
          description: 'Give care advice for a plant: watering, pruning and feeding.',
          parameters: z.object({
            plant: z.enum(['roses', 'ferns', 'tomatoes', 'orchids']).describe('The plant the caller asks about.'),
          }),
          execute: async () => 'Water it twice a week.',
        }),
      },
    },
    {
      id: 'orders',
      description: 'Tracks deliveries and refunds orders.',
      instructions: 'You are the orders desk.',
      canEndCall: true,
      returns: z.object({ summary: z.string().optional() }),
      tools: {
        track_delivery: llm.tool({
          description: 'Track a delivery van by the order number.',
          parameters: z.object({ order_id: ORDER_ID }),
          execute: async () => 'Out for delivery.',
        }),
        refund_order: llm.tool({
          description: 'Refund an order that arrived damaged.',
          parameters: z.object({ order_id: ORDER_ID, reason: z.string().describe('Why, in their words.') }),
          execute: async () => 'Refunded.',
        }),
      },
    },
    {
      id: 'landscaping',
      description: 'Designs gardens.',
      instructions: 'You are the landscaping team.',
      canEndCall: true,
      tools: {
        book_survey: llm.tool({
          description: 'Book a garden survey visit for a patio, pond or lawn design, with the invite sent by email.',
          parameters: z.object({ email: z.string().email().describe('The caller’s email.') }),
          execute: async () => 'Survey booked.',
        }),
      },
    },
  ],
  edges: [
    { from: 'front', to: 'nursery', when: 'The caller has a question about plants.' },
    { from: 'front', to: 'orders', mode: 'call', when: 'The caller asks about an order or a delivery.' },
    { from: 'front', to: 'landscaping', when: 'The caller wants a new garden designed.' },
    { from: 'nursery', to: 'orders', when: 'The caller now asks about an order.' },
    { from: 'nursery', to: 'landscaping', when: 'The caller now wants a garden designed.' },
  ],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });

// An agent reached by a call edge (`calledFrom`): the frame it returns to is on the stack when it is built.
const toolsOf = (agent: string, calledFrom?: string) => builtAgent(garden, agent, calledFrom).toolCtx;
const decide = (tools: llm.ToolContext, lines: Turn[]) => policy.decide(chatOf('Help the caller.', lines), tools);

const names = (d: { toolCalls: { name: string }[] }) => d.toolCalls.map((c) => c.name);

describe('a request this agent cannot serve', () => {
  it('goes to the desk whose tools name it, also after work was done here', async () => {
    const d = await decide(toolsOf('nursery'), [
      ['user', 'how often should I water my fern'],
      ['tool', 'plant_advice', { plant: 'ferns' }, 'Water it twice a week.'],
      ['assistant', 'Water it twice a week.'],
      ['user', 'great. oh and the delivery van never came, can you track it'],
    ]);
    expect(names(d)).toEqual(['transfer_to_orders']);
  });

  it('after work was done here, one loose word is not enough to send the caller on', async () => {
    const d = await decide(toolsOf('nursery'), [
      ['user', 'how often should I water my fern'],
      ['tool', 'plant_advice', { plant: 'ferns' }, 'Water it twice a week.'],
      ['assistant', 'Water it twice a week.'],
      ['user', 'our patio slabs are cracked too'],
    ]);
    expect(names(d)).not.toContain('transfer_to_landscaping');
  });

  it("goes back to the agent that called this one when that agent's other desks serve it", async () => {
    const d = await decide(toolsOf('orders', 'front'), [
      ['user', 'where is order GC-1234'],
      ['tool', 'track_delivery', { order_id: 'GC-1234' }, 'Out for delivery.'],
      ['assistant', 'Out for delivery.'],
      ['user', 'thanks. I also have a question about my plants, the roses look sad'],
    ]);
    expect(names(d)).toEqual(['return_to_previous_agent']);
  });

  it('stays when the words give a value one of its own tools takes', async () => {
    const d = await decide(toolsOf('orders', 'front'), [['user', 'GC-1111, those plants']]);
    expect(names(d)).not.toContain('return_to_previous_agent');
  });

  it('contact details given while the agent waits for its own question are not a request elsewhere', async () => {
    const d = await decide(toolsOf('nursery'), [
      ['assistant', 'Which plant would you like advice on?'],
      ['user', 'my email is ann.lee@example.com'],
    ]);
    expect(names(d)).toEqual([]);
    // The question again, not a list of everything this agent does.
    expect(d.content).toMatch(/^Thanks(?:, I've noted that)?\. Which plant [^.]*\?$/);
  });
});

describe('two transfers nearly tied', () => {
  it("go to the one whose target's work the words name, rather than asking which", async () => {
    const d = await decide(toolsOf('front'), [['user', 'plants I ordered, a question about the van']]);
    expect(names(d)).toEqual(['transfer_to_orders']);
  });
});

describe('a reprompt offers what matters for this caller', () => {
  it('leaves out what was already done and puts what the words lean to first', async () => {
    const d = await decide(toolsOf('nursery'), [
      ['user', 'how often should I water my fern'],
      ['tool', 'plant_advice', { plant: 'ferns' }, 'Water it twice a week.'],
      ['assistant', 'Water it twice a week.'],
      ['user', 'blorp the patio'],
    ]);
    expect(d.content).toMatch(/^Sorry, I didn't catch that\. I can put you through to the landscaping team/);
    expect(d.content).not.toMatch(/care advice/);
  });
});
