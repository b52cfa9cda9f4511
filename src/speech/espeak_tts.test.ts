import { initializeLogger, tts } from '@livekit/agents';
import type { AudioFrame } from '@livekit/rtc-node';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EspeakFailedError, EspeakNotFoundError, isEspeakAvailable } from './espeak_process.js';
import { EspeakTTS } from './espeak_tts.js';
import { concatSamples, rms, totalDurationMs } from './pcm.js';

initializeLogger({ pretty: false, level: 'silent' });

/** Process state letter from /proc (R, S, Z...), or undefined once the process is reaped. */
function processState(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
  } catch {
    return undefined;
  }
}

async function waitUntilGone(pid: number): Promise<void> {
  for (let i = 0; i < 500 && processState(pid) !== undefined; i++) await new Promise((r) => setTimeout(r, 10));
}

// Not ChunkedStream.collect(): the framework's mergeFrames re-copies the whole buffer per frame
// (seconds for a sentence).
async function collect(stream: AsyncIterable<tts.SynthesizedAudio>): Promise<AudioFrame[]> {
  const frames: AudioFrame[] = [];
  for await (const audio of stream) frames.push(audio.frame);
  return frames;
}

const SENTENCE = 'The quick brown fox jumps over the lazy dog near the quiet river bank.';

describe('EspeakTTS', () => {
  it('requires espeak-ng on this machine (apt-get install espeak-ng)', () => {
    expect(isEspeakAvailable()).toBe(true);
  });

  it('synthesizes non-silent 22050 Hz mono audio of plausible length', async () => {
    const frames = [];
    let finals = 0;
    for await (const audio of new EspeakTTS().synthesize(SENTENCE)) {
      frames.push(audio.frame);
      if (audio.final) finals++;
    }
    expect(frames.every((f) => f.sampleRate === 22050 && f.channels === 1)).toBe(true);
    // 14 words at 175 words/min is ~4.8 s; espeak adds pauses, so accept a wide band.
    const seconds = totalDurationMs(frames) / 1000;
    expect(seconds).toBeGreaterThan(2.5);
    expect(seconds).toBeLessThan(9);
    expect(rms(concatSamples(frames))).toBeGreaterThan(500);
    expect(finals).toBe(1);
  });

  it('speaks faster when the rate option is higher', async () => {
    const slow = totalDurationMs(await collect(new EspeakTTS({ rate: 120 }).synthesize(SENTENCE)));
    const fast = totalDurationMs(await collect(new EspeakTTS({ rate: 300 }).synthesize(SENTENCE)));
    expect(fast).toBeLessThan(slow * 0.7);
  });

  it('delivers the first frame while espeak-ng is still synthesizing', async () => {
    const pids: number[] = [];
    const long = Array.from({ length: 200 }, () => SENTENCE).join(' ');
    const stream = new EspeakTTS({ onSpawn: (pid) => pids.push(pid) }).synthesize(long);
    const first = await stream.next();
    expect(first.done).toBe(false);
    // The synthesizer is still running (not exited, not a zombie) when audio already flows.
    const state = processState(pids[0]!);
    expect(state).toBeDefined();
    expect(state).not.toBe('Z');
    stream.close();
    await waitUntilGone(pids[0]!);
  });

  it('kills the espeak-ng process when the stream is closed mid-sentence, leaving no zombie', async () => {
    const pids: number[] = [];
    const long = Array.from({ length: 200 }, () => SENTENCE).join(' ');
    const stream = new EspeakTTS({ onSpawn: (pid) => pids.push(pid) }).synthesize(long);
    await stream.next();
    stream.close();
    await waitUntilGone(pids[0]!);
    expect(processState(pids[0]!)).toBeUndefined();
  });

  it('kills in-flight synthesis on tts.close() and stays usable afterwards', async () => {
    const pids: number[] = [];
    const engine = new EspeakTTS({ onSpawn: (pid) => pids.push(pid) });
    const stream = engine.stream();
    stream.pushText(Array.from({ length: 200 }, () => SENTENCE).join(' '));
    stream.endInput();
    await stream.next();
    await engine.close();
    await waitUntilGone(pids[0]!);
    expect(processState(pids[0]!)).toBeUndefined();
    const again = await collect(engine.synthesize('Still working.'));
    expect(again.length).toBeGreaterThan(0);
  });

  it('streams sentence by sentence with aligned sentence transcripts and one end marker', async () => {
    const stream = new EspeakTTS().stream();
    stream.pushText('Hello there, this is the first sentence. ');
    stream.pushText('And this is the second one that follows.');
    stream.endInput();
    const texts: string[] = [];
    let frames = 0;
    let finals = 0;
    let ends = 0;
    for await (const item of stream) {
      if (item === tts.SynthesizeStream.END_OF_STREAM) {
        ends++;
        continue;
      }
      frames++;
      if (item.final) finals++;
      for (const t of item.timedTranscripts ?? []) texts.push(t.text.trim());
    }
    expect(texts).toEqual(['Hello there, this is the first sentence.', 'And this is the second one that follows.']);
    expect(frames).toBeGreaterThan(50);
    expect(finals).toBe(1);
    expect(ends).toBe(1);
  });

  it('speaks text that starts with a dash instead of reading it as an option', async () => {
    const frames = await collect(new EspeakTTS().synthesize('-v nonsense voice'));
    expect(rms(concatSamples(frames))).toBeGreaterThan(500);
  });

  it('fails with an install hint when the binary is missing', async () => {
    const engine = new EspeakTTS({ binaryPath: '/nonexistent/espeak-ng' });
    const events: Error[] = [];
    engine.on('error', (e) => events.push(e.error));
    const failure = collect(engine.synthesize('Hello.'));
    await expect(failure).rejects.toBeInstanceOf(EspeakNotFoundError);
    await expect(failure).rejects.toThrow(/apt-get install espeak-ng/);
    expect(events[0]).toBeInstanceOf(EspeakNotFoundError);
    expect(isEspeakAvailable('/nonexistent/espeak-ng')).toBe(false);
  });

  it('reports a missing binary from stream() through the error event', async () => {
    const engine = new EspeakTTS({ binaryPath: '/nonexistent/espeak-ng' });
    const events: Error[] = [];
    engine.on('error', (e) => events.push(e.error));
    const stream = engine.stream();
    stream.pushText('Hello there.');
    stream.endInput();
    for await (const _ of stream) {
      // drains until the stream closes
    }
    expect(events[0]).toBeInstanceOf(EspeakNotFoundError);
  });

  it('explains an unknown voice', async () => {
    const failure = collect(new EspeakTTS({ voice: 'nosuchvoice' }).synthesize('Hi.'));
    await expect(failure).rejects.toBeInstanceOf(EspeakFailedError);
    await expect(failure).rejects.toThrow(/voice does not exist.*espeak-ng --voices/);
  });
});
