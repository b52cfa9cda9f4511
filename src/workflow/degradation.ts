// Turns provider trouble into workflow events (`error`, `fallback`) so it shows in --events,
// records, metrics and the report, and keeps the caller in the loop: a failed transcription asks
// them to repeat. The LLM chain reports through `onDegradation` (duck-typed, see
// providers/fallback_llm.ts); a TTS FallbackAdapter through its availability events.
import { voice } from '@livekit/agents';
import type { WorkflowEvents } from './events.js';

interface DegradationSource {
  onDegradation(
    listener: (
      d:
        | { type: 'error'; component: 'llm'; kind: string; provider: string; message: string }
        | { type: 'fallback'; component: 'llm'; from: string; to: string; reason: string }
        | { type: 'recovered'; component: 'llm'; provider: string },
    ) => void,
  ): () => void;
  links?: Array<{ name: string }>;
}

function isDegradationSource(value: unknown): value is DegradationSource {
  return typeof (value as DegradationSource | undefined)?.onDegradation === 'function';
}

const REPEAT_LINE = 'Sorry, I did not catch that. Could you say it again?';

function nameOf(model: unknown): string {
  const m = model as { label?: () => string; provider?: string; model?: string } | undefined;
  try {
    return [m?.label?.(), m?.model].filter(Boolean).join(' ') || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Watch the session's providers; returns the function that stops watching. */
export function watchDegradation(
  session: voice.AgentSession,
  events: WorkflowEvents,
  currentAgent: () => string | undefined,
): () => void {
  const offs: Array<() => void> = [];
  const llmModel = session.llm;
  let lastFailure: string | undefined;
  if (isDegradationSource(llmModel)) {
    offs.push(
      llmModel.onDegradation((d) => {
        const agent = currentAgent();
        if (d.type === 'error') {
          lastFailure = d.provider;
          events.emitEvent({
            type: 'error',
            component: 'llm',
            kind: d.kind,
            provider: d.provider,
            message: d.message,
            agent,
          });
        } else if (d.type === 'fallback') {
          events.emitEvent({ type: 'fallback', component: 'llm', from: d.from, to: d.to, reason: d.reason, agent });
        } else {
          const from = llmModel.links?.at(-1)?.name ?? lastFailure ?? 'fallback';
          events.emitEvent({ type: 'fallback', component: 'llm', from, to: d.provider, reason: 'recovered', agent });
        }
      }),
    );
  }

  const ttsModel = session.tts as unknown as
    | {
        on?: (e: string, l: (ev: { tts: unknown; available: boolean }) => void) => void;
        off?: (e: string, l: unknown) => void;
        ttsInstances?: unknown[];
      }
    | undefined;
  if (ttsModel?.ttsInstances && typeof ttsModel.on === 'function') {
    const instances = ttsModel.ttsInstances;
    const onAvailability = (ev: { tts: unknown; available: boolean }) => {
      const index = instances.indexOf(ev.tts);
      const name = nameOf(ev.tts);
      const agent = currentAgent();
      if (!ev.available) {
        const next = instances[index + 1];
        events.emitEvent({
          type: 'error',
          component: 'tts',
          kind: 'unavailable',
          provider: name,
          message: `${name} failed`,
          agent,
        });
        events.emitEvent({
          type: 'fallback',
          component: 'tts',
          from: name,
          to: next ? nameOf(next) : 'text only',
          reason: 'unavailable',
          agent,
        });
      } else if (index === 0) {
        events.emitEvent({
          type: 'fallback',
          component: 'tts',
          from: nameOf(instances[1]),
          to: name,
          reason: 'recovered',
          agent,
        });
      }
    };
    ttsModel.on('tts_availability_changed', onAvailability);
    offs.push(() => ttsModel.off?.('tts_availability_changed', onAvailability));
  }

  // Speech recognition failed: say so and ask again, at most once every few seconds.
  let lastRepeat = 0;
  const sttFailed = (kind: string, provider: string, message: string, askAgain: boolean) => {
    events.emitEvent({ type: 'error', component: 'stt', kind, provider, message, agent: currentAgent() });
    if (!askAgain || Date.now() - lastRepeat < 5_000) return;
    lastRepeat = Date.now();
    try {
      session.say(REPEAT_LINE);
    } catch {
      // The session is closing.
    }
  };
  // Per-utterance failures of a wrapped STT (providers/watched_stt.ts, duck-typed): the utterance
  // is lost but the session keeps listening.
  const sttModel = session.stt as
    | { onRecognitionFailure?: (l: (f: { kind: string; provider: string; message: string }) => void) => () => void }
    | undefined;
  if (typeof sttModel?.onRecognitionFailure === 'function')
    offs.push(sttModel.onRecognitionFailure((f) => sttFailed(f.kind, f.provider, f.message, true)));
  const onError = (ev: voice.ErrorEvent) => {
    const error = ev.error as { type?: string; label?: string; error?: Error; recoverable?: boolean };
    if (error.type !== 'stt_error') return;
    const message = error.error?.message ?? 'speech recognition failed';
    sttFailed(error.recoverable ? 'retrying' : 'failed', error.label ?? 'stt', message, !error.recoverable);
  };
  session.on(voice.AgentSessionEventTypes.Error, onError);
  offs.push(() => session.off(voice.AgentSessionEventTypes.Error, onError));
  return () => offs.splice(0).forEach((off) => off());
}
