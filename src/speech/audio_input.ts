import { voice } from '@livekit/agents';
import { AudioFrame, AudioResampler } from '@livekit/rtc-node';
import { ReadableStream } from 'node:stream/web';
import { concatSamples, framesFromSamples, frameDurationMs } from './pcm.js';
import { readWav } from './wav_reader.js';

export interface PcmAudioInputOptions {
  /** Rate of the frames handed to the session (default 16000, what VAD and STT use). */
  sampleRate?: number;
  /** Frame length in ms (default 20, like a WebRTC microphone track). */
  frameMs?: number;
  /** Playback speed: 1 = real time (default); 4 = four times faster. */
  speed?: number;
  /**
   * true (default): send silence whenever nothing is queued, like an open microphone.
   * VAD needs that trailing silence to notice the caller stopped talking.
   */
  idleSilence?: boolean;
}

/** Wall-clock times (Date.now()) at which pushed audio reached the session. */
export interface DeliveredAudio {
  startedAt: number;
  endedAt: number;
}

interface Chunk {
  frames: AudioFrame[];
  next: number;
  startedAt?: number;
  resolve: (d: DeliveredAudio) => void;
}

// Lets an idle clock catch up a little after a stall, but never burst stale audio.
const MAX_CATCH_UP_MS = 100;

/**
 * An AudioInput fed from PCM buffers instead of a room: tests, benchmarks and simulations
 * push synthesized caller speech and it reaches the AgentSession paced like a live microphone.
 */
export class PcmAudioInput extends voice.AudioInput {
  readonly sampleRate: number;
  readonly frameMs: number;
  readonly #speed: number;
  readonly #idleSilence: boolean;
  #queue: Chunk[] = [];
  #clock: number | undefined;
  #closed = false;
  #wake: (() => void) | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(options: PcmAudioInputOptions = {}) {
    super();
    this.sampleRate = options.sampleRate ?? 16000;
    this.frameMs = options.frameMs ?? 20;
    this.#speed = options.speed ?? 1;
    this.#idleSilence = options.idleSilence ?? true;
    if (!(this.#speed > 0 && Number.isFinite(this.#speed))) {
      throw new Error('PcmAudioInput speed must be a positive finite number (1 = real time).');
    }
    // Pull-based: a frame is produced only when the session reads, so nothing piles up
    // before the session starts listening.
    this.multiStream.addInputStream(
      new ReadableStream<AudioFrame>({ pull: (c) => this.#pull(c) }, { highWaterMark: 0 }),
    );
  }

  /** Queues mono samples at `sampleRate`; resolves when the last of them reached the session. */
  push(samples: Int16Array, sampleRate: number): Promise<DeliveredAudio> {
    return this.pushFrames(framesFromSamples(samples, sampleRate, this.frameMs));
  }

  /** Queues frames (mono, any rate: they are resampled to the input's rate). */
  pushFrames(frames: readonly AudioFrame[]): Promise<DeliveredAudio> {
    if (this.#closed) return Promise.reject(new Error('PcmAudioInput is closed.'));
    const samples = this.#resample(frames);
    const chunk = framesFromSamples(samples, this.sampleRate, this.frameMs);
    if (chunk.length === 0) {
      const now = Date.now();
      return Promise.resolve({ startedAt: now, endedAt: now });
    }
    return new Promise((resolve) => {
      this.#queue.push({ frames: chunk, next: 0, resolve });
      this.#wake?.();
    });
  }

  /** Queues a mono 16-bit WAV file's contents. */
  pushWav(bytes: Uint8Array): Promise<DeliveredAudio> {
    const wav = readWav(bytes);
    if (wav.channels !== 1) return Promise.reject(new Error('PcmAudioInput takes mono WAV audio only.'));
    return this.push(wav.samples, wav.sampleRate);
  }

  /** Queues `ms` of silence (useful with idleSilence: false). */
  pushSilence(ms: number): Promise<DeliveredAudio> {
    return this.push(new Int16Array(Math.round((ms / 1000) * this.sampleRate)), this.sampleRate);
  }

  /** Milliseconds of pushed audio not yet delivered. */
  get queuedMs(): number {
    let ms = 0;
    for (const c of this.#queue) for (const f of c.frames.slice(c.next)) ms += frameDurationMs(f);
    return ms;
  }

  override async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#wake?.();
    const now = Date.now();
    for (const c of this.#queue) c.resolve({ startedAt: c.startedAt ?? now, endedAt: now });
    this.#queue = [];
    await super.close();
  }

  #resample(frames: readonly AudioFrame[]): Int16Array {
    const out: AudioFrame[] = [];
    let resampler: AudioResampler | undefined;
    for (const f of frames) {
      if (f.channels !== 1) throw new Error('PcmAudioInput takes mono audio only.');
      if (f.sampleRate === this.sampleRate) {
        out.push(f);
        continue;
      }
      resampler ??= new AudioResampler(f.sampleRate, this.sampleRate, 1);
      out.push(...resampler.push(f));
    }
    if (resampler) {
      out.push(...resampler.flush());
      resampler.close();
    }
    return concatSamples(out);
  }

  async #pull(controller: ReadableStreamDefaultController<AudioFrame>): Promise<void> {
    if (this.#closed) return controller.close();
    if (!this.#idleSilence && this.#queue.length === 0) {
      await new Promise<void>((resolve) => (this.#wake = resolve));
      this.#wake = undefined;
      this.#clock = undefined; // resume pacing from now, not from before the pause
      if (this.#closed) return controller.close();
    }

    const now = Date.now();
    const due = Math.max(this.#clock ?? now, now - MAX_CATCH_UP_MS);
    if (due > now) {
      await new Promise<void>((resolve) => (this.#timer = setTimeout(resolve, due - now)));
      if (this.#closed) return controller.close();
    }

    const chunk = this.#queue[0];
    const frame = chunk?.frames[chunk.next] ?? this.#silence();
    controller.enqueue(frame);
    this.#clock = due + frameDurationMs(frame) / this.#speed;

    if (chunk) {
      const at = Date.now();
      chunk.startedAt ??= at;
      chunk.next++;
      if (chunk.next === chunk.frames.length) {
        this.#queue.shift();
        chunk.resolve({ startedAt: chunk.startedAt, endedAt: at });
      }
    }
  }

  #silence(): AudioFrame {
    const n = Math.round((this.sampleRate * this.frameMs) / 1000);
    return new AudioFrame(new Int16Array(n), this.sampleRate, 1, n);
  }
}
