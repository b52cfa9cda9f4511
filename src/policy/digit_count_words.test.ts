// A made-up seed merchant's order lookup describes its ids by the number of digits, in figures or
// in words, and gives one example: 'The five-digit farm code, for example "40213"'. The stated
// count is the shape; the example's length only guesses at one (it let "three hundred and twenty
// dollars" pass for a farm code and sent a billing question to the lookup desk).
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { paramSpecs } from './param_spec.js';

const specs = paramSpecs(
  llm.toJsonSchema(
    z.object({
      farm_code: z.string().describe('The five-digit farm code, for example "40213".'),
      order_number: z.string().describe('The 7-digit order number on the packing slip.'),
      member: z.string().describe('The twelve digit membership number.'),
      phone: z.string().describe('A ten-digit mobile number, for example "206 555 0142".'),
      bin: z.string().describe('The bin on the label, like "0412".'),
    }),
    false,
  ),
);
const pattern = (name: string) => specs.find((p) => p.name === name)?.pattern;

describe('a number of digits stated in the description', () => {
  it('is the exact shape, in figures or in words', () => {
    expect(pattern('farm_code')?.source).toBe('^\\d{5}$');
    expect(pattern('farm_code')?.test('320')).toBe(false);
    expect(pattern('order_number')?.source).toBe('^\\d{7}$');
    expect(pattern('member')?.source).toBe('^\\d{12}$');
    // A phone keeps its own reading (a country code, a plus).
    expect(specs.find((p) => p.name === 'phone')).toMatchObject({ kind: 'phone', pattern: undefined });
  });

  it('leaves an id given only by example to the example', () => {
    expect(pattern('bin')?.test('0412')).toBe(true);
    expect(pattern('bin')?.test('041')).toBe(true);
  });
});
