import { voice } from '@livekit/agents';
import type { AudioFrame } from '@livekit/rtc-node';
import { frameDurationMs } from './pcm.js';

interface Segment {
  frames: AudioFrame[];
  pushedMs: number;
  /** Audio played up to `runSince` (ms). */
  playedMs: number;
  /** Wall-clock start of the current uninterrupted playing run; undefined while paused. */
  runSince: number | undefined;
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
   * true (default): audio plays at real-time speed, as for a listener on a phone line, so
   * turn-taking, interruptions and playback positions behave as in a call.
   * false: everything counts as played the moment it is captured (fast tests, offline rendering).
   */
  realtime?: boolean;
}

/**
 * Shared playout bookkeeping for Switchboard's local audio outputs.
 *
 * The framework counts a "segment" from the first captureFrame after a flush, calls flush() when
 * the reply's audio is complete, waits (waitForPlayout) for exactly one playbackFinished per
 * segment, calls clearBuffer() to interrupt, and pause()/resume() around a possible false
 * interruption. This class keeps that contract in one place, tracking a real-time playhead;
 * subclasses only move audio (the hooks below).
 */
export abstract class PlayoutAudioOutput extends voice.AudioOutput {
  protected readonly realtime: boolean;
  #segment: Segment | undefined;
  #paused = false;
  #closed = false;

  constructor(options: PlayoutOptions = {}) {
    super(options.sampleRate, undefined, { pause: true });
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
  /** Holds (true) or continues (false) the sink's playback. */
  protected holdPlayback(_hold: boolean): void {}
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
      seg = {
        frames: [],
        pushedMs: 0,
        playedMs: 0,
        runSince: undefined,
        flushed: false,
        finished: false,
        done,
        resolveDone,
      };
      this.#segment = seg;
      this.onPlaybackStarted(now);
      this.startPlayback(frame);
      if (this.#paused) this.holdPlayback(true);
    }
    // Re-anchor the run: if the sink had run dry (underrun), it resumes only now.
    seg.playedMs = this.#playhead(seg, now);
    seg.runSince = this.#paused ? undefined : now;
    seg.frames.push(frame);
    seg.pushedMs += frameDurationMs(frame);
    this.writePlayback(frame);
    await counted;
  }

  override flush(): void {
    super.flush();
    const seg = this.#segment;
    if (!seg || seg.flushed) return;
    seg.flushed = true;
    this.#scheduleFinish(seg);
  }

  override clearBuffer(): void {
    const seg = this.#segment;
    if (!seg) return;
    // Close the base class's open segment too, so late frames start a new one.
    super.flush();
    this.stopPlayback();
    this.#finish(seg, this.#playhead(seg, Date.now()), true);
  }

  override pause(): void {
    if (this.#paused) return;
    this.#paused = true;
    const seg = this.#segment;
    if (seg) {
      seg.playedMs = this.#playhead(seg, Date.now());
      seg.runSince = undefined;
      clearTimeout(seg.timer);
      this.holdPlayback(true);
    }
  }

  override resume(): void {
    if (!this.#paused) return;
    this.#paused = false;
    const seg = this.#segment;
    if (seg) {
      seg.runSince = Date.now();
      this.holdPlayback(false);
      if (seg.flushed) this.#scheduleFinish(seg);
    }
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

  #playhead(seg: Segment, now: number): number {
    if (!this.realtime) return seg.pushedMs;
    const running = seg.runSince === undefined ? 0 : now - seg.runSince;
    return Math.min(seg.pushedMs, seg.playedMs + running);
  }

  #scheduleFinish(seg: Segment): void {
    if (this.#paused || seg.finished) return;
    clearTimeout(seg.timer);
    const left = seg.pushedMs - this.#playhead(seg, Date.now());
    const clock = new Promise<void>((resolve) => (seg.timer = setTimeout(resolve, Math.max(0, left))));
    void Promise.all([clock, this.drainPlayback().catch(() => {})]).then(() => {
      if (this.#paused || seg.finished) return; // resume() schedules again
      // Timers may fire a hair early; only a playhead at the end means the reply was heard.
      if (this.#playhead(seg, Date.now()) >= seg.pushedMs) this.#finish(seg, seg.pushedMs, false);
      else this.#scheduleFinish(seg);
    });
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
