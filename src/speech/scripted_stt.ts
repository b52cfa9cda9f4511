import { type APIConnectOptions, type AudioBuffer, asLanguageCode, stt } from '@livekit/agents';
import { concatSamples, rms, totalDurationMs } from './pcm.js';

export interface RecognizedSegment {
  transcript: string;
  durationMs: number;
  rms: number;
  at: number;
}

/**
 * A stand-in speech recogniser for tests and benchmarks: it cannot transcribe, so it returns
 * the next line of a script for each speech segment the session's VAD hands it.
 * It is non-streaming on purpose: the framework then wraps it with the VAD
 * (stt.StreamAdapter) and calls recognize() once per detected utterance, so turn boundaries
 * come from the real audio, never from timers.
 */
export class ScriptedSTT extends stt.STT {
  label = 'switchboard.ScriptedSTT';
  readonly recognized: RecognizedSegment[] = [];
  readonly #script: readonly string[] | ((segment: number) => string);
  readonly #loop: boolean;
  #next = 0;

  /**
   * @param script - transcripts in order, one per detected utterance; or a function of the
   *   utterance index (a benchmark returns the line it is currently playing).
   * @param options.loop - start the list over when it runs out (default: return '').
   */
  constructor(script: readonly string[] | ((segment: number) => string), options: { loop?: boolean } = {}) {
    super({ streaming: false, interimResults: false });
    this.#script = script;
    this.#loop = options.loop ?? false;
  }

  #transcript(segment: number): string {
    const script = this.#script;
    if (typeof script === 'function') return script(segment);
    return script[this.#loop ? segment % script.length : segment] ?? '';
  }

  protected async _recognize(buffer: AudioBuffer): Promise<stt.SpeechEvent> {
    const frames = Array.isArray(buffer) ? buffer : [buffer];
    const durationMs = totalDurationMs(frames);
    const level = rms(concatSamples(frames));
    const transcript = this.#transcript(this.#next++);
    this.recognized.push({ transcript, durationMs, rms: level, at: Date.now() });
    return {
      type: stt.SpeechEventType.FINAL_TRANSCRIPT,
      alternatives: [
        { text: transcript, language: asLanguageCode('en'), startTime: 0, endTime: durationMs / 1000, confidence: 1 },
      ],
    };
  }

  stream(_options?: { connOptions?: APIConnectOptions }): stt.SpeechStream {
    throw new Error('ScriptedSTT recognises whole utterances; give the AgentSession a VAD so it can segment speech.');
  }
}
