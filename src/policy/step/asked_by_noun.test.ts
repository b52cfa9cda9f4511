// A refusal that asks which one by the argument's noun, on a made-up tutoring centre: "Which
// student is the lesson for? On this account there are Mia and Theo." The caller named one earlier
// in the call ("can I book theo in for maths"), so the call is tried again with that one. A refusal
// naming a wrong value ("no student called Kid") may list a single one, still tried when the
// caller named it; one the caller never named is asked about as before.
import { describe, expect, it } from 'vitest';
import { optionForRefusal } from './refusal_options.js';
import type { ToolInfo } from '../tool_catalog.js';

const tool = {
  name: 'book_lesson',
  kind: 'business',
  params: [
    { name: 'account_id', label: 'account id', kind: 'identifier', type: 'string', required: true },
    { name: 'student_name', label: 'student name', kind: 'text', type: 'string', required: false },
  ],
} as unknown as ToolInfo;

describe('a refusal asking which one by its noun', () => {
  it('takes the listed one the caller named earlier', () => {
    const refusal = 'Which student is the lesson for? On this account there are Mia and Theo.';
    expect(
      optionForRefusal(tool, { account_id: 'TC-1001' }, refusal, ['hi, can I book theo in for maths, account TC-1001']),
    ).toEqual({ param: 'student_name', value: 'Theo' });
  });

  it('takes a single listed one after a wrong value, when the caller named it', () => {
    const refusal = 'There is no student called Kid on account TC-1001; the students on it are Theo. Ask which one.';
    expect(optionForRefusal(tool, { account_id: 'TC-1001', student_name: 'Kid' }, refusal, ['my kid is theo'])).toEqual(
      { param: 'student_name', value: 'Theo' },
    );
  });

  it('asks when the caller named none of them', () => {
    const refusal = 'Which student is the lesson for? On this account there are Mia and Theo.';
    expect(optionForRefusal(tool, { account_id: 'TC-1001' }, refusal, ['a maths lesson on friday'])).toBeUndefined();
  });
});
