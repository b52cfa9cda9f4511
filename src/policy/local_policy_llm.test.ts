import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describePolicy } from './describe_policy.js';
import { LocalPolicyLLM, POLICY_LABEL } from './local_policy_llm.js';

const tools = new llm.ToolContext({
  check_order: llm.tool({
    description: 'Look up the status of an order by its order number.',
    parameters: z.object({
      order_id: z
        .string()
        .regex(/^ORD-\d{5}$/)
        .describe('The order number, like ORD-12345.'),
    }),
    execute: async () => 'Order ORD-12345 is on its way.',
  }),
});

function userSays(text: string): llm.ChatContext {
  const ctx = llm.ChatContext.empty();
  ctx.addMessage({ role: 'system', content: 'You are the order desk.' });
  ctx.addMessage({ role: 'user', content: text });
  return ctx;
}

describe('LocalPolicyLLM', () => {
  it('is labelled as the offline rule-based policy', () => {
    const model = new LocalPolicyLLM();
    expect(model.label()).toBe(POLICY_LABEL);
    expect(POLICY_LABEL).toMatch(/rule-based, offline/);
    expect(describePolicy()).toContain(POLICY_LABEL);
  });

  it('streams a tool call the framework can execute', async () => {
    const model = new LocalPolicyLLM();
    const out = await model
      .chat({ chatCtx: userSays('where is my order o r d one two three four five'), toolCtx: tools })
      .collect();
    expect(out.text).toBe('');
    expect(out.toolCalls).toHaveLength(1);
    expect(out.toolCalls[0]!.name).toBe('check_order');
    expect(JSON.parse(out.toolCalls[0]!.args)).toEqual({ order_id: 'ORD-12345' });
    expect(out.toolCalls[0]!.callId).toMatch(/^policy_/);
  });

  it('streams text replies sentence by sentence', async () => {
    const model = new LocalPolicyLLM();
    const chunks: string[] = [];
    for await (const chunk of model.chat({ chatCtx: userSays('I want to check an order'), toolCtx: tools }))
      if (chunk.delta?.content) chunks.push(chunk.delta.content);
    expect(chunks.join('')).toMatch(/order/i);
    expect(chunks.length).toBeGreaterThan(1);
  });

  it('honours toolChoice none', async () => {
    const model = new LocalPolicyLLM();
    const out = await model
      .chat({ chatCtx: userSays('where is ORD-12345'), toolCtx: tools, toolChoice: 'none' })
      .collect();
    expect(out.toolCalls).toEqual([]);
    expect(out.text).not.toBe('');
  });
});
