import { AudioFrame } from '@livekit/rtc-node';

/** Duration of a frame in milliseconds. */
export function frameDurationMs(frame: AudioFrame): number {
  return (frame.samplesPerChannel / frame.sampleRate) * 1000;
}

/** Root-mean-square level of 16-bit samples, 0..32767. */
export function rms(samples: Int16Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const s of samples) sum += s * s;
  return Math.sqrt(sum / samples.length);
}

/** Total duration of frames in milliseconds. */
export function totalDurationMs(frames: readonly AudioFrame[]): number {
  return frames.reduce((ms, f) => ms + frameDurationMs(f), 0);
}

/** Concatenates mono/multichannel frames of one format into a single sample array. */
export function concatSamples(frames: readonly AudioFrame[]): Int16Array {
  const out = new Int16Array(frames.reduce((n, f) => n + f.data.length, 0));
  let offset = 0;
  for (const f of frames) {
    out.set(f.data, offset);
    offset += f.data.length;
  }
  return out;
}

/**
 * Cuts a byte stream of little-endian 16-bit PCM into fixed-size AudioFrames.
 * Why not the framework's AudioByteStream: it re-copies its whole buffer with array spreads
 * on every write, and chunks from a pipe may split a sample across two reads.
 */
export class PcmFramer {
  readonly #sampleRate: number;
  readonly #channels: number;
  readonly #frameBytes: number;
  #pending: Buffer = Buffer.alloc(0);

  constructor(sampleRate: number, channels: number, frameMs: number) {
    this.#sampleRate = sampleRate;
    this.#channels = channels;
    const samplesPerChannel = Math.max(1, Math.round((sampleRate * frameMs) / 1000));
    this.#frameBytes = samplesPerChannel * channels * 2;
  }

  /** Appends bytes and returns every whole frame now available. */
  write(chunk: Buffer): AudioFrame[] {
    const buf = this.#pending.length ? Buffer.concat([this.#pending, chunk]) : chunk;
    const frames: AudioFrame[] = [];
    let offset = 0;
    while (buf.length - offset >= this.#frameBytes) {
      frames.push(this.#toFrame(buf.subarray(offset, offset + this.#frameBytes)));
      offset += this.#frameBytes;
    }
    this.#pending = Buffer.from(buf.subarray(offset));
    return frames;
  }

  /** Returns the remaining whole samples as a shorter final frame, if any. */
  flush(): AudioFrame[] {
    const sampleBytes = this.#channels * 2;
    const usable = this.#pending.length - (this.#pending.length % sampleBytes);
    const rest = this.#pending.subarray(0, usable);
    this.#pending = Buffer.alloc(0);
    return rest.length ? [this.#toFrame(rest)] : [];
  }

  #toFrame(bytes: Buffer): AudioFrame {
    // Copy into a fresh aligned buffer: pipe chunks may start at odd offsets.
    const samples = new Int16Array(bytes.length / 2);
    for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(i * 2);
    return new AudioFrame(samples, this.#sampleRate, this.#channels, samples.length / this.#channels);
  }
}

/** Splits a sample array into frames of `frameMs`; the last frame may be shorter. */
export function framesFromSamples(
  samples: Int16Array,
  sampleRate: number,
  frameMs: number,
  channels = 1,
): AudioFrame[] {
  const step = Math.max(1, Math.round((sampleRate * frameMs) / 1000)) * channels;
  const frames: AudioFrame[] = [];
  for (let i = 0; i < samples.length; i += step) {
    const data = samples.slice(i, i + step);
    frames.push(new AudioFrame(data, sampleRate, channels, data.length / channels));
  }
  return frames;
}

/**
 * Returns the samples with leading and trailing quiet removed (mono).
 * Used to know exactly where synthesized caller speech ends, for latency measurements.
 */
export function trimSilence(samples: Int16Array, sampleRate: number, threshold = 300): Int16Array {
  const win = Math.max(1, Math.round(sampleRate / 100)); // 10 ms windows
  const loud = (start: number) => rms(samples.subarray(start, start + win)) > threshold;
  let first = 0;
  while (first < samples.length && !loud(first)) first += win;
  let last = samples.length - win;
  while (last > first && !loud(last)) last -= win;
  return first >= samples.length ? new Int16Array(0) : samples.slice(first, last + win);
}
