import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import {
  FINISHED_PROBABILITY,
  TRANSCRIPT_UNLIKELY_THRESHOLD,
  TranscriptTurnDetector,
  currentUserTurn,
  endOfTurnProbability,
} from './transcript_turn_detector.js';

// Where people pause mid-sentence: the detector must say "not finished" so the agent waits.
const UNFINISHED = [
  'my phone number is',
  'my number is four one five',
  'you can reach me on 415 555',
  'call me back on four one five five five five',
  'I would like to book an appointment for',
  'I want two pizzas and',
  'the problem is that',
  'I need help with',
  'can you um',
  'I was wondering if',
  'my email is',
  'my name is',
  'it is called',
  'so',
  'and the',
  'I want to cancel my',
  'the thing is, ',
  'well I was going to…',
  'my account number is four zero',
  'we are a team of about twenty and',
  'could you check whether',
  "I'd like to",
];

// Finished turns, including ones that end on a word that often continues.
const FINISHED = [
  'Hello I need help with my bill',
  'what time do you open tomorrow',
  'my phone number is four one five five five five zero one three four',
  'my order number is four oh one two',
  'order 4012',
  'yes',
  'no',
  'that',
  'this one',
  "that's all",
  "that's it, thanks",
  'thank you bye',
  'Dana Whitfield',
  'my name is Dana Whitfield',
  'I want two pizzas and a caesar salad',
  'book me for next Tuesday afternoon',
  'can you check my order status?',
  'the internet is down.',
  'the eleven o clock one',
  'my email is dana dot whitfield at example dot com',
  // Sentences that end on the thing asked about, not on a lead-in to its value.
  'I would like to change my address',
  'can I update my email',
  'I lost my card number',
  'what is your phone number',
  '',
];

describe('endOfTurnProbability', () => {
  it.each(UNFINISHED)('"%s" is not finished', (text) => {
    expect(endOfTurnProbability(text)).toBeLessThan(TRANSCRIPT_UNLIKELY_THRESHOLD);
  });
  it.each(FINISHED)('"%s" is finished', (text) => {
    expect(endOfTurnProbability(text)).toBeGreaterThanOrEqual(TRANSCRIPT_UNLIKELY_THRESHOLD);
  });
});

describe('TranscriptTurnDetector', () => {
  it('scores the caller words since the agent last spoke', async () => {
    const ctx = llm.ChatContext.empty();
    ctx.addMessage({ role: 'user', content: 'hi there' });
    ctx.addMessage({ role: 'assistant', content: 'How can I help?' });
    ctx.addMessage({ role: 'user', content: 'my phone number is' });
    expect(currentUserTurn(ctx)).toBe('my phone number is');
    const detector = new TranscriptTurnDetector();
    expect(await detector.predictEndOfTurn(ctx)).toBeLessThan(TRANSCRIPT_UNLIKELY_THRESHOLD);
    ctx.addMessage({ role: 'user', content: 'four one five five five five zero one three four' });
    expect(await detector.predictEndOfTurn(ctx)).toBe(FINISHED_PROBABILITY);
  });

  it('answers only for English, so other languages get the short delay', async () => {
    const detector = new TranscriptTurnDetector();
    expect(await detector.supportsLanguage('en' as never)).toBe(true);
    expect(await detector.supportsLanguage('en-US' as never)).toBe(true);
    expect(await detector.supportsLanguage(undefined)).toBe(true);
    expect(await detector.supportsLanguage('fr' as never)).toBe(false);
    expect(await detector.unlikelyThreshold('de' as never)).toBeUndefined();
  });

  it('copes with garbage text', () => {
    for (const text of ['\u0000\u0007', '🙂🙂', 'a'.repeat(20_000), '   ', '....', '1234567890123456789']) {
      const p = endOfTurnProbability(text);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });
});
