import { initializeLogger } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { benchSpeech } from './bench_speech.js';

initializeLogger({ pretty: false, level: 'silent' });

// A smoke test only: the latency targets live in bench/run.ts, not in tests.
describe('benchSpeech', () => {
  it('measures every turn it plays', async () => {
    const result = await benchSpeech({ turns: 2 });
    expect(result.turns).toBe(2);
    expect(result.missedTurns).toBe(0);
    for (const value of [result.voiceReplyMsMedian, result.speechEndToAudioMsMedian, result.ttsFirstFrameMsMedian]) {
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
    }
    // Speech end → audio includes the endpointing silence, so it cannot be shorter than it.
    expect(result.speechEndToAudioMsMedian).toBeGreaterThan(result.settings.minEndpointingDelayMs);
  }, 60_000);
});
