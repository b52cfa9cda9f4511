// How a call is counted when an agent ends it or the caller hangs up: resolved only when something
// was done for the caller.
import { describe, expect, it } from 'vitest';
import { resolveOutcome } from '../observability/records/outcome.js';
import { CallState } from './call_state.js';

describe('ending a call', () => {
  it('counts a call ended before anything was done as abandoned (a wrong number)', () => {
    const call = new CallState();
    call.entered('front_desk');
    expect(call.requestEnd()).toBe(true);
    expect(call.outcome).toBe('abandoned');
  });

  it('counts a call ended after a tool did its work as resolved', () => {
    const call = new CallState();
    call.entered('front_desk');
    call.workDone();
    call.requestEnd();
    expect(call.outcome).toBe('resolved');
  });

  it('does not count being transferred as something done', () => {
    const call = new CallState();
    call.entered('front_desk');
    call.transitioned('front_desk', 'handoff');
    call.entered('specialist');
    call.requestEnd();
    expect(call.outcome).toBe('abandoned');
  });

  it('keeps an escalation as it was', () => {
    const call = new CallState();
    call.entered('front_desk');
    call.setOutcome('escalated');
    call.requestEnd();
    expect(call.outcome).toBe('escalated');
  });
});

describe('the caller hanging up', () => {
  it('counts a hang-up after the work was done as resolved, without needing a goodbye', () => {
    const call = new CallState();
    call.entered('front_desk');
    call.workDone();
    expect(call.outcomeAtClose()).toBe('resolved');
    expect(resolveOutcome(call.outcome, 'user_initiated', undefined, call.didWork)).toBe('resolved');
  });

  it('counts a hang-up with nothing done as abandoned', () => {
    const call = new CallState();
    call.entered('front_desk');
    call.transitioned('front_desk', 'handoff');
    call.entered('specialist');
    expect(call.outcomeAtClose()).toBe('abandoned');
    expect(resolveOutcome(call.outcome, 'user_initiated', undefined, call.didWork)).toBe('abandoned');
  });

  it('keeps an error close an error, and a verdict already reached as it was', () => {
    const call = new CallState();
    call.workDone();
    expect(resolveOutcome(call.outcome, 'error', new Error('tts down'), call.didWork)).toBe('error');
    call.setOutcome('escalated');
    expect(call.outcomeAtClose()).toBe('escalated');
  });
});
