import type { AudioFrame } from '@livekit/rtc-node';
import { type FileHandle, open } from 'node:fs/promises';

export const WAV_HEADER_BYTES = 44;

/** Canonical 44-byte PCM WAV header. */
export function wavHeader(sampleRate: number, channels: number, dataBytes: number): Buffer {
  const h = Buffer.alloc(WAV_HEADER_BYTES);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write('WAVE', 8, 'ascii');
  h.write('fmt ', 12, 'ascii');
  h.writeUInt32LE(16, 16); // fmt chunk size
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(channels, 22);
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * channels * 2, 28); // byte rate
  h.writeUInt16LE(channels * 2, 32); // block align
  h.writeUInt16LE(16, 34); // bits per sample
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

function toBytes(samples: Int16Array): Buffer {
  // WAV is little-endian; so is every platform Node ships on, but be explicit about it.
  const buf = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i++) buf.writeInt16LE(samples[i]!, i * 2);
  return buf;
}

/**
 * Streams 16-bit PCM into a WAV file. The header is written with zero sizes first and
 * rewritten with the real sizes on close(), so an unclosed file is still readable by most tools.
 * Writes are serialised internally; callers need not await each one.
 */
export class WavWriter {
  readonly path: string;
  readonly sampleRate: number;
  readonly channels: number;
  #file: Promise<FileHandle>;
  #chain: Promise<void>;
  #dataBytes = 0;
  #closed = false;

  constructor(path: string, sampleRate: number, channels = 1) {
    this.path = path;
    this.sampleRate = sampleRate;
    this.channels = channels;
    this.#file = open(path, 'w');
    this.#chain = this.#track(
      this.#file.then((f) => f.write(wavHeader(sampleRate, channels, 0), 0, WAV_HEADER_BYTES, 0)),
    );
  }

  /** Opens the file and writes the provisional header, surfacing path errors right away. */
  static async create(path: string, sampleRate: number, channels = 1): Promise<WavWriter> {
    const writer = new WavWriter(path, sampleRate, channels);
    try {
      await writer.#chain;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Cannot write the recording to ${path} (${reason}). Choose a writable path.`, {
        cause: error,
      });
    }
    return writer;
  }

  // Keeps the write chain ordered while marking it handled: failures surface to whoever awaits.
  #track(p: Promise<unknown>): Promise<void> {
    const chained = p.then(() => {});
    chained.catch(() => {});
    return chained;
  }

  /** Seconds of audio written so far. */
  get durationS(): number {
    return this.#dataBytes / (2 * this.channels * this.sampleRate);
  }

  /** Appends samples (interleaved if multichannel). */
  writeSamples(samples: Int16Array): Promise<void> {
    if (this.#closed) return Promise.reject(new Error(`WAV file ${this.path} is already closed.`));
    const bytes = toBytes(samples);
    const position = WAV_HEADER_BYTES + this.#dataBytes;
    this.#dataBytes += bytes.length;
    this.#chain = this.#track(
      this.#chain.then(async () => {
        const f = await this.#file;
        await f.write(bytes, 0, bytes.length, position);
      }),
    );
    return this.#chain;
  }

  /** Appends a frame; it must match the writer's sample rate and channel count. */
  writeFrame(frame: AudioFrame): Promise<void> {
    if (frame.sampleRate !== this.sampleRate || frame.channels !== this.channels) {
      return Promise.reject(
        new Error(
          `Frame format ${frame.sampleRate} Hz/${frame.channels} ch does not match the WAV file ` +
            `(${this.sampleRate} Hz/${this.channels} ch); resample before writing.`,
        ),
      );
    }
    return this.writeSamples(frame.data.subarray(0, frame.samplesPerChannel * frame.channels));
  }

  /** Appends `ms` of silence. */
  writeSilence(ms: number): Promise<void> {
    const samples = Math.round((ms / 1000) * this.sampleRate) * this.channels;
    return this.writeSamples(new Int16Array(samples));
  }

  /** Finalises the header with the real sizes and closes the file. Idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return this.#chain;
    this.#closed = true;
    const previous = this.#chain;
    this.#chain = this.#track(
      (async () => {
        const f = await this.#file;
        // Close the handle even when an earlier write failed; report that failure afterwards.
        const failure = await previous.then(
          () => undefined,
          (error: unknown) => ({ error }),
        );
        try {
          if (!failure) {
            await f.write(wavHeader(this.sampleRate, this.channels, this.#dataBytes), 0, WAV_HEADER_BYTES, 0);
          }
        } finally {
          await f.close();
        }
        if (failure) throw failure.error;
      })(),
    );
    return this.#chain;
  }
}
