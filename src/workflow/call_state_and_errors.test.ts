// The call's state lives in CallState (read by recorders, metrics and tests); misuse of the runtime
// throws a WorkflowError whose `code` says what went wrong.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { CallState } from './call_state.js';
import { WorkflowError } from './errors.js';
import { SqliteOperatorQueue } from './escalation/operator_queue.js';
import { miniDesk } from './fixtures/mini_desk.js';
import { WorkflowRuntime } from './runtime.js';

const policies = { maxHandoffs: 4, maxPingPong: 2, toolTimeoutMs: 1000, summaryTimeoutMs: 1000 };

describe('CallState', () => {
  it('keeps the path, the return frames of call edges and the handoff count', () => {
    const call = new CallState();
    call.entered('greeter');
    call.transitioned('greeter', 'call');
    call.entered('tech');
    expect(call.stack).toEqual([{ agent: 'greeter' }]);
    expect(call.popReturn()).toEqual({ agent: 'greeter' });
    expect(call.popReturn()).toBeUndefined();
    call.transitioned('greeter', 'call');
    call.transitioned('tech', 'escalation');
    expect(call.stack).toEqual([]);
    expect(call.path).toEqual(['greeter', 'tech']);
    expect(call.currentAgentId).toBe('tech');
    expect(call.handoffCount).toBe(3);
  });

  it('resolves the call on the first end request only, and keeps an escalated outcome', () => {
    const call = new CallState();
    expect(call.outcome).toBe('in_progress');
    call.workDone();
    expect(call.requestEnd()).toBe(true);
    expect(call.requestEnd()).toBe(false);
    expect(call).toMatchObject({ outcome: 'resolved', endRequested: true });
    const escalated = new CallState();
    escalated.setOutcome('escalated');
    escalated.requestEnd();
    expect(escalated.outcome).toBe('escalated');
  });

  it('refuses a handoff past the budget and a ping-pong between two agents', () => {
    const call = new CallState();
    for (const [i, agent] of ['a', 'b', 'a', 'b'].entries()) {
      call.entered(agent);
      if (i > 0) call.transitioned(agent === 'a' ? 'b' : 'a', 'handoff');
    }
    expect(call.loopReason('b', 'c', policies)).toBeUndefined();
    expect(call.loopReason('b', 'a', policies)).toBe('ping-pong between b and a');
    call.transitioned('b', 'handoff');
    expect(call.loopReason('b', 'c', { ...policies, maxHandoffs: 4 })).toBe('more than 4 handoffs in one call');
  });
});

describe('WorkflowError', () => {
  const runtime = () => new WorkflowRuntime(miniDesk(), { operatorQueue: new SqliteOperatorQueue(':memory:') });

  it('says the runtime has not started, with a code', () => {
    const error = (() => {
      try {
        return runtime().agentSession;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error).toMatchObject({ code: 'not_started', message: expect.stringMatching(/call runtime.start/) });
  });

  it('names an unknown agent, with a code', () => {
    expect(() => runtime().buildAgent('sales', { chatCtx: llm.ChatContext.empty() })).toThrowError(
      expect.objectContaining({ code: 'unknown_agent', message: 'Unknown agent "sales".' }),
    );
  });
});
