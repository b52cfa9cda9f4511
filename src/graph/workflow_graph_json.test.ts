import { expect, it } from 'vitest';
import { miniDesk } from '../workflow/fixtures/mini_desk.js';
import { guardedShop } from './fixtures/guarded_shop.js';
import { graphOf } from './sync_diagram.js';

it('lists agents with start, human, end-call, callable, returns and guarded tools', () => {
  const graph = graphOf(miniDesk());
  expect(graph.workflow).toBe('mini-desk');
  expect(graph.start).toBe('greeter');
  expect(graph.agents.map((a) => a.id)).toEqual(['greeter', 'billing', 'tech', 'human']);
  expect(graph.agents[0]).toMatchObject({ start: true, canEndCall: true, human: false, callable: false });
  expect(graph.agents[1]!.tools).toEqual([
    { name: 'verify', guards: [] },
    { name: 'refund', guards: ['identity verified'] },
  ]);
  expect(graph.agents[2]).toMatchObject({ callable: true, returns: ['resolved', 'summary'] });
  expect(graph.agents[3]).toMatchObject({ human: true, start: false });
});

it('lists every compiled edge with tool, condition, mode, history, guards and carried fields', () => {
  const graph = graphOf(miniDesk());
  expect(graph.edges[0]).toEqual({
    from: 'greeter',
    to: 'billing',
    tool: 'transfer_to_billing',
    when: 'The caller has a billing question.',
    mode: 'handoff',
    history: 'full',
    guards: [],
    carries: ['name', 'topic'],
  });
  expect(graph.edges.find((e) => e.to === 'tech')).toMatchObject({ mode: 'call', tool: 'transfer_to_tech' });
  // The escalation expands to every agent except the escalation agent itself.
  expect(graph.edges.filter((e) => e.mode === 'escalation').map((e) => e.from)).toEqual(['greeter', 'billing', 'tech']);
  expect(graphOf(guardedShop()).edges[0]).toMatchObject({ guards: ['order paid'], history: 'last:2' });
});

it('serialises to the same JSON every time', () => {
  expect(JSON.stringify(graphOf(miniDesk()))).toBe(JSON.stringify(graphOf(miniDesk())));
  expect(JSON.parse(JSON.stringify(graphOf(miniDesk())))).toEqual(graphOf(miniDesk()));
});

it('refuses to draw an invalid workflow and lists its problems', () => {
  const broken = { ...miniDesk(), start: 'nobody' };
  expect(() => graphOf(broken)).toThrow(/start agent "nobody" is not declared/);
});
