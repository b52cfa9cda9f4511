import { type APIConnectOptions, shortuuid, tokenize, tts, voice } from '@livekit/agents';
import {
  DEFAULT_ESPEAK_OPTIONS,
  ESPEAK_CHANNELS,
  ESPEAK_SAMPLE_RATE,
  type EspeakVoiceOptions,
  espeakFrames,
} from './espeak_process.js';
import { frameDurationMs } from './pcm.js';

export interface EspeakTTSOptions extends EspeakVoiceOptions {
  /** Length of emitted frames in ms (default 20). */
  frameMs: number;
  /** Called with each espeak-ng child's pid (diagnostics and tests). */
  onSpawn?: (pid: number) => void;
}

type Resolved = EspeakTTSOptions;

/**
 * Offline text-to-speech over Debian's `espeak-ng` binary. One short-lived process per sentence:
 * espeak-ng starts and delivers its first audio in ~10 ms, so a long-lived process would buy
 * nothing and would make utterance boundaries and interruption harder to keep exact.
 */
export class EspeakTTS extends tts.TTS {
  label = 'switchboard.EspeakTTS';
  #opts: Resolved;
  // Replaced on close() so the instance stays usable after killing in-flight synthesis.
  #lifetime = new AbortController();

  constructor(options: Partial<EspeakTTSOptions> = {}) {
    super(ESPEAK_SAMPLE_RATE, ESPEAK_CHANNELS, { streaming: true, alignedTranscript: true });
    this.#opts = { ...DEFAULT_ESPEAK_OPTIONS, frameMs: 20, ...options };
  }

  override get model(): string {
    return `espeak-ng:${this.#opts.voice}`;
  }

  override get provider(): string {
    return 'espeak-ng';
  }

  get options(): Readonly<EspeakTTSOptions> {
    return this.#opts;
  }

  /** Applies to streams created afterwards. */
  updateOptions(options: Partial<EspeakTTSOptions>): void {
    this.#opts = { ...this.#opts, ...options };
  }

  synthesize(text: string, connOptions?: APIConnectOptions, abortSignal?: AbortSignal): EspeakChunkedStream {
    // A fresh dependent signal per call: listeners on the long-lived one would pile up.
    const signal = AbortSignal.any(abortSignal ? [abortSignal, this.#lifetime.signal] : [this.#lifetime.signal]);
    return new EspeakChunkedStream(this, text, { ...this.#opts }, connOptions, signal);
  }

  stream(options?: { connOptions?: APIConnectOptions }): EspeakSynthesizeStream {
    return new EspeakSynthesizeStream(this, { ...this.#opts }, this.#lifetime.signal, options?.connOptions);
  }

  /** Kills every espeak-ng process started by this instance. */
  override async close(): Promise<void> {
    this.#lifetime.abort();
    this.#lifetime = new AbortController();
  }
}

function ttsError(owner: tts.TTS, error: unknown): Error {
  const err = error instanceof Error ? error : new Error(String(error));
  // Only emit when someone listens: EventEmitter throws on an unheard 'error'.
  if (owner.listenerCount('error') > 0) {
    owner.emit('error', {
      type: 'tts_error',
      timestamp: Date.now(),
      label: owner.label,
      error: err,
      recoverable: false,
    });
  }
  return err;
}

/** One-shot synthesis of a whole text; frames stream out as espeak-ng produces them. */
export class EspeakChunkedStream extends tts.ChunkedStream {
  label = 'switchboard.EspeakChunkedStream';
  readonly #owner: EspeakTTS;
  readonly #opts: Resolved;
  #error: Error | undefined;

  constructor(
    owner: EspeakTTS,
    text: string,
    opts: Resolved,
    connOptions: APIConnectOptions | undefined,
    signal: AbortSignal,
  ) {
    super(text, owner, connOptions, signal);
    this.#owner = owner;
    this.#opts = opts;
  }

  protected async run(): Promise<void> {
    const requestId = shortuuid('espeak_');
    let held: tts.SynthesizedAudio | undefined;
    try {
      const frames = espeakFrames(this.inputText, this.#opts, {
        signal: this.abortSignal,
        frameMs: this.#opts.frameMs,
        onSpawn: this.#opts.onSpawn,
      });
      for await (const frame of frames) {
        // close() closes the queue before aborting; putting into it then would throw.
        if (this.queue.closed) return;
        // Hold one frame back so the last one can carry final=true.
        if (held) this.queue.put(held);
        held = { requestId, segmentId: requestId, frame, final: false };
      }
      if (held && !this.queue.closed) this.queue.put({ ...held, final: true });
    } catch (error) {
      if (this.abortSignal.aborted) return; // cancelled on purpose: not an error
      // Not rethrown: the base class would turn it into an unhandled rejection. The consumer
      // gets it from next(), a session gets it through the TTS 'error' event.
      this.#error = ttsError(this.#owner, error);
    } finally {
      if (!this.queue.closed) this.queue.close();
    }
  }

  override async next(): Promise<IteratorResult<tts.SynthesizedAudio>> {
    const result = await super.next();
    if (result.done && this.#error) {
      const error = this.#error;
      this.#error = undefined;
      throw error;
    }
    return result;
  }
}

/**
 * Streaming synthesis: text is split into sentences with the framework's sentence tokenizer
 * and each sentence is spoken by its own espeak-ng process, in order.
 */
export class EspeakSynthesizeStream extends tts.SynthesizeStream {
  label = 'switchboard.EspeakSynthesizeStream';
  readonly #opts: Resolved;
  readonly #sentences: tokenize.SentenceStream;
  readonly #detach: () => void;

  constructor(owner: EspeakTTS, opts: Resolved, lifetime: AbortSignal, connOptions?: APIConnectOptions) {
    super(owner, connOptions);
    this.#opts = opts;
    this.#sentences = new tokenize.basic.SentenceTokenizer().stream();
    const stop = () => this.close();
    lifetime.addEventListener('abort', stop, { once: true });
    this.#detach = () => lifetime.removeEventListener('abort', stop);
    if (lifetime.aborted) stop();
    // Closing the sentence stream unblocks the synthesis loop after close()/abort.
    this.abortSignal.addEventListener('abort', () => this.#sentences.close(), { once: true });
  }

  protected override onStreamDone(): void {
    this.#detach();
  }

  // Errors propagate to the base class, which reports them through the TTS 'error' event
  // (the framework's convention for streams) and closes the output.
  protected async run(): Promise<void> {
    await Promise.all([this.#forwardText(), this.#speakSentences()]);
  }

  async #forwardText(): Promise<void> {
    for await (const item of this.input) {
      if (this.abortSignal.aborted) return;
      if (item === tts.SynthesizeStream.FLUSH_SENTINEL) this.#sentences.flush();
      else this.#sentences.pushText(item);
    }
    if (!this.abortSignal.aborted) this.#sentences.endInput();
  }

  async #speakSentences(): Promise<void> {
    let segmentId: string | undefined;
    let held: tts.SynthesizedAudio | undefined;
    let spokenS = 0; // audio seconds emitted so far, for sentence-level aligned transcripts
    const release = (final: boolean) => {
      if (held) this.queue.put({ ...held, final });
      held = undefined;
    };

    for await (const { token, segmentId: seg } of this.#sentences) {
      if (this.abortSignal.aborted) return;
      // A new segment id means the previous segment was flushed: its last frame is final.
      if (segmentId !== undefined && seg !== segmentId) release(true);
      segmentId = seg;
      this.markStarted();

      let first = true;
      const frames = espeakFrames(token, this.#opts, {
        signal: this.abortSignal,
        frameMs: this.#opts.frameMs,
        onSpawn: this.#opts.onSpawn,
      });
      for await (const frame of frames) {
        release(false);
        held = { requestId: seg, segmentId: seg, frame, final: false };
        if (first) {
          held.deltaText = token;
          // The session joins these into the assistant message: separate sentences by a space.
          const text = spokenS > 0 ? ` ${token}` : token;
          held.timedTranscripts = [voice.createTimedString({ text, startTime: spokenS })];
          first = false;
        }
        spokenS += frameDurationMs(frame) / 1000;
      }
    }
    if (this.abortSignal.aborted) return;
    release(true);
    this.queue.put(tts.SynthesizeStream.END_OF_STREAM);
  }
}
