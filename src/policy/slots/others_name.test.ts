// Name arguments in a made-up riding school's words: the horse's name is someone else's name, the
// rider's is the caller's; a member number's letters are no name; "if said" details are not asked.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { paramSpecs } from '../param_spec.js';
import { extractArgs } from '../slot_filling.js';
import { prepareUtterance } from './index.js';
import { findPersonName } from './person_name.js';
import { labelNamesSomeoneElse, nameAfterNoun, namesSomeoneElse } from './others_name.js';
import { humanize } from '../param_spec.js';
import type { ToolInfo } from '../tool_catalog.js';

const params = paramSpecs(
  z.object({
    member_id: z.string().optional().describe('The member number, "RS" and four digits.'),
    horse_name: z.string().optional().describe('The horse’s name.'),
    rider_name: z.string().optional().describe('The rider’s full name.'),
  }),
);
const tool = {
  name: 'book_lesson',
  kind: 'business',
  description: 'Book a riding lesson.',
  params,
} as unknown as ToolInfo;
const read = (line: string) =>
  extractArgs(tool, prepareUtterance(line), {
    opening: true,
    typedOnly: true,
    now: new Date(),
    requestWords: new Set(),
    agentVocabulary: new Set(),
  }).values;

describe('someone else’s name', () => {
  it('tells a horse’s name argument from the caller’s', () => {
    expect(namesSomeoneElse(params[1]!)).toBe(true);
    expect(namesSomeoneElse(paramSpecs(z.object({ customer_name: z.string() }))[0]!)).toBe(false);
  });

  it('takes the name said after "my <noun>" or "called", not the adjective of a breed', () => {
    expect(nameAfterNoun('a lesson for my pony Clover')).toBe('Clover');
    expect(nameAfterNoun('a mare called Juniper')).toBe('Juniper');
    expect(nameAfterNoun('she is my grey mare')).toBeUndefined();
    expect(nameAfterNoun('my horse needs new shoes')).toBeUndefined();
    expect(nameAfterNoun('can I bring my pony Clover in for a lesson')).toBe('Clover');
    expect(nameAfterNoun('I want to get my mare over to the arena')).toBeUndefined();
    expect(read('can I book a lesson for my pony Clover').horse_name).toBe('Clover');
    // A word that could describe, ending the clause after the noun, is the name.
    expect(nameAfterNoun('a lesson for my pony dusty, member 2044')).toBe('Dusty');
    expect(nameAfterNoun('my pony is dusty')).toBeUndefined();
  });

  it('never takes the caller’s own introduction for the horse', () => {
    expect(read('my name is Dana Whitby').horse_name).toBeUndefined();
  });

  it('takes the first possessive that is a name, past "it\'s" and "that\'s"', () => {
    expect(read("hi it's dana whitby, rs 2044, is juniper's lesson still on").horse_name).toBe('Juniper');
  });
});

describe('letters of an id are no name', () => {
  it('drops "RS-" and a title alone', () => {
    expect(findPersonName(prepareUtterance('my member number is RS-2044'), true)).toBeUndefined();
    expect(findPersonName(prepareUtterance('rs two zero four four'), true)).toBeUndefined();
    expect(findPersonName(prepareUtterance('Omar Haddad 617 555 0190'), true)).toBe('Omar Haddad');
    expect(read('my member number is RS-2044').horse_name).toBeUndefined();
  });
});

describe('details carried only "if said"', () => {
  it('are never asked for', () => {
    const [kind] = paramSpecs(
      z.object({ kind: z.string().optional().describe('What kind of lesson, if said: jumping or dressage.') }),
    );
    expect(kind!.neverAsk).toBe(true);
  });
});

describe('a name on file that is not the caller', () => {
  it('is never used to address the caller ("horseName": no "Thanks, Pepper")', () => {
    expect(labelNamesSomeoneElse(humanize('horseName'))).toBe(true);
    expect(labelNamesSomeoneElse(humanize('callerName'))).toBe(false);
    expect(labelNamesSomeoneElse(humanize('customer_name'))).toBe(false);
    expect(labelNamesSomeoneElse(humanize('name'))).toBe(false);
  });
});

describe('a name argument for the role the caller books as', () => {
  it('means the caller: the main driver, the lead passenger, the tenant', () => {
    for (const label of ['main_driver_name', 'driverName', 'lead_passenger_name', 'tenant_name'])
      expect(labelNamesSomeoneElse(humanize(label))).toBe(false);
    expect(labelNamesSomeoneElse(humanize('child_name'))).toBe(true);
  });

  it('takes the caller\'s name said with "book it under"', () => {
    const hire = paramSpecs(z.object({ driver_name: z.string().optional().describe('The main driver’s full name.') }));
    const boat = { name: 'reserve_boat', kind: 'business', params: hire } as unknown as ToolInfo;
    const out = extractArgs(boat, prepareUtterance('great, book it under carla mendes'), {
      opening: false,
      typedOnly: false,
      requestWords: new Set<string>(),
      agentVocabulary: new Set<string>(),
      now: new Date('2026-06-10T12:00:00Z'),
    });
    expect(out.values.driver_name).toBe('Carla Mendes');
  });
});
