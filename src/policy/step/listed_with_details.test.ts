// A refusal listing its options with details, apart by semicolons, on a made-up climbing gym's
// course desk: 'I could not tell which course "the rope thing" is. Coming up: Intro to Bouldering
// (CR-101), Saturday at 10 AM, 4 places left; Rope Basics (CR-102), Sunday at 2 PM, full. Ask which
// one.' Each item is named before its first bracket or comma; the caller's words pick one, and the
// call is tried again with its id. Accents do not stand in the way ("Résumé" is "resume").
import { describe, expect, it } from 'vitest';
import { detailedItems, listedOptions, optionForRefusal } from './refusal_options.js';
import type { ToolInfo } from '../tool_catalog.js';

const refusal =
  'I could not tell which course "the rope thing" is. Coming up: Intro to Bouldering (CR-101), for adults, Saturday at 10:30 AM, 4 places left; Rope Basics (CR-102), Sunday at 2 PM, full; Résumé Climbing Club (CR-103), Monday at 6 PM, 9 places left. Ask which one.';
const tool = {
  name: 'enrol',
  kind: 'business',
  params: [{ name: 'course', kind: 'text', type: 'string' }],
} as unknown as ToolInfo;

describe('a refusal listing options with their details', () => {
  it('reads each item by its name and id', () => {
    expect(detailedItems(refusal)).toEqual([
      { name: 'Intro to Bouldering', id: 'CR-101' },
      { name: 'Rope Basics', id: 'CR-102' },
      { name: 'Résumé Climbing Club', id: 'CR-103' },
    ]);
    expect(listedOptions(refusal)).toHaveLength(3);
  });

  it('retries with the id of the one the caller named', () => {
    expect(optionForRefusal(tool, { course: 'the rope thing' }, refusal, ['can I do the rope basics thing'])).toEqual({
      param: 'course',
      value: 'CR-102',
    });
    expect(
      optionForRefusal(tool, { course: 'the rope thing' }, refusal, ['sign me up for the resume climbing club']),
    ).toEqual({ param: 'course', value: 'CR-103' });
  });
});
