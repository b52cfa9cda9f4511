// A changed time said to an agent that cannot take one, on a made-up vet clinic: the booking desk
// (owner's name and phone) sends "actually can we do the three o'clock instead" back to the desk
// that finds and holds visit times, by the transfer meant for a different time.
import { describe, expect, it } from 'vitest';
import type { ParamSpec } from '../param_spec.js';
import type { ToolInfo } from '../tool_catalog.js';
import { changesSettled, transferForChangedTime } from './change_elsewhere.js';

function param(name: string, kind: ParamSpec['kind']): ParamSpec {
  return { name, label: name, description: name, type: 'string', kind, required: true } as ParamSpec;
}
function tool(
  name: string,
  kind: ToolInfo['kind'],
  description: string,
  params: ParamSpec[] = [],
  later?: ToolInfo[],
): ToolInfo {
  return { name, kind, description, params, examples: [], phrase: name, scope: [], later };
}

const holdVisit = tool('hold_visit', 'business', 'Hold the visit time the owner picked.', [param('time', 'datetime')]);
const bookVisit = tool('book_visit', 'business', 'Book the held visit.', [param('owner_name', 'person_name')]);
const toSlots = tool('transfer_to_slots', 'handoff', 'The owner wants a different time.', [], [holdVisit]);
const toNotes = tool('transfer_to_notes', 'handoff', 'The visit is booked.', [], []);

describe('a changed time where nothing takes a time', () => {
  it('goes to the desk whose tools take times', () => {
    const t = transferForChangedTime("actually can we do the three o'clock instead", () => true, [
      bookVisit,
      toSlots,
      toNotes,
    ]);
    expect(t?.name).toBe('transfer_to_slots');
  });

  it('stays when the words change nothing or name no time', () => {
    expect(transferForChangedTime('the three o clock is fine', () => true, [bookVisit, toSlots])).toBeUndefined();
    expect(transferForChangedTime('actually my number is new', () => false, [bookVisit, toSlots])).toBeUndefined();
  });

  it('stays where a tool takes the time itself', () => {
    expect(transferForChangedTime('the later one instead', () => true, [holdVisit, toSlots])).toBeUndefined();
  });

  it('reads change words', () => {
    expect(changesSettled('can we do Thursday instead?')).toBe(true);
    expect(changesSettled('Thursday works')).toBe(false);
  });
});
