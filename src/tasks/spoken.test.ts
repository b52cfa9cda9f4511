import { describe, expect, it } from 'vitest';
import { addressKind, consentKind, emailKind, nameKind, phoneKind } from './kinds.js';
import { applyCorrection, luhnValid, maskDigits, phoneticToLetters, speakDigits, spellOut } from './spoken.js';

const now = new Date('2026-06-01T12:00:00Z');

describe('spoken forms for capture', () => {
  it('reads phonetic spellings and applies one-character corrections to the value read back', () => {
    expect(phoneticToLetters('m as in mary, b for boy, double t')).toBe('m, b, t t');
    expect(applyCorrection('jane.smith@example.com', "no, it's m as in mary, not n")).toBe('jame.smith@example.com');
    expect(applyCorrection('jane.smith@example.com', 'not an s, a z')).toBe('jane.zmith@example.com');
    expect(applyCorrection('5551234567', 'replace the 3 with 8')).toBe('5551284567');
    expect(applyCorrection('jane', 'x as in x-ray')).toBeUndefined();
    expect(applyCorrection('jane', 'not q, r')).toBeUndefined();
    // Which of the three 5s? Not said: no guess.
    expect(applyCorrection('6175550157', 'the 5 should be 7')).toBeUndefined();
  });

  it('says values so a caller can check them', () => {
    expect(spellOut('j.smith_42')).toBe('j dot s m i t h underscore four two');
    expect(speakDigits('02079460000')).toBe('zero, two zero seven, nine four six, zero zero zero zero');
    expect(maskDigits('4111111111111111')).toBe('•••• 1111');
  });

  it('checks Luhn', () => {
    expect(luhnValid('4111 1111 1111 1111')).toBe(true);
    expect(luhnValid('4111 1111 1111 1112')).toBe(false);
    expect(luhnValid('79927398713')).toBe(true);
  });
});

describe('capture kinds', () => {
  it('parses spoken values and explains what is wrong', () => {
    expect(emailKind().parse("it's j o h n dot smith at gmail dot com", { now })).toMatchObject({
      ok: true,
      value: 'john.smith@gmail.com',
    });
    // A spelled initial or spelled words keep every letter.
    for (const [said, address] of [
      ['d kim at example dot com', 'dkim@example.com'],
      ['a n n dot l e e at example dot com', 'ann.lee@example.com'],
      ['marcus dot j at example dot com', 'marcus.j@example.com'],
    ])
      expect(emailKind().parse(said!, { now })).toMatchObject({ ok: true, value: address });
    expect(emailKind().parse('jane at example', { now })).toMatchObject({ ok: false, problem: /complete email/ });
    expect(
      phoneKind().parse('plus four four seven seven zero zero nine zero zero one two three', { now }),
    ).toMatchObject({
      ok: true,
      value: '+447700900123',
    });
    expect(phoneKind().parse('1234', { now })).toMatchObject({ ok: false, problem: /4 digits/ });
    expect(nameKind({ requireLastName: true }).parse('Jane', { now })).toMatchObject({
      ok: false,
      problem: /last name/,
    });
    expect(addressKind().parse('my address is 4 Elm Road, Leeds LS1 4AB', { now })).toMatchObject({
      ok: true,
      value: { line: '4 Elm Road, Leeds LS1 4AB', postcode: 'LS1 4AB' },
    });
    expect(addressKind().parse('downtown', { now })).toMatchObject({ ok: false });
    expect(consentKind('OK?').parse('yes please', { now })).toMatchObject({ ok: true, value: true });
    expect(consentKind('OK?').parse('no thanks', { now })).toMatchObject({ ok: true, value: false });
    expect(consentKind('OK?').parse('maybe later', { now })).toMatchObject({ ok: false });
  });
});
