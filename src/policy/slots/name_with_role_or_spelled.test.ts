// Names as members of a made-up sailing club give them with their booking: an everyday word spelled
// back ("long, l o n g"), the role the booking is for ("the guest is Sarah Quaresma"), the
// first name before a spelled-back surname, and a surname no dictionary knows after a first name.
import { describe, expect, it } from 'vitest';
import { findPersonName, prepareUtterance } from './index.js';

const name = (said: string, expecting = false) => findPersonName(prepareUtterance(said), expecting);

describe('a name an everyday word could hide', () => {
  it('is a name when its letters are spelled back', () => {
    expect(name('long, l o n g', true)).toBe('Long');
    expect(name('long, long', true)).toBeUndefined();
  });

  it('takes the first name before a surname spelled back after "under"', () => {
    expect(name('yeah hold it under tomas herrera, h e r r e r a, phone five oh three five five five')).toBe(
      'Tomas Herrera',
    );
  });
});

describe('a name said after the role the booking is for', () => {
  it('reads "the guest is …" up to the next part', () => {
    expect(name('the guest is sarah quaresma and the number is five oh three')).toBe('Sarah Quaresma');
    expect(name('the main driver is tomas herrera, mobile five oh three')).toBe('Tomas Herrera');
  });

  it('takes nothing when the role is no name', () => {
    expect(name('the guest is my husband')).toBeUndefined();
    expect(name('the driver is late')).toBeUndefined();
  });
});

describe('a surname after a first name, answering the name question', () => {
  it('takes the unknown word that closes the part', () => {
    expect(name('sarah quaresma and my number is five oh three', true)).toBe('Sarah Quaresma');
  });
});
