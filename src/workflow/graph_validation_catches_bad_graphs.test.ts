import { llm } from '@livekit/agents';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { WorkflowSpec } from './declaration.js';
import { miniDesk } from './fixtures/mini_desk.js';
import { compileWorkflow, inspectWorkflow, WorkflowValidationError } from './compile.js';

type Spec = WorkflowSpec<ReturnType<typeof miniDesk>['userData']>;
const mutate = (change: (spec: Spec) => void): Spec => {
  const spec = {
    ...miniDesk(),
    agents: miniDesk().agents.map((a) => ({ ...a })),
    edges: miniDesk().edges.map((e) => ({ ...e })),
  } as Spec;
  change(spec);
  return spec;
};
const problemsOf = (spec: Spec) =>
  inspectWorkflow(spec).problems.map((p) => `${p.agent ?? ''}|${p.edge ?? ''}|${p.message}`);

describe('startup validation', () => {
  it('accepts the valid mini desk', () => {
    expect(inspectWorkflow(miniDesk()).problems).toEqual([]);
  });

  it('names an unknown target agent and its edge', () => {
    const spec = mutate((s) => s.edges.push({ from: 'greeter', to: 'sales', when: 'sales' }));
    expect(problemsOf(spec)).toContain('|greeter -> sales (transfer_to_sales)|unknown target agent "sales".');
  });

  it('names an unknown start agent', () => {
    expect(problemsOf(mutate((s) => (s.start = 'reception')))[0]).toMatch(/start agent "reception" is not declared/);
  });

  it('finds an unreachable agent', () => {
    const spec = mutate((s) => s.agents.push({ id: 'orphan', description: 'x', instructions: 'x', canEndCall: true }));
    expect(problemsOf(spec)).toContain('orphan||is unreachable from the start agent "greeter".');
  });

  it('finds duplicate tool names between a business tool and a derived handoff tool', () => {
    const spec = mutate((s) => {
      s.agents[0]!.tools = {
        ...s.agents[0]!.tools,
        transfer_to_billing: llm.tool({ description: 'x', execute: async () => 'x' }),
      };
    });
    expect(problemsOf(spec)).toContain(
      'greeter||duplicate tool name "transfer_to_billing" (business tool and edge to billing).',
    );
  });

  it('finds an agent with no way forward', () => {
    const spec = mutate((s) => {
      s.escalation = undefined;
      s.agents.push({ id: 'dead_end', description: 'x', instructions: 'x' });
      s.agents = s.agents.filter((a) => a.id !== 'human');
      s.edges.push({ from: 'greeter', to: 'dead_end', when: 'x' });
    });
    expect(problemsOf(spec)).toContain(
      'dead_end||has no way forward: add an edge from it, `canEndCall`, or an escalation that covers it.',
    );
  });

  it('refuses edges that carry unknown or protected userdata fields', () => {
    const spec = mutate((s) =>
      s.edges.push({
        from: 'tech',
        to: 'greeter',
        when: 'x',
        carries: z.object({ verified: z.boolean(), shoeSize: z.number() }),
      }),
    );
    const problems = problemsOf(spec);
    expect(problems).toContain(
      '|tech -> greeter (transfer_to_greeter)|carries protected field "verified": only tools may set it.',
    );
    expect(problems).toContain(
      '|tech -> greeter (transfer_to_greeter)|carries "shoeSize", which is not a userdata field.',
    );
  });

  it('refuses a bad history policy, a call edge into an agent without `returns`, and guards on unknown tools', () => {
    const spec = mutate((s) => {
      s.edges[0]!.history = 'most' as never;
      s.edges.push({ from: 'billing', to: 'human', when: 'x', mode: 'call', tool: 'call_human' });
      s.agents[1]!.guards = { ...s.agents[1]!.guards, teleport: s.agents[1]!.guards!.refund! };
    });
    const problems = problemsOf(spec);
    expect(problems.some((p) => p.includes('Unknown history policy "most"'))).toBe(true);
    expect(problems).toContain('human||is entered by a `call` edge but declares no `returns` schema for its result.');
    expect(problems).toContain('billing||guard set on unknown tool "teleport".');
  });

  it('refuses fixed values and return results that would set protected or unknown fields', () => {
    const spec = mutate((s) => {
      s.edges.push({
        from: 'tech',
        to: 'greeter',
        when: 'x',
        sets: { verified: true, topic: 'sales' as never, shoe: 1 } as never,
      });
      s.agents[2]!.returns = z.object({ verified: z.boolean() });
    });
    const problems = problemsOf(spec);
    expect(problems).toContain(
      '|tech -> greeter (transfer_to_greeter)|sets protected field "verified": only tools may set it.',
    );
    expect(problems).toContain(
      '|tech -> greeter (transfer_to_greeter)|sets "topic" to a value its userdata schema rejects.',
    );
    expect(problems).toContain('|tech -> greeter (transfer_to_greeter)|sets "shoe", which is not a userdata field.');
    expect(problems).toContain('tech||returns protected field "verified": only tools may set it.');
  });

  it('throws one error listing every problem before any session starts', () => {
    const spec = mutate((s) => {
      s.start = 'nobody';
      s.edges.push({ from: 'ghost', to: 'billing', when: 'x' });
    });
    expect(() => compileWorkflow(spec)).toThrow(WorkflowValidationError);
    try {
      compileWorkflow(spec);
    } catch (error) {
      expect((error as WorkflowValidationError).problems.length).toBeGreaterThanOrEqual(2);
      expect((error as Error).message).toMatch(
        /edge ghost -> billing \(transfer_to_billing\): unknown source agent "ghost"/,
      );
    }
  });
});
