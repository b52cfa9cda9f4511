// References as a caller reads them off a card or a receipt (a made-up gym and a parcel depot).
import { describe, expect, it } from 'vitest';
import { parseReference } from './index.js';

describe('a reference with fixed letters ("GY-####", a gym membership)', () => {
  const card = (said: string) => parseReference(said, 'GY-####');

  it('reads letters and digits however they are said', () => {
    expect(card('G Y four eight two one')).toBe('GY-4821');
    expect(card('my card is gy 4821')).toBe('GY-4821');
    expect(card('golf yankee dash 4 8 2 1')).toBe('GY-4821');
    expect(card('it is GY-4821, thanks')).toBe('GY-4821');
    expect(card('forty eight twenty one')).toBe('GY-4821');
    expect(card('four oh oh one')).toBe('GY-4001');
  });

  it('takes the digits alone, since the letters never change', () => {
    expect(card('uh, four eight two one')).toBe('GY-4821');
    expect(card('oh, 4821 I think')).toBe('GY-4821');
  });

  it('keeps the last one said when the caller corrects it', () => {
    expect(card('G Y 4821, no sorry, 4822')).toBe('GY-4822');
  });

  it('finds nothing when the digits are too few or too many, or nothing is said', () => {
    expect(card('four eight two')).toBeUndefined();
    expect(card('4 8 2 1 5')).toBeUndefined();
    expect(card('I lost my card')).toBeUndefined();
  });
});

describe('a reference with any two letters ("@@-####", a parcel depot)', () => {
  const parcel = (said: string) => parseReference(said, '@@-####');

  it('needs the letters, spelled or in capitals, and never takes a word for them', () => {
    expect(parcel('b k four four one two')).toBe('BK-4412');
    expect(parcel('parcel BK 4412')).toBe('BK-4412');
    expect(parcel('bravo kilo double four one two')).toBe('BK-4412');
    expect(parcel('it is 4412')).toBeUndefined();
  });

  it('says what is wrong with a pattern that has nothing to read', () => {
    expect(() => parseReference('4412', 'ABC')).toThrow(/no # \(digit\), @ \(letter\) or \* \(letter or digit\)/);
  });
});

describe('a code of letters and digits in any order ("******", a ferry booking)', () => {
  const code = (said: string) => parseReference(said, '******');

  it('reads it spelled, in the phonetic alphabet, or written as one word inside a sentence', () => {
    expect(code('P 7 Q X 2 M')).toBe('P7QX2M');
    expect(code('papa seven quebec x-ray two mike')).toBe('P7QX2M');
    expect(code('my booking is P7QX2M and my last name is Lund')).toBe('P7QX2M');
    expect(code('p7q x2m')).toBe('P7QX2M');
  });

  it('takes the last one said when the caller corrects it, and nothing from plain words', () => {
    expect(code('P7QX2M, sorry, P7QX2N')).toBe('P7QX2N');
    expect(code('i would like to change my flight')).toBeUndefined();
    expect(code('four eight two one')).toBeUndefined();
  });
});
