import type { AudioFrame } from '@livekit/rtc-node';
import { describe, expect, it } from 'vitest';
import { PcmAudioInput } from './audio_input.js';
import { rms } from './pcm.js';
import { wavHeader } from './wav_writer.js';

function sine(ms: number, rate: number): Int16Array {
  const n = Math.round((rate * ms) / 1000);
  return new Int16Array(n).map((_, i) => Math.round(10000 * Math.sin((2 * Math.PI * 440 * i) / rate)));
}

async function read(input: PcmAudioInput, count: number): Promise<AudioFrame[]> {
  const reader = input.stream.getReader();
  const frames: AudioFrame[] = [];
  for (let i = 0; i < count; i++) {
    const { value, done } = await reader.read();
    if (done) break;
    frames.push(value);
  }
  reader.releaseLock();
  return frames;
}

describe('PcmAudioInput', () => {
  it('sends silence while idle and the pushed audio, resampled, in between', async () => {
    const input = new PcmAudioInput({ speed: 20 });
    const before = await read(input, 3);
    const delivered = input.push(sine(200, 22050), 22050);
    const during = await read(input, 12);
    const { startedAt, endedAt } = await delivered;

    expect(before.every((f) => rms(f.data) === 0)).toBe(true);
    expect(during.every((f) => f.sampleRate === 16000 && f.samplesPerChannel === 320)).toBe(true);
    const loud = during.filter((f) => rms(f.data) > 1000).length;
    expect(loud).toBeGreaterThanOrEqual(9); // 200 ms = 10 frames of 20 ms, give or take resampler edges
    expect(loud).toBeLessThanOrEqual(11);
    expect(rms(during[during.length - 1]!.data)).toBe(0); // back to idle silence
    expect(endedAt).toBeGreaterThanOrEqual(startedAt);
    await input.close();
  });

  it('stays quiet without idle silence until audio is pushed', async () => {
    const input = new PcmAudioInput({ idleSilence: false, speed: 20 });
    const reader = input.stream.getReader();
    let got = false;
    const pending = reader.read().then((r) => ((got = true), r));
    await new Promise((r) => setTimeout(r, 50));
    expect(got).toBe(false);
    void input.push(sine(20, 16000), 16000);
    const { value } = await pending;
    expect(rms(value!.data)).toBeGreaterThan(1000);
    reader.releaseLock();
    await input.close();
  });

  it('takes WAV files', async () => {
    const input = new PcmAudioInput({ speed: 20 });
    const pcm = sine(40, 16000);
    const wav = Buffer.concat([wavHeader(16000, 1, pcm.length * 2), Buffer.from(pcm.buffer)]);
    const delivered = input.pushWav(wav);
    const frames = await read(input, 2);
    await delivered;
    expect(Array.from(frames[0]!.data)).toEqual(Array.from(pcm.subarray(0, 320)));
    await input.close();
  });

  it('rejects a speed that cannot pace audio', () => {
    expect(() => new PcmAudioInput({ speed: 0 })).toThrow(/positive finite/);
  });
});
