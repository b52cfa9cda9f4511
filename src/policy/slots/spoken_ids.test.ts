// Ids read out over the phone: the letters one by one or by their names, then the digits; and a
// format whose letters are fixed, so the digits alone are the id. A made-up parcel locker (and a
// library card renewal, for a year said while the birth date is asked).
import { llm } from '@livekit/agents';
import { z } from 'zod';
import { extractArgs } from '../slot_filling.js';
import { toolInfo } from '../tool_catalog.js';
import { describe, expect, it } from 'vitest';
import { normalizeUtterance, spokenIdLetters } from '../normalize.js';
import { findIdentifiers, formatIdentifier, withExampleLetters, withFixedLetters } from './identifier.js';
import { prepareUtterance } from './utterance.js';

describe('the letters of an id read out', () => {
  it('joins letters said one by one or by their names, before the digits', () => {
    expect(normalizeUtterance('locker pee kay dash ten forty two')).toBe('locker PK-1042');
    expect(normalizeUtterance("it's P. K. ten forty-two")).toBe("it's PK1042");
    expect(normalizeUtterance('P as in Papa, K as in Kilo, then one zero four two')).toBe('PK1042');
    expect(normalizeUtterance("it's L O K, three zero zero two")).toBe("it's LOK3002");
    expect(normalizeUtterance('l o k one two three four')).toBe('lok1234');
  });

  it('leaves prose alone', () => {
    expect(spokenIdLetters('I see 2 lockers')).toBe('I see 2 lockers');
    expect(normalizeUtterance('i have a 3 day hold')).toBe('i have a 3 day hold');
    expect(normalizeUtterance('plan b 2 parcels')).toBe('plan b 2 parcels');
  });
});

describe('an id format with fixed letters', () => {
  it('reads the format from the description', () => {
    expect(formatIdentifier('The locker code: LOK- and four digits.')).toBe('LOK-0000');
    expect(formatIdentifier('PK followed by 6 digits')).toBe('PK000000');
    expect(formatIdentifier('The code on the parcel slip.')).toBeUndefined();
  });

  it('puts the fixed letters before digits said alone, and the separator back', () => {
    expect(withFixedLetters('3002', 'LOK-0000')).toBe('LOK-3002');
    expect(withFixedLetters('LOK3002', 'LOK-0000')).toBe('LOK-3002');
    expect(withFixedLetters('30021', 'LOK-0000')).toBe('30021');
  });
});

describe('an id said with the letters its format fixes', () => {
  it('is exact enough to fill the tool from the values alone', () => {
    // A made-up parcel locker checks a locker by its code and the surname on it.
    const check = toolInfo(
      llm.tool({
        description: 'Check a locker by its code and the surname on it.',
        parameters: z.object({
          locker_code: z.string().optional().describe('The locker code, P K dash and four digits.'),
          surname: z.string().optional().describe('The surname on the locker.'),
        }),
        execute: async () => 'Found.',
      }) as never,
    );
    const ex = extractArgs(check, prepareUtterance("sure it's p k four eight two one and the last name is moreau"), {
      opening: false,
      typedOnly: true,
      requestWords: new Set(),
      agentVocabulary: new Set(),
      now: new Date('2026-03-05T10:00:00'),
      dateOrder: 'month-first',
    });
    expect(ex.values).toMatchObject({ locker_code: 'PK-4821', surname: 'Moreau' });
    expect(ex.typed).toEqual(expect.arrayContaining(['locker_code', 'surname']));
    // The letters said as a word of their own ("pk 4821"): the same id; a word ending in them is not.
    const said = (line: string) =>
      extractArgs(check, prepareUtterance(line), {
        opening: false,
        typedOnly: true,
        requestWords: new Set(),
        agentVocabulary: new Set(),
        now: new Date('2026-03-05T10:00:00'),
        dateOrder: 'month-first',
      }).values.locker_code;
    expect(said('pk 4821, moreau')).toBe('PK-4821');
    expect(said('the park 4821')).toBeUndefined();
  });
});

describe('a year said while another detail is asked', () => {
  const renew = toolInfo(
    llm.tool({
      description: 'Renew a library card.',
      parameters: z.object({
        card_number: z.string().describe('The library card number, like "LB-204518".'),
        date_of_birth: z.string().describe('The member date of birth, like 1984-07-12.'),
      }),
      execute: async () => 'Renewed.',
    }) as never,
  );
  const read = (said: string, expecting?: string) =>
    extractArgs(renew, prepareUtterance(said), {
      opening: false,
      typedOnly: false,
      requestWords: new Set(),
      agentVocabulary: new Set(),
      now: new Date('2026-03-05T10:00:00'),
      dateOrder: 'month-first',
      expecting: renew.params.find((p) => p.name === expecting),
    }).values;

  it('is not the card number: bare digits of another length than the example are not it', () => {
    expect(read('the twelfth of July, nineteen eighty-four', 'date_of_birth')).not.toHaveProperty('card_number');
    expect(read('L B two zero four five one eight', 'card_number')).toMatchObject({ card_number: 'LB-204518' });
  });
});

describe('an id said twice in one breath', () => {
  it('keeps the one said with its letters, not the digits said alone', () => {
    const ids = (s: string) => findIdentifiers(prepareUtterance(s)).map((f) => f.value);
    expect(ids('sorry, I swapped two digits, it is three three one zero, PK-3310')).toEqual(['PK-3310']);
    expect(ids('locker P K three three ten... no, three three one zero. P K three three one zero.')).toEqual([
      'PK3310',
    ]);
    expect(ids('locker 3310 and parcel 5521')).toEqual(['3310', '5521']);
  });
});

describe('digits said alone for an id with an example', () => {
  it('puts the example’s letters in front when the digits line up', () => {
    // A made-up pharmacy: 'The prescription number, like "RX-5012"'; the caller reads only the digits.
    expect(withExampleLetters('7731', 'RX-5012')).toBe('RX-7731');
    expect(withExampleLetters('773', 'RX-5012')).toBe('773');
    expect(withExampleLetters('rx7731', 'RX-5012')).toBe('RX-7731');
  });

  it('leaves out a house number the spoken digits ran on into', () => {
    // A made-up water board: 'The customer number, like "WB-4821"'; "w b four eight two one, nine
    // high street" is read as one digit run (WB48219).
    expect(withExampleLetters('WB48219', 'WB-4821')).toBe('WB-4821');
    expect(withExampleLetters('wb482193', 'WB-4821')).toBe('WB-4821');
    // Far longer, or other letters: not this id said with a run-on.
    expect(withExampleLetters('WB4821933', 'WB-4821')).toBe('WB4821933');
    expect(withExampleLetters('XY48219', 'WB-4821')).toBe('XY48219');
  });
});

describe('the digits of a lettered id', () => {
  it('are not an all-digit id of their own', () => {
    // A made-up bike shop: the frame number "like BK-123456" and the odometer "like 04512" (digits).
    const digitsOnly = /^\d{3,7}$/;
    const ids = (s: string) => findIdentifiers(prepareUtterance(s), digitsOnly).map((f) => f.value);
    expect(ids('b k three one eight five six two')).toEqual([]);
    expect(ids('frame BK318562')).toEqual([]);
    expect(ids('the odometer says two zero nine zero zero')).toEqual(['20900']);
  });
});

describe('an id whose letters are also its label, said with a year', () => {
  // A made-up pet-insurance line finds a claim by its CL number and the pet owner's birth date.
  const find = toolInfo(
    llm.tool({
      description: 'Find a claim by its number and the owner’s date of birth.',
      parameters: z.object({
        cl_number: z
          .string()
          .optional()
          .describe('The claim number as the caller said it, like "CL-508812" or "C L five zero eight eight one two".'),
        date_of_birth: z.string().optional().describe('The owner’s date of birth.'),
      }),
      execute: async () => 'Found.',
    }) as never,
  );
  const read = (said: string) =>
    extractArgs(find, prepareUtterance(said), {
      opening: false,
      typedOnly: false,
      requestWords: new Set(),
      agentVocabulary: new Set(),
      now: new Date('2026-03-05T10:00:00'),
      dateOrder: 'month-first',
    }).values;

  it('is the lettered id: its own letters are no cue for the year said after it', () => {
    expect(read('c l five zero eight eight one two, born june third nineteen seventy')).toMatchObject({
      cl_number: 'CL-508812',
    });
    expect(read('cl508812 and 1970')).toMatchObject({ cl_number: 'CL-508812' });
  });
});
