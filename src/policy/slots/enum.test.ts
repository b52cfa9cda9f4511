// Enum values named in a sentence that names more than one: the one the rest of the words support.
import { describe, expect, it } from 'vitest';
import { matchEnum } from './enum.js';
import { prepareUtterance } from './utterance.js';
import { z } from 'zod';
import { paramSpecs, type ParamSpec } from '../param_spec.js';
import { extractArgs } from '../slot_filling.js';
import type { ToolInfo } from '../tool_catalog.js';

const KINDS = ['flood', 'blaze', 'burglary', 'gale', 'other'];
const DESCRIBED =
  'flood (leak, burst pipe, water), blaze (smoke, burnt), burglary (stolen), gale (wind, roof, tree), or other';

const read = (said: string) => matchEnum(prepareUtterance(said), KINDS, DESCRIBED)?.value;

describe('enum values in a sentence that names several', () => {
  it('takes the value the other words also point to', () => {
    expect(read('the big gale knocked a tree onto the roof and now there is a flood in the attic')).toBe('gale');
    expect(read('a pipe burst in the gale, the leak is a proper flood')).toBe('flood');
  });

  it('among synonyms only, the value more of them name', () => {
    expect(read('the wind took half the roof off and now there is a leak')).toBe('gale');
  });

  it('a value named outright beats a synonym of another', () => {
    expect(read('smoke everywhere, but it was a burglary')).toBe('burglary');
  });
});

describe('an enum value taken back in the same breath', () => {
  it('means the value after the correction cue', () => {
    const plans = ['weekly', 'monthly', 'yearly'];
    const read2 = (said: string) => matchEnum(prepareUtterance(said), plans)?.value;
    expect(read2('water the plants weekly, no wait, monthly is plenty for cacti')).toBe('monthly');
    expect(read2('yearly, sorry no, weekly')).toBe('weekly');
    expect(read2('monthly please')).toBe('monthly');
  });
});

describe('enum values by WordNet', () => {
  // A boat yard: what the caller brings in, and which desk a question is for.
  const CRAFT = ['car', 'boat', 'trailer'];
  const craft = (said: string) => matchEnum(prepareUtterance(said), CRAFT)?.value;

  it('takes a synonym or a kind of a one-word value', () => {
    expect(craft('I want to park my automobile overnight')).toBe('car');
    expect(craft('space for a sedan please')).toBe('car');
  });

  it('takes nothing when WordNet relates the words to no value, or to two', () => {
    expect(craft('what time do you open on sunday')).toBeUndefined();
    const jobs = ['car', 'repairs', 'storage'];
    expect(matchEnum(prepareUtterance('the hull needs mending'), jobs)?.value).toBe('repairs');
    expect(matchEnum(prepareUtterance('my automobile needs mending'), jobs)?.value).toBeUndefined();
  });

  it('never reads a describing word as a value', () => {
    // "fine" and "due" have senses that are nouns for money owed; said as describing words they are no charge.
    expect(matchEnum(prepareUtterance('that is fine, it is due friday'), ['charge', 'refund'])?.value).toBeUndefined();
  });
});

// A made-up paint shop's question "Which finish is it: matte, satin or gloss?" answered by position.
describe('an enum value picked by position', () => {
  const params = paramSpecs(
    z.object({ finish: z.enum(['matte', 'satin', 'gloss']).optional().describe('The finish.') }),
  );
  const tool = { name: 'order_paint', kind: 'business', description: 'Order paint.', params } as unknown as ToolInfo;
  const read = (said: string, expecting?: ParamSpec) =>
    extractArgs(tool, prepareUtterance(said), {
      opening: false,
      typedOnly: false,
      expecting,
      now: new Date(),
      requestWords: new Set(),
      agentVocabulary: new Set(),
    }).values.finish;

  it('is the value in that place, only when that value was asked for', () => {
    expect(read('the second one please', params[0])).toBe('satin');
    expect(read('the last one', params[0])).toBe('gloss');
    expect(read('the second one please')).toBeUndefined();
  });
});

describe('kinds of pet', () => {
  it('groups the less common ones under a list’s "small pet" and "reptile"', () => {
    const kinds = ['dog', 'cat', 'small pet', 'reptile'];
    const kind = (said: string) => matchEnum(prepareUtterance(said), kinds)?.value;
    expect(kind('we just got a guinea pig')).toBe('small pet');
    expect(kind("i've got a corn snake")).toBe('reptile');
  });
});

describe('a listed "not <doing>" synonym', () => {
  // A made-up plant nursery's problem kinds.
  const problems = ['pests', 'wilting', 'dormant'];
  const described = 'pests (bugs, aphids), wilting (drooping), dormant (not growing, not flowering)';
  const problem = (said: string) => matchEnum(prepareUtterance(said), problems, described)?.value;

  it('is said as the caller negates the verb', () => {
    expect(problem("my fig hasn't grown since june")).toBe('dormant');
    expect(problem("the orchid won't flower")).toBe('dormant');
    expect(problem('it stopped flowering last year')).toBe('dormant');
  });

  it('is not the verb said plainly', () => {
    expect(problem('it is growing fast but has aphids')).toBe('pests');
  });
});
