// A made-up ferry line's question desk: its topics are told apart by their own words, not by a
// word of a value's name another value's description also uses ("check" of check_in, where the
// baggage topic lists "checked bags"), nor by a particle ("i'm on a late sailing" names no carry_on).
import { describe, expect, it } from 'vitest';
import { matchEnum } from './enum.js';
import { prepareUtterance } from './utterance.js';

const TOPICS = ['baggage_rules', 'check_in', 'carry_on', 'timetable'];
const DESCRIPTION =
  'baggage_rules (checked bags, bag fees), check_in (boarding times), carry_on (hand luggage), timetable (sailing times).';
const topic = (said: string) => matchEnum(prepareUtterance(said), TOPICS, DESCRIPTION)?.value;

describe('a topic named by one word of its name', () => {
  it('is not the topic when another topic’s own words share that word', () => {
    expect(topic('how many bags can i check')).toBe('baggage_rules');
  });

  it('is never named by a particle alone, only beside the value’s other word', () => {
    expect(topic("i'm on a foot passenger ticket, what are my options")).not.toBe('carry_on');
    const move = (said: string) => matchEnum(prepareUtterance(said), ['move_in', 'move_out'])?.value;
    expect(move('we moved out yesterday')).toBe('move_out');
  });

  it('is still named by a word only it has', () => {
    expect(topic('is the carry allowance big')).toBe('carry_on');
  });
});
