import { describe, expect, it } from 'vitest';
import { PcmFramer, framesFromSamples, trimSilence } from './pcm.js';

describe('PcmFramer', () => {
  it('reassembles samples split across odd-sized chunks into whole frames', () => {
    const samples = Int16Array.from({ length: 1000 }, (_, i) => i - 500);
    const bytes = Buffer.from(samples.buffer);
    const framer = new PcmFramer(22050, 1, 20); // 441 samples per frame
    const frames = [...framer.write(bytes.subarray(0, 333)), ...framer.write(bytes.subarray(333)), ...framer.flush()];
    expect(frames.map((f) => f.samplesPerChannel)).toEqual([441, 441, 118]);
    expect(frames.flatMap((f) => Array.from(f.data))).toEqual(Array.from(samples));
  });
});

describe('trimSilence', () => {
  it('cuts leading and trailing quiet but keeps the speech', () => {
    const rate = 16000;
    const loud = Int16Array.from({ length: rate / 2 }, (_, i) => (i % 2 ? 5000 : -5000));
    const padded = new Int16Array([...new Int16Array(rate), ...loud, ...new Int16Array(rate)]);
    const trimmed = trimSilence(padded, rate);
    expect(trimmed.length).toBeGreaterThanOrEqual(loud.length);
    expect(trimmed.length).toBeLessThanOrEqual(loud.length + rate / 50);
  });
});

describe('framesFromSamples', () => {
  it('frames by duration with a shorter tail', () => {
    const frames = framesFromSamples(new Int16Array(1000), 16000, 20);
    expect(frames.map((f) => f.samplesPerChannel)).toEqual([320, 320, 320, 40]);
  });
});
