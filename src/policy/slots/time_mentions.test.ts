// Which of several times said in one breath fills a time argument, on a made-up garage line that
// books a call back about a car: the time the caller asks for, not a passing "now".
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { extractArgs } from '../slot_filling.js';
import { toolInfo } from '../tool_catalog.js';
import { prepareUtterance } from './utterance.js';

const callBack = toolInfo(
  llm.tool({
    description: 'Book a call back from a mechanic.',
    parameters: z.object({
      when: z.string().describe('When to call, in the caller’s words.'),
    }),
    execute: async () => 'ok',
  }) as never,
);
const when = (said: string) =>
  extractArgs(callBack, prepareUtterance(said), {
    opening: false,
    typedOnly: false,
    requestWords: new Set<string>(),
    agentVocabulary: new Set<string>(),
    now: new Date('2026-06-10T12:00:00'),
    expecting: callBack.params[0],
  }).dates.when?.text;

it('takes the day and hour asked for over a passing "now"', () => {
  expect(when("if nobody's free now, ring me tomorrow at 10 am")).toMatch(/tomorrow at 10 ?am/i);
  expect(when('not now, I am driving. friday afternoon is good')).toMatch(/friday afternoon/i);
});

it('still takes "now" when it is the only time said', () => {
  expect(when('can someone call me right now')).toMatch(/now/i);
});

it('keeps a hedged hour with its day ("tomorrow around six pm", "friday about 7:30 am")', () => {
  expect(when('can somebody ring me tomorrow around six pm?')).toMatch(/tomorrow at 6 ?pm/i);
  expect(when('friday about 7:30 am would be good')).toMatch(/friday at 7:30 ?am/i);
});

it('keeps an hour said with a part of the day, or bare after its day, with that day ("tomorrow around ten")', () => {
  expect(when('can someone ring me tomorrow around ten in the morning to sort it out')).toMatch(
    /tomorrow at 10 in the morning/i,
  );
  expect(when('thursday around 4 if that works')).toMatch(/thursday at 4/i);
  expect(when('tomorrow around ten')).toMatch(/tomorrow at 10/i);
  // A count after the day is no hour.
  expect(when('friday, about 3 people will come')).not.toMatch(/at 3/i);
});

it('reads "this morning" said in the evening as today, not tomorrow', async () => {
  const { findDateTimes } = await import('./date_time.js');
  const evening = new Date('2026-03-05T19:00:00');
  const [found] = findDateTimes(
    prepareUtterance('the garage checked it this morning'),
    evening,
    'month-first',
    'forward',
  );
  expect(found?.date.toDateString()).toBe(evening.toDateString());
});

it('reads "every few minutes" as how often, not as a time', async () => {
  const { findDateTimes } = await import('./date_time.js');
  const now = new Date('2026-03-05T10:00:00');
  expect(findDateTimes(prepareUtterance('the engine cuts out every few minutes'), now)).toEqual([]);
  expect(findDateTimes(prepareUtterance('it stalls every two hours, call me tomorrow at 3 pm'), now)).toHaveLength(1);
});
