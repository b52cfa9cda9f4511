// A speech-to-text provider whose failures are reported instead of swallowed. agents-js drives a
// non-streaming STT (OpenAI/Whisper-style HTTP transcription) through its VAD StreamAdapter, which
// only logs a failed request and drops the utterance: the caller spoke, heard nothing back, and no
// event said why. Wrapped here, each failed utterance is reported (the workflow turns it into an
// `error` event and asks the caller to repeat) and the call keeps listening for the next one.
import { APIError, normalizeLanguage, stt, type APIConnectOptions, type AudioBuffer } from '@livekit/agents';

/** One utterance that could not be transcribed. */
export interface RecognitionFailure {
  component: 'stt';
  /** server_error, rate_limited, client_error, timeout, connection or failed. */
  kind: string;
  provider: string;
  message: string;
}

function classify(error: unknown): { kind: string; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  // The openai SDK (and agents-js APIStatusError) carry the HTTP status.
  const e = error as { status?: number; statusCode?: number; code?: string; cause?: { code?: string } };
  const status = e.status ?? e.statusCode;
  if (typeof status === 'number') {
    if (status === 429) return { kind: 'rate_limited', message: `HTTP 429: ${message}` };
    if (status >= 500) return { kind: 'server_error', message: `HTTP ${status}: ${message}` };
    if (status >= 400) return { kind: 'client_error', message: `HTTP ${status}: ${message}` };
  }
  if (/timed? ?out|timeout/i.test(`${(error as Error)?.name} ${message}`)) return { kind: 'timeout', message };
  if (
    /connect|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|socket/i.test(
      `${(error as Error)?.name} ${message} ${e.code ?? ''} ${e.cause?.code ?? ''}`,
    )
  )
    return { kind: 'connection', message };
  if (error instanceof APIError) return { kind: 'connection', message };
  return { kind: 'failed', message };
}

export class WatchedSTT extends stt.STT {
  label: string;
  private readonly failureListeners = new Set<(failure: RecognitionFailure) => void>();

  constructor(
    readonly inner: stt.STT,
    /** Name for events and logs (provider and model; never a credential). */
    readonly name: string,
  ) {
    super(inner.capabilities);
    this.label = inner.label;
    if (inner.capabilities.streaming) {
      // Streams are the inner provider's: its metrics and errors (framework retries, then an
      // unrecoverable error) reach the session through this wrapper, as they would unwrapped.
      inner.on('metrics_collected', (m) => this.emit('metrics_collected', m));
      inner.on('error', (e) => this.emit('error', e));
    }
  }

  override get model(): string {
    return this.inner.model;
  }

  override get provider(): string {
    return this.inner.provider;
  }

  /** Listen to failed utterances; returns the unsubscribe function (duck-typed by the workflow). */
  onRecognitionFailure(listener: (failure: RecognitionFailure) => void): () => void {
    this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  }

  protected async _recognize(buffer: AudioBuffer, abortSignal?: AbortSignal): Promise<stt.SpeechEvent> {
    try {
      return await this.inner.recognize(buffer, abortSignal);
    } catch (error) {
      if (abortSignal?.aborted) throw error;
      const { kind, message } = classify(error);
      for (const listener of this.failureListeners) {
        try {
          listener({ component: 'stt', kind, provider: this.name, message });
        } catch {
          // A listener's own failure must not turn into a lost utterance.
        }
      }
      // An empty transcript: the adapter drops it quietly, and the session keeps listening.
      return {
        type: stt.SpeechEventType.FINAL_TRANSCRIPT,
        alternatives: [{ text: '', language: normalizeLanguage('en'), startTime: 0, endTime: 0, confidence: 0 }],
      };
    }
  }

  stream(options?: { connOptions?: APIConnectOptions; language?: string | string[] }): stt.SpeechStream {
    return this.inner.stream(options);
  }

  override _updateSessionKeyterms(keyterms: string[]): void {
    this.inner._updateSessionKeyterms(keyterms);
  }

  override _pushConversationItem(ev: Parameters<stt.STT['_pushConversationItem']>[0]): void {
    this.inner._pushConversationItem(ev);
  }

  override async close(): Promise<void> {
    await this.inner.close();
  }
}
