import { VADEventType } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { synthesizeUtterance } from './caller_speech.js';
import { framesFromSamples, totalDurationMs } from './pcm.js';
import { loadVad } from './vad.js';

describe('loadVad', () => {
  it('loads the bundled Silero model offline and finds one utterance in synthesized speech', async () => {
    const vad = await loadVad({ minSilenceDuration: 300 });
    const { samples, sampleRate } = await synthesizeUtterance('Hello I would like to pay my bill');
    const silence = new Int16Array(sampleRate); // 1 s, enough to close the utterance
    const stream = vad.stream();
    for (const frame of framesFromSamples(new Int16Array([...silence, ...samples, ...silence]), sampleRate, 20)) {
      stream.pushFrame(frame);
    }
    // No endInput(): in agents 1.9 it throws (the input writable is locked by its own writer).
    // The trailing second of silence must produce END_OF_SPEECH; then we stop reading.
    const events: VADEventType[] = [];
    let speechMs = 0;
    for await (const ev of stream) {
      if (ev.type === VADEventType.INFERENCE_DONE) continue;
      events.push(ev.type);
      if (ev.type === VADEventType.END_OF_SPEECH) {
        // The speech buffer, not ev.speechDuration: Silero zeroes that field before sending END_OF_SPEECH.
        speechMs = totalDurationMs(ev.frames);
        break;
      }
    }
    stream.close();
    expect(events).toEqual([VADEventType.START_OF_SPEECH, VADEventType.END_OF_SPEECH]);
    const spokenMs = (samples.length / sampleRate) * 1000;
    expect(speechMs).toBeGreaterThan(spokenMs * 0.7);
  }, 20_000);
});
