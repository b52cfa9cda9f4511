import { AudioFrame } from '@livekit/rtc-node';
import { ESPEAK_SAMPLE_RATE } from './espeak_process.js';
import { frameDurationMs } from './pcm.js';
import { type PlayoutOptions, PlayoutAudioOutput } from './playout_output.js';
import { WavWriter } from './wav_writer.js';

/** Keeps the first `ms` of a segment: what the listener heard before an interruption. */
export function playedPortion(frames: readonly AudioFrame[], ms: number): AudioFrame[] {
  const out: AudioFrame[] = [];
  let left = ms;
  for (const frame of frames) {
    if (left <= 0) break;
    const dur = frameDurationMs(frame);
    if (dur <= left) {
      out.push(frame);
    } else {
      const keep = Math.floor((left / 1000) * frame.sampleRate);
      if (keep > 0) {
        const data = frame.data.slice(0, keep * frame.channels);
        out.push(new AudioFrame(data, frame.sampleRate, frame.channels, keep));
      }
    }
    left -= dur;
  }
  return out;
}

export interface WavFileOutputOptions extends PlayoutOptions {
  /** Sample rate of the file (default 22050, espeak-ng's native rate; other TTS get resampled). */
  sampleRate?: number;
}

/**
 * Writes the agent's voice to a WAV file, e.g. for `console --record FILE.wav`.
 * Only audio the listener actually heard is kept: an interrupted reply is cut where playback
 * stopped. Call close() to finalise the header.
 */
export class WavFileOutput extends PlayoutAudioOutput {
  readonly writer: WavWriter;

  constructor(pathOrWriter: string | WavWriter, options: WavFileOutputOptions = {}) {
    const sampleRate =
      typeof pathOrWriter === 'string' ? (options.sampleRate ?? ESPEAK_SAMPLE_RATE) : pathOrWriter.sampleRate;
    super({ ...options, sampleRate });
    this.writer = typeof pathOrWriter === 'string' ? new WavWriter(pathOrWriter, sampleRate) : pathOrWriter;
  }

  /** Opens the file first, so an unwritable path fails here with a clear message. */
  static async create(path: string, options: WavFileOutputOptions = {}): Promise<WavFileOutput> {
    const writer = await WavWriter.create(path, options.sampleRate ?? ESPEAK_SAMPLE_RATE);
    return new WavFileOutput(writer, options);
  }

  get path(): string {
    return this.writer.path;
  }

  protected override onSegmentFinished(frames: readonly AudioFrame[], playedMs: number): void {
    for (const frame of playedPortion(frames, playedMs)) {
      this.writer.writeFrame(frame).catch((error: unknown) => {
        this.logger.error({ error, path: this.writer.path }, 'could not write agent audio to the WAV file');
      });
    }
  }

  /** Ends any reply in flight (keeping what was heard) and finalises the file. */
  override async close(): Promise<void> {
    await super.close();
    await this.writer.close();
  }
}
