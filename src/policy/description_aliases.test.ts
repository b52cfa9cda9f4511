import { describe, expect, it } from 'vitest';
import { aliasesIn, glossesIn } from './description_aliases.js';
import { matchEnum, matchGloss } from './slots/enum.js';
import { prepareUtterance } from './slots/utterance.js';
import { optionsIn } from './param_spec.js';

describe('aliases in argument descriptions', () => {
  it('lists options without their brackets and keeps the bracketed words as aliases', () => {
    const description = 'Which device: router (also for Wi-Fi), modem, TV box, phone.';
    const options = optionsIn(description);
    expect(options).toEqual(['router', 'modem', 'TV box', 'phone']);
    expect(aliasesIn(description, options!)).toEqual({ router: ['wi-fi'] });
  });

  it('reads brackets that give examples and quoted meanings', () => {
    expect(
      aliasesIn('tech (e.g. internet, app) or money (refunds); "telly" means tv', ['tech', 'money', 'tv']),
    ).toEqual({
      tech: ['internet', 'app'],
      money: ['refunds'],
      tv: ['telly'],
    });
  });

  it('reads redirects like "Wi-Fi and internet problems are router problems"', () => {
    const description = 'The device: router, wifi, modem. Wi-Fi and internet problems are router problems.';
    expect(aliasesIn(description, optionsIn(description)!)).toEqual({ router: ['wi-fi', 'internet'] });
  });

  it('finds values written with underscores in the description', () => {
    const description = 'How soon: next_day (tomorrow, overnight), standard (within a week) or whenever (no rush).';
    expect(aliasesIn(description, ['next_day', 'standard', 'whenever'])).toEqual({
      next_day: ['tomorrow', 'overnight'],
      standard: ['within a week'],
      whenever: ['no rush'],
    });
  });
});

describe('glosses of values ("value: meaning")', () => {
  it('are read per value, less the forms of words every value is named with', () => {
    // A made-up gym and a made-up hotel.
    expect(
      glossesIn('freeze: pause the membership while away; cancel: end the membership for good.', ['freeze', 'cancel']),
    ).toEqual({ freeze: 'pause the membership while away', cancel: 'end the membership for good' });
    expect(
      glossesIn('check_out: leaving the room early (late fee); check_in: checking into the room.', [
        'check_in',
        'check_out',
      ]),
    ).toEqual({ check_out: 'leaving the room early', check_in: 'into the room' });
  });

  it('tell values apart by the words only one gloss has', () => {
    const values = ['freeze', 'cancel'];
    const description = 'freeze: pause the membership while away; cancel: end the membership for good.';
    expect(matchGloss(prepareUtterance("i think i'm away all summer, can you pause it"), values, description)).toBe(
      'freeze',
    );
    expect(matchGloss(prepareUtterance('i want to end it for good'), values, description)).toBe('cancel');
    // Not a value by a gloss word said in passing by a line that never asked for this.
    expect(matchEnum(prepareUtterance("i'm away all summer"), values, description)).toBeUndefined();
  });
});
