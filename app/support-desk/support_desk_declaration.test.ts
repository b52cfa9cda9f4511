import { llm } from '@livekit/agents';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getToolMeta, historyPolicyText, inspectWorkflow, SqliteOperatorQueue, WorkflowRuntime } from 'switchboard';
import { openStore, type SupportStore } from './api/index.js';
import { FIXED_NOW, TIME_ZONE } from './testing/desk_fixture.js';
import { supportDeskWorkflow } from './workflow.js';

let store: SupportStore;
let queue: SqliteOperatorQueue;
let runtime: WorkflowRuntime;
beforeAll(() => {
  store = openStore(':memory:', { now: FIXED_NOW });
  queue = new SqliteOperatorQueue(':memory:');
  runtime = new WorkflowRuntime(supportDeskWorkflow({ store, now: () => FIXED_NOW, timeZone: TIME_ZONE }), {
    operatorQueue: queue,
  });
});
afterAll(() => {
  store.close();
  queue.close();
});

const toolsOf = (id: string) => {
  const agent = runtime.buildAgent(id, { chatCtx: llm.ChatContext.empty() });
  return agent.toolCtx.functionTools;
};

describe('support desk declaration', () => {
  it('compiles with no graph problems, starting at the greeter', () => {
    const spec = supportDeskWorkflow({ store, now: () => FIXED_NOW, timeZone: TIME_ZONE });
    expect(inspectWorkflow(spec).problems).toEqual([]);
    expect(spec.start).toBe('greeter');
    expect(spec.agents.map((a) => a.id)).toEqual(['greeter', 'triage', 'technical', 'billing', 'escalation']);
    expect(spec.protectedFields).toEqual(expect.arrayContaining(['verified', 'customerId']));
  });

  it.each([
    ['greeter', ['end_call', 'escalate_to_human', 'transfer_to_triage']],
    [
      'triage',
      [
        'create_ticket',
        'end_call',
        'escalate_to_human',
        'lookup_order_status',
        'transfer_to_billing',
        'transfer_to_technical',
        'verify_identity',
      ],
    ],
    [
      'technical',
      [
        'check_outage',
        'create_ticket',
        'escalate_to_human',
        'return_to_previous_agent',
        'run_troubleshooting_step',
        'schedule_callback',
        'transfer_to_billing',
      ],
    ],
    [
      'billing',
      [
        'create_ticket',
        'escalate_to_human',
        'lookup_invoices',
        'request_refund',
        'return_to_previous_agent',
        'transfer_to_technical',
        'verify_identity',
      ],
    ],
    ['escalation', ['end_call', 'schedule_callback', 'transfer_to_operator']],
  ])('gives %s only the tools of its role', (id, tools) => {
    expect(Object.keys(toolsOf(id)).sort()).toEqual(tools);
  });

  it('teaches the offline policy 4 to 8 caller phrasings for every tool of every agent', () => {
    const thin: string[] = [];
    for (const id of ['greeter', 'triage', 'technical', 'billing', 'escalation']) {
      for (const [name, tool] of Object.entries(toolsOf(id))) {
        const examples = getToolMeta(tool)?.examples ?? [];
        if (examples.length < 4 || examples.length > 8 || new Set(examples).size !== examples.length)
          thin.push(`${id}.${name}: ${examples.length}`);
      }
    }
    expect(thin).toEqual([]);
  });

  it('marks the specialists as called by triage, returning a typed result', () => {
    expect([...runtime.workflow.callable].sort()).toEqual(['billing', 'technical']);
    const edges = runtime.workflow.edges.map((e) => `${e.from}->${e.to}:${e.mode}:${historyPolicyText(e.history)}`);
    expect(edges).toEqual(
      expect.arrayContaining([
        'greeter->triage:handoff:full',
        'triage->technical:call:last:4',
        'triage->billing:call:last:4',
        'technical->billing:handoff:summary',
        'billing->technical:handoff:summary',
        'triage->escalation:escalation:summary',
      ]),
    );
  });

  it('guards account tools with identity verification', () => {
    const billing = runtime.workflow.agents.get('billing')!;
    expect(Object.keys(billing.guards ?? {}).sort()).toEqual(['lookup_invoices', 'request_refund']);
  });

  it('keeps every agent’s instructions in its role and speakable', () => {
    for (const agent of runtime.workflow.agents.values()) {
      const text =
        typeof agent.instructions === 'string' ? agent.instructions : agent.instructions(runtime.createUserData());
      expect(text, agent.id).toMatch(/one or two short sentences/);
      expect(text, agent.id).not.toMatch(/[*#`]|\n-/);
      expect(agent.onEnter, agent.id).toBeDefined();
    }
  });

  it('opens the default store at SUPPORT_DESK_DB when none is given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'support-desk-'));
    const path = join(dir, 'desk.db');
    process.env.SUPPORT_DESK_DB = path;
    try {
      const spec = supportDeskWorkflow();
      expect(spec.name).toBe('support-desk');
      expect(existsSync(path)).toBe(true);
      const check = openStore(path);
      expect(check.findCustomerByAccount('73918240')?.name).toBe('Ann Lee');
      check.close();
    } finally {
      delete process.env.SUPPORT_DESK_DB;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
