// Dates said all in words, on a made-up gym that checks a member's card and date of birth, and a
// made-up courier that logs when a parcel was damaged.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { extractArgs } from './slot_filling.js';
import { prepareUtterance } from './slots/index.js';
import { spokenDatesToWritten } from './spoken_dates.js';
import { toolInfo } from './tool_catalog.js';

const checkMember = toolInfo(
  llm.tool({
    description: 'Check a gym member’s card.',
    parameters: z.object({
      card_number: z.string().describe('The membership card number, like GY-123456.'),
      date_of_birth: z.string().describe('The member’s date of birth, as YYYY-MM-DD.'),
    }),
    execute: async () => 'ok',
  }) as never,
);
const logDamage = toolInfo(
  llm.tool({
    description: 'Log a damaged parcel.',
    parameters: z.object({ damaged_on: z.string().describe('The date the damage happened, as YYYY-MM-DD.') }),
    execute: async () => 'ok',
  }) as never,
);
const opts = (tool: typeof checkMember) => ({
  opening: false,
  typedOnly: false,
  requestWords: new Set<string>(),
  agentVocabulary: new Set<string>(),
  now: new Date('2026-06-10T12:00:00'),
  expecting: tool.params.at(-1),
});
const day = (d: { date: Date } | undefined) =>
  d &&
  `${d.date.getFullYear()}-${String(d.date.getMonth() + 1).padStart(2, '0')}-${String(d.date.getDate()).padStart(2, '0')}`;

it('reads a day and a year said in words after a month as a date, not as one number', () => {
  const ex = extractArgs(
    checkMember,
    prepareUtterance('g y four four one two zero nine, march nine, ninety one'),
    opts(checkMember),
  );
  expect(day(ex.dates.date_of_birth)).toBe('1991-03-09');
  const ordinal = extractArgs(
    checkMember,
    prepareUtterance('g y four four one two zero nine, born october second two thousand one'),
    opts(checkMember),
  );
  expect(day(ordinal.dates.date_of_birth)).toBe('2001-10-02');
  expect(spokenDatesToWritten('july twelve, nineteen eighty four')).toBe('july 12, 1984');
  expect(spokenDatesToWritten('june twenty two two thousand and five')).toBe('june 22, 2005');
  // An ordinal day with a year said in full is written out (the parser reads no year said in words).
  expect(spokenDatesToWritten('july twenty first nineteen eighty four')).toBe('july 21, 1984');
  expect(spokenDatesToWritten('born october second two thousand one')).toBe('born october 2, 2001');
  // An ordinal day alone, or a month with only a year, is left for the parser as said.
  expect(spokenDatesToWritten('july twenty first')).toBe('july twenty first');
  expect(spokenDatesToWritten('the twelfth of july nineteen eighty four')).toBe(
    'the twelfth of july nineteen eighty four',
  );
  // "may" without a year or "the" is the verb.
  expect(spokenDatesToWritten('i may one day come back')).toBe('i may one day come back');
});

it('takes the day said after a denied one ("it wasn’t Monday, it was Sunday")', () => {
  const ex = extractArgs(
    logDamage,
    prepareUtterance("no, it wasn't yesterday, the box got crushed the day before yesterday"),
    opts(logDamage),
  );
  expect(day(ex.dates.damaged_on)).toBe('2026-06-08');
});
