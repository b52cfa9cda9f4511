// A scaffold template on the production model path: the restaurant template's workflow on the real
// `@livekit/agents-plugin-openai` LLM (through the session's fallback chain, as `npm start` builds
// it from LLM_BASE_URL) talking HTTP + SSE to the OpenAI-compatible test server, whose scripted
// model follows the tool schemas strictly. Every edge of the template is taken with one LLM round
// trip per handoff; then the model starts answering 500s mid-call and the caller still gets a reply
// to every turn from the offline policy, with the degradation visible as events.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkflow } from '../src/workflow/load_workflow.js';
import type { ConsoleEvent } from '../src/console/event_stream.js';
import { schemaFollowingModel, startRealModelHarness, type RealModelHarness } from '../src/testing/index.js';

const TEMPLATE = 'templates/restaurant/src/workflow.ts';

const restaurantModel = schemaFollowingModel({
  rules: [
    { caller: 'vegan options', call: 'transfer_to_menu' },
    { caller: 'what is vegan', call: 'search_menu', args: { question: 'vegan' } },
    { caller: 'place an order', call: 'transfer_to_order_taking' },
    { caller: 'ready to order', call: 'transfer_to_order_taking' },
    { caller: 'one margherita', call: 'add_item', args: { item: 'margherita', quantity: 1 } },
    { caller: 'add a gelato', call: 'add_item', args: { item: 'gelato', quantity: 1 } },
    { caller: 'can i pay now', call: 'transfer_to_payment' },
    { caller: 'change my order', call: 'transfer_to_order_taking' },
    { caller: 'pay at pickup', call: 'pay_at_pickup' },
    { caller: 'what now', call: 'transfer_to_confirmation' },
    { caller: 'under sam', call: 'place_order', args: { name: 'Sam' } },
  ],
});

let real: RealModelHarness;
beforeAll(async () => {
  real = await startRealModelHarness({ model: restaurantModel });
});
afterEach(async () => real.reset());
afterAll(async () => real.close());

// The workflow loaded like `switchboard console templates/restaurant/src/workflow.ts` loads it.
const call = async (env?: Record<string, string>) => real.call(await loadWorkflow(TEMPLATE), env);

const handoffs = (events: ConsoleEvent[]) =>
  events.filter((e) => e.type === 'agent_handoff').map((e) => `${e.from}→${e.to}`);

describe('restaurant template on the real OpenAI plugin with a schema-following model', () => {
  it('takes every edge, one old-agent request per handoff, and places the order', async () => {
    const first = real.server.requests.length;
    const workflow = await loadWorkflow(TEMPLATE);
    const edges = workflow.edges.map((e) => `${e.from}→${e.to}`);

    // Call 1: question first, then the order, a change of mind at payment, payment, confirmation.
    const a = await call();
    for (const line of [
      'hi, do you have vegan options?',
      'what is vegan on the menu?',
      'great, I am ready to order',
      'one margherita please',
      'that is all, can I pay now?',
      'wait, I want to change my order',
      'and add a gelato',
      'ok, can I pay now?',
      'I will pay at pickup',
      'what now?',
      'put it under Sam',
    ])
      await a.session.say(line);
    await a.session.close();
    // Call 2: straight to ordering.
    const b = await call();
    await b.session.say('hello, I would like to place an order');
    await b.session.close();
    const requests = real.server.requests.slice(first);

    expect(handoffs(a.events)).toEqual([
      'welcome→menu',
      'menu→order_taking',
      'order_taking→payment',
      'payment→order_taking',
      'order_taking→payment',
      'payment→confirmation',
    ]);
    expect(handoffs(b.events)).toEqual(['welcome→order_taking']);
    const taken = new Set([...handoffs(a.events), ...handoffs(b.events)]);
    expect(edges.filter((e) => !taken.has(e))).toEqual([]);

    // Every tool call went through: the schema-following model's nulls and enums were accepted.
    const outputs = [...a.events, ...b.events].filter((e) => e.type === 'function_call_output');
    expect(outputs.filter((o) => o.isError)).toEqual([]);
    const end = a.events.at(-1) as Extract<ConsoleEvent, { type: 'session_end' }>;
    expect(end.userdata).toMatchObject({ payment: 'at_pickup', customerName: 'Sam', orderNumber: expect.any(String) });
    expect(end.userdata.order).toMatchObject([{ itemId: 'margherita' }, { itemId: 'gelato' }]);

    // One LLM round trip per handoff: no request asks the old agent to react to its handoff tool…
    expect(requests.filter((r) => r.afterTool && /^transfer_to_/.test(r.afterTool.name ?? ''))).toEqual([]);
    // …and each handoff turn made exactly one request before the new agent's entry turn.
    const turnRequests = (line: string) => requests.filter((r) => !r.entry && r.lastUserText === line);
    for (const line of [
      'hi, do you have vegan options?',
      'great, I am ready to order',
      'that is all, can I pay now?',
      'wait, I want to change my order',
      'ok, can I pay now?',
      'what now?',
      'hello, I would like to place an order',
    ])
      expect(turnRequests(line), line).toHaveLength(1);
    // The caller hears the transition line and then the new agent, never the old agent in between.
    for (const events of [a.events, b.events]) {
      for (const [i, e] of events.entries()) {
        if (e.type !== 'agent_handoff') continue;
        const said = events.slice(i + 1).filter((x) => x.type === 'message' && x.role === 'assistant');
        expect((said[0] as { agent: string }).agent).toBe(e.to);
      }
    }
    expect([...a.workflowEvents, ...b.workflowEvents].filter((e) => e.type === 'error')).toEqual([]);
  }, 120_000);

  it('model answering 500s mid-call: a reply to every turn from the offline policy, error and fallback events', async () => {
    const { session, events, workflowEvents } = await call({ LLM_TIMEOUT_MS: '800', LLM_HOLDING_LINE_MS: '400' });
    await session.say('hi, I would like to place an order');
    expect(handoffs(events)).toEqual(['welcome→order_taking']);
    real.server.setFault({ type: 'status', status: 500 });
    for (const line of ['two margherita pizzas please', 'that is everything, how do I pay?', 'I will pay at pickup']) {
      const before = events.length;
      await session.say(line);
      const replies = events.slice(before).filter((e) => e.type === 'message' && e.role === 'assistant');
      expect(replies.length, `a reply to "${line}"`).toBeGreaterThan(0);
    }
    await session.close();

    const errors = workflowEvents.filter((e) => e.type === 'error');
    expect(errors[0]).toMatchObject({ component: 'llm', kind: 'server_error' });
    expect((errors[0] as { provider: string }).provider).toContain(real.modelName);
    expect(events.filter((e) => e.type === 'error').length).toBeGreaterThan(0);
    expect(events.find((e) => e.type === 'fallback')).toMatchObject({ component: 'llm', to: 'local policy' });
    // The caller is told once, and the offline policy carries on with the template's own tools.
    const said = events.flatMap((e) => (e.type === 'message' && e.role === 'assistant' ? [e.text] : []));
    expect(said.filter((t) => /sorry, i am having a little trouble/i.test(t))).toHaveLength(1);
    expect(events.some((e) => e.type === 'function_call' && e.name === 'add_item')).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'session_end' });
    expect((events.at(-1) as { outcome: string }).outcome).not.toBe('error');
  }, 90_000);
});
