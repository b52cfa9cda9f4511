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
  it('leaves other mentions of them', () => {
    expect(asksToTalkTo('can a mechanic look at it tuesday', roles)).toBe(false);
    expect(asksToTalkTo("i don't want to talk to a mechanic, just book it", roles)).toBe(false);
  });
});
