import { voice } from '@livekit/agents';
import type { AudioFrame } from '@livekit/rtc-node';
import { frameDurationMs } from './pcm.js';

interface Segment {
  frames: AudioFrame[];
  pushedMs: number;
  /** Wall-clock ms when everything pushed so far will have played (real-time model). */
  endAt: number;
  flushed: boolean;
  finished: boolean;
  timer?: NodeJS.Timeout;
  done: Promise<void>;
  resolveDone: () => void;
}

export interface PlayoutOptions {
  /** Rate the output wants; the framework resamples TTS audio to it. Undefined = as produced. */
  sampleRate?: number;
  /**
   * true (default): a segment counts as played once its duration has elapsed in real time,
   * as for a listener on a phone line, so turn-taking and interruptions behave as in a call.
   * false: played the instant it is flushed (fast tests, offline rendering).
   */
  realtime?: boolean;
}

/**
 * Shared playout bookkeeping for Switchboard's local audio outputs.
 *
 * The framework counts a "segment" from the first captureFrame after a flush, calls flush() when
 * the reply's audio is complete, waits (waitForPlayout) for exactly one playbackFinished per
 * segment, and calls clearBuffer() to interrupt. This class keeps that contract in one place;
 * subclasses only move audio (the hooks below).
 */
export abstract class PlayoutAudioOutput extends voice.AudioOutput {
  protected readonly realtime: boolean;
  #segment: Segment | undefined;
  #closed = false;

  constructor(options: PlayoutOptions = {}) {
    super(options.sampleRate, undefined, { pause: false });
    this.realtime = options.realtime ?? true;
  }

  /** Called with the first frame of a segment, before it is written. */
  protected startPlayback(_frame: AudioFrame): void {}
  /** Moves one frame towards the listener. */
  protected writePlayback(_frame: AudioFrame): void {}
  /** Resolves once the sink has played everything written (after flush). */
  protected drainPlayback(): Promise<void> {
    return Promise.resolve();
  }
  /** Stops the sink at once, dropping anything not yet played. */
  protected stopPlayback(): void {}
  /** The segment is over; `playedMs` of its audio reached the listener. */
  protected onSegmentFinished(_frames: readonly AudioFrame[], _playedMs: number, _interrupted: boolean): void {}

  override async captureFrame(frame: AudioFrame): Promise<void> {
    if (this.#closed) return;
    // One segment at a time: a new reply waits until the previous one has played out.
    while (this.#segment?.flushed) await this.#segment.done;

    // The base call counts the segment synchronously; open ours in the same tick so a
    // concurrent clearBuffer() always sees both or neither.
    const counted = super.captureFrame(frame);
    const now = Date.now();
    let seg = this.#segment;
    if (!seg) {
      let resolveDone!: () => void;
      const done = new Promise<void>((r) => (resolveDone = r));
      seg = { frames: [], pushedMs: 0, endAt: now, flushed: false, finished: false, done, resolveDone };
      this.#segment = seg;
      this.onPlaybackStarted(now);
      this.startPlayback(frame);
    }
    const ms = frameDurationMs(frame);
    seg.frames.push(frame);
    seg.pushedMs += ms;
    seg.endAt = this.realtime ? Math.max(seg.endAt, now) + ms : now;
    this.writePlayback(frame);
    await counted;
  }

  override flush(): void {
    super.flush();
    const seg = this.#segment;
    if (!seg || seg.flushed) return;
    seg.flushed = true;
    const clock = new Promise<void>((resolve) => {
      seg.timer = setTimeout(resolve, Math.max(0, seg.endAt - Date.now()));
    });
    void Promise.all([clock, this.drainPlayback().catch(() => {})]).then(() =>
      this.#finish(seg, seg.pushedMs, false),
    );
  }

  override clearBuffer(): void {
    const seg = this.#segment;
    if (!seg) return;
    // Close the base class's open segment too, so late frames start a new one.
    super.flush();
    this.stopPlayback();
    const unplayed = this.realtime ? Math.max(0, seg.endAt - Date.now()) : 0;
    this.#finish(seg, Math.max(0, seg.pushedMs - unplayed), true);
  }

  /** Milliseconds of the current segment captured so far (0 when idle). */
  get pendingMs(): number {
    return this.#segment?.pushedMs ?? 0;
  }

  /** Interrupts any segment in flight and refuses further audio. */
  async close(): Promise<void> {
    this.clearBuffer();
    this.#closed = true;
  }

  #finish(seg: Segment, playedMs: number, interrupted: boolean): void {
    if (seg.finished) return;
    seg.finished = true;
    clearTimeout(seg.timer);
    if (this.#segment === seg) this.#segment = undefined;
    try {
      this.onSegmentFinished(seg.frames, playedMs, interrupted);
    } catch (error) {
      this.logger.error({ error }, 'audio output failed to finish a segment');
    }
    this.onPlaybackFinished({ playbackPosition: playedMs / 1000, interrupted });
    seg.resolveDone();
  }
}

/** Discards audio but keeps a listener's timing: for sessions that must speak with no device. */
export class SilentAudioOutput extends PlayoutAudioOutput {}
