import { describe, expect, it } from 'vitest';
import { matchEnum, prepareUtterance } from '../slots/index.js';
import { readOffered, selectOffered } from '../step/offered.js';
import { extendLexicon, ORDINAL_WORDS, stem } from './index.js';

describe('default lexicon', () => {
  it('matches enum values by word form and everyday synonym', () => {
    expect(matchEnum(prepareUtterance('I want my teeth cleaned'), ['cleaning', 'checkup'])?.value).toBe('cleaning');
    expect(matchEnum(prepareUtterance('someone broke into our garage'), ['water', 'theft', 'other'])?.value).toBe(
      'theft',
    );
    expect(stem('technicall')).not.toBe(stem('technical'));
  });

  it('reads a home whose supply is gone as a power cut', () => {
    const kinds = ['power_cut', 'water_leak', 'other'];
    expect(matchEnum(prepareUtterance("my electric's gone off, the whole house"), kinds)?.value).toBe('power_cut');
    expect(matchEnum(prepareUtterance('all the lights went out an hour ago'), kinds)?.value).toBe('power_cut');
    expect(matchEnum(prepareUtterance('the kitchen tap is dripping'), kinds)?.value).not.toBe('power_cut');
  });

  it('reads "something fancy" as the top tier of a hire', () => {
    const u = prepareUtterance("i'd like something fancy for the weekend");
    expect(matchEnum(u, ['standard', 'deluxe', 'luxury'])?.value).toBe('luxury');
  });

  it('reads a listed synonym through hedges ("in roughly two weeks" is "in two weeks")', () => {
    const description = 'Delivery speed: express (in two days), economy (in two weeks).';
    const u = prepareUtterance('could it come in roughly two weeks');
    expect(matchEnum(u, ['express', 'economy'], description)?.value).toBe('economy');
  });

  it('takes an app extension', () => {
    expect(matchEnum(prepareUtterance('the gold one'), ['basic', 'premium'])).toBeUndefined();
    extendLexicon({ enumSynonyms: { premium: ['gold'] } });
    expect(matchEnum(prepareUtterance('the gold one'), ['basic', 'premium'])?.value).toBe('premium');
  });

  it('spells the places picked by ordinal from the number words', () => {
    const spelled = ORDINAL_WORDS.filter(([w]) => /^[a-z]+$/.test(w) && !['earliest', 'last', 'latest'].includes(w));
    expect(spelled).toEqual([
      ['first', 0],
      ['second', 1],
      ['third', 2],
      ['fourth', 3],
      ['fifth', 4],
    ]);
  });

  it('resolves picks against offered options', () => {
    const offered = readOffered(
      'Free times: Tuesday at 11 AM; Tuesday at 1 PM; Wednesday at 9 AM. Which one suits you?',
    )!;
    expect(offered.options).toHaveLength(3);
    expect(selectOffered('the first one', offered)).toBe('Tuesday at 11 AM');
    expect(selectOffered('the 1pm pls', offered)).toBe('Tuesday at 1 PM');
    expect(selectOffered("whenever's soonest", offered)).toBe('Tuesday at 11 AM');
    expect(selectOffered('the last one', offered)).toBe('Wednesday at 9 AM');
    expect(selectOffered('yes', offered)).toBeUndefined();
    const one = readOffered('Free times: Friday at 11 AM. Which one suits you?')!;
    expect(selectOffered('ok go ahead', one)).toBe('Friday at 11 AM');
    expect(
      readOffered('Could you tell me which day suits, and whether mornings or afternoons are better?'),
    ).toBeUndefined();
  });
});

describe('progress reports', () => {
  it('reads "it\'s loading now", "connected again" as working now', async () => {
    const { NOW_WORKS } = await import('./index.js');
    expect(NOW_WORKS.test("yeah it's loading now, sorry to bother you")).toBe(true);
    expect(NOW_WORKS.test('the tablet is connected again')).toBe(true);
    expect(NOW_WORKS.test('it keeps loading forever')).toBe(false);
  });
});
