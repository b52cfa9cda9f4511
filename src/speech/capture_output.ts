import type { AudioFrame } from '@livekit/rtc-node';
import { type PlayoutOptions, PlayoutAudioOutput } from './playout_output.js';

export interface CapturedFrame {
  frame: AudioFrame;
  /** Date.now() when the frame reached the output. */
  at: number;
  /** Index of the playback segment (one per agent reply) it belongs to. */
  segment: number;
}

export interface CapturedSegment {
  index: number;
  startedAt: number;
  finishedAt: number;
  playedMs: number;
  interrupted: boolean;
  frames: readonly AudioFrame[];
}

/**
 * An AudioOutput that keeps everything the agent says, with timestamps, for tests and
 * benchmarks. Playback timing follows {@link PlayoutOptions.realtime}.
 */
export class CaptureAudioOutput extends PlayoutAudioOutput {
  readonly frames: CapturedFrame[] = [];
  readonly segments: CapturedSegment[] = [];
  #current = 0;
  #startedAt = 0;
  #waiters: Array<{ count: number; resolve: () => void }> = [];

  constructor(options: PlayoutOptions = {}) {
    super(options);
  }

  protected override startPlayback(): void {
    this.#startedAt = Date.now();
  }

  protected override writePlayback(frame: AudioFrame): void {
    this.frames.push({ frame, at: Date.now(), segment: this.#current });
  }

  protected override onSegmentFinished(frames: readonly AudioFrame[], playedMs: number, interrupted: boolean): void {
    this.segments.push({
      index: this.#current++,
      startedAt: this.#startedAt,
      finishedAt: Date.now(),
      playedMs,
      interrupted,
      frames,
    });
    this.#waiters = this.#waiters.filter((w) => (this.segments.length >= w.count ? (w.resolve(), false) : true));
  }

  /** Resolves once `count` segments have finished playing (or been interrupted). */
  waitForSegments(count: number): Promise<void> {
    if (this.segments.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ count, resolve }));
  }
}
