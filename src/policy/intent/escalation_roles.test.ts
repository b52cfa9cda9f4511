// The people an escalation's "when" text names, in a made-up garage's words: "the caller asks for
// a mechanic, a foreman or a person, is upset, or …" — "can I just talk to a foreman" asks for that
// escalation, while "can a mechanic look at it Tuesday" is a booking, not a person.
import { describe, expect, it } from 'vitest';
import { asksToTalkTo, rolesAskedFor } from './escalation_roles.js';

const when =
  'Escalate to a human operator. Smoke from the engine, or the caller asks for a mechanic, a foreman or a person, is upset, or needs a tow.';

describe('rolesAskedFor', () => {
  it('lists the people the when text says callers ask for', () => {
    expect(rolesAskedFor(when)).toEqual(['mechanic', 'foreman', 'person']);
    expect(rolesAskedFor('The caller asks for a supervisor or a real person.')).toEqual(['supervisor', 'person']);
    expect(rolesAskedFor('Anything the desks cannot do.')).toEqual([]);
  });
});

describe('asksToTalkTo', () => {
  const roles = rolesAskedFor(when);
  it('hears asking to talk to one of them', () => {
    expect(asksToTalkTo('can i just talk to a foreman please', roles)).toBe(true);
    expect(asksToTalkTo('put me through to one of your mechanics', roles)).toBe(true);
  });
  it('hears asking for a real or actual one, whatever the title said', () => {
    expect(asksToTalkTo('i just want to speak with an actual claims adjuster', roles)).toBe(true);
    expect(asksToTalkTo('let me talk to a live agent', roles)).toBe(true);
    expect(asksToTalkTo('is that a real part or a copy', roles)).toBe(false);
  });
  it('leaves other mentions of them', () => {
    expect(asksToTalkTo('can a mechanic look at it tuesday', roles)).toBe(false);
    expect(asksToTalkTo("i don't want to talk to a mechanic, just book it", roles)).toBe(false);
  });
});

describe('a line to someone the when text says callers want', () => {
  // A made-up boat yard: "wants the breakdown line" is a line to a person; "wants a refund" is not.
  const yard = 'The caller is sinking and wants the breakdown line, or asks for a manager. Or wants a refund.';
  it('is a role to ask for', () => {
    expect(rolesAskedFor(yard)).toEqual(['manager', 'breakdown line']);
  });
  it('hears wanting it, with a word before it', () => {
    expect(asksToTalkTo('we are taking on water, i want the marina breakdown line now', rolesAskedFor(yard))).toBe(
      true,
    );
    expect(asksToTalkTo('i want a refund', rolesAskedFor(yard))).toBe(false);
    expect(asksToTalkTo("i don't want the breakdown line, just a quote", rolesAskedFor(yard))).toBe(false);
  });
  it('hears being put through to it, with a word before it', () => {
    expect(asksToTalkTo('please just put me through to the marina breakdown line now', rolesAskedFor(yard))).toBe(true);
    expect(asksToTalkTo('can you put me through to the marina office', rolesAskedFor(yard))).toBe(false);
  });
});

describe('anyone at all', () => {
  it('is asked for by putting the caller through to someone', () => {
    expect(asksToTalkTo('oh, ok, yes please put me through to someone', rolesAskedFor(when))).toBe(true);
    expect(asksToTalkTo('can someone look at my brakes', rolesAskedFor(when))).toBe(false);
  });
});

describe('a role held in a place', () => {
  // A made-up ferry line: "the captain on duty" is one role, not "captain" plus two stray words;
  // asking for the captain on duty is the escalation, whatever desk also says "captain".
  const ferry = 'The caller asks for a person, the captain on duty or the purser, or has a lost ticket.';
  it('is kept whole', () => {
    expect(rolesAskedFor(ferry)).toEqual(['person', 'captain on duty', 'purser']);
  });
  it('is asked for by name', () => {
    expect(asksToTalkTo('let me talk to the captain on duty right now', rolesAskedFor(ferry))).toBe(true);
    expect(asksToTalkTo('can i talk to the captain about the crossing', rolesAskedFor(ferry))).toBe(false);
  });
});
