// A caller who pauses mid-sentence ("my email is … dana dot whitfield at example dot com") over
// the real audio path: espeak-ng speech → Silero VAD → scripted STT → end-of-turn decision → reply.
// The default turn-taking waits for the rest; VAD-only (the earlier default) answers into the pause.
import { initializeLogger } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { type PausedLine, TURN_TAKING_DEFAULTS, benchSpeech, isEspeakAvailable } from '../src/speech/index.js';

initializeLogger({ pretty: false, level: 'silent' });

const PAUSED: PausedLine[] = [
  { parts: ['My email is', 'dana dot whitfield at example dot com'], pauseMs: 700 },
  { parts: ['You can call me back on four one five', 'five five five zero one three four'], pauseMs: 600 },
];

describe.skipIf(!isEspeakAvailable())('a caller pausing mid-sentence', () => {
  it('is not cut off with the default (transcript) turn detection, and is answered after the last word', async () => {
    const result = await benchSpeech({ turns: 1, pausedLines: PAUSED, turnTaking: TURN_TAKING_DEFAULTS.transcript });
    expect(result.pausedDetail.filter((d) => d.cutIn)).toEqual([]);
    expect(result.falseCutInRate).toBe(0);
    expect(result.missedTurns).toBe(0);
    expect(result.turns).toBe(3); // the complete line and both paused lines got a reply
  }, 90_000);

  it('is cut off by VAD-only turn detection at its usual settings (the trade-off the default fixes)', async () => {
    const result = await benchSpeech({
      turns: 0,
      pausedLines: PAUSED,
      turnTaking: TURN_TAKING_DEFAULTS.vad,
      turnTimeoutMs: 4000,
    });
    expect(result.falseCutInRate).toBe(1);
  }, 90_000);
});
