import { AudioFrame } from '@livekit/rtc-node';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWav } from './wav_reader.js';
import { WavFileOutput } from './wav_file_output.js';
import { WavWriter } from './wav_writer.js';

const dir = mkdtempSync(join(tmpdir(), 'switchboard-wav-'));

function tone(ms: number, rate = 22050): AudioFrame {
  const n = Math.round((rate * ms) / 1000);
  const data = new Int16Array(n).map((_, i) => Math.round(10000 * Math.sin(i / 5)));
  return new AudioFrame(data, rate, 1, n);
}

describe('WavWriter', () => {
  it('finalises a header that sox reads back with the right format and length', async () => {
    const path = join(dir, 'tone.wav');
    const writer = await WavWriter.create(path, 22050);
    for (let i = 0; i < 50; i++) void writer.writeFrame(tone(20)); // unawaited writes stay ordered
    await writer.close();

    const bytes = readFileSync(path);
    expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8); // RIFF size
    expect(bytes.readUInt32LE(40)).toBe(bytes.length - 44); // data size
    expect(execFileSync('soxi', ['-r', path]).toString().trim()).toBe('22050');
    expect(execFileSync('soxi', ['-c', path]).toString().trim()).toBe('1');
    expect(execFileSync('soxi', ['-s', path]).toString().trim()).toBe(String(50 * 441));

    const wav = readWav(bytes);
    expect(wav.samples.length).toBe(50 * 441);
    expect(Array.from(wav.samples.subarray(0, 441))).toEqual(Array.from(tone(20).data));
  });

  it('rejects frames in another format instead of corrupting the file', async () => {
    const writer = await WavWriter.create(join(dir, 'mismatch.wav'), 22050);
    await expect(writer.writeFrame(tone(20, 16000))).rejects.toThrow(/resample/);
    await writer.close();
  });

  it('says which path cannot be written', async () => {
    await expect(WavWriter.create(join(dir, 'missing-dir', 'x.wav'), 22050)).rejects.toThrow(
      /missing-dir.*writable path/,
    );
  });
});

describe('WavFileOutput', () => {
  it('records a played reply in full', async () => {
    const path = join(dir, 'reply.wav');
    const out = await WavFileOutput.create(path, { realtime: false });
    for (let i = 0; i < 25; i++) await out.captureFrame(tone(20));
    out.flush();
    await out.waitForPlayout();
    await out.close();
    expect(execFileSync('soxi', ['-s', path]).toString().trim()).toBe(String(25 * 441));
  });

  it('keeps only what was heard of an interrupted reply', async () => {
    const path = join(dir, 'interrupted.wav');
    const out = await WavFileOutput.create(path, { realtime: true });
    for (let i = 0; i < 100; i++) await out.captureFrame(tone(20)); // 2 s
    const playout = out.waitForPlayout();
    out.clearBuffer();
    const ev = await playout;
    await out.close();
    const samples = readWav(readFileSync(path)).samples.length;
    expect(ev.interrupted).toBe(true);
    expect(samples).toBeLessThan(100 * 441);
    expect(Math.abs(samples - ev.playbackPosition * 22050)).toBeLessThanOrEqual(1);
  });
});
