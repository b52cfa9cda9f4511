// How a call that an agent ends is counted: resolved only when something was done for the caller.
import { describe, expect, it } from 'vitest';
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
