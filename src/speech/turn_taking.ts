// How a voice session decides the caller has finished: the VAD's closing silence, the endpointing
// delays and the end-of-turn detector, as one setting chosen from the environment. The default is
// the mode the speech benchmark measures best on this project's caller audio (README: Benchmark).
import type { voice } from '@livekit/agents';
import { createLocalAudioTurnDetector, prewarmLocalAudioEot } from './local_audio_eot.js';
import { TranscriptTurnDetector } from './transcript_turn_detector.js';
import type { VadOptions } from './vad.js';

/**
 * - `transcript`: rule-based end-of-turn on the caller's words (default) — answers after a short
 *   silence unless the words plainly continue ("my number is…", "…for", "and").
 * - `audio`: LiveKit's on-device audio model (`turn-detector-v1-mini`).
 * - `vad`: silence only (the earlier default: 300 ms VAD + 300 ms endpointing).
 */
export type TurnTakingMode = 'transcript' | 'audio' | 'vad';
export const TURN_TAKING_MODES: readonly TurnTakingMode[] = ['transcript', 'audio', 'vad'];

export interface TurnTakingSettings {
  mode: TurnTakingMode;
  /** Silence (ms) after which the VAD reports the end of speech. */
  vadMinSilenceMs: number;
  /** Wait (ms, from the last speech) when the turn looks finished. */
  minEndpointingDelayMs: number;
  /** Wait (ms) when the detector thinks the caller will go on. */
  maxEndpointingDelayMs: number;
}

/** Defaults per mode, from the speech benchmark (see README). */
export const TURN_TAKING_DEFAULTS: Readonly<Record<TurnTakingMode, TurnTakingSettings>> = {
  transcript: { mode: 'transcript', vadMinSilenceMs: 150, minEndpointingDelayMs: 0, maxEndpointingDelayMs: 1500 },
  // The framework requires ≥ 250 ms VAD silence with its audio detector.
  audio: { mode: 'audio', vadMinSilenceMs: 250, minEndpointingDelayMs: 0, maxEndpointingDelayMs: 1500 },
  vad: { mode: 'vad', vadMinSilenceMs: 300, minEndpointingDelayMs: 300, maxEndpointingDelayMs: 3000 },
};

export const DEFAULT_TURN_TAKING_MODE: TurnTakingMode = 'transcript';

export class TurnTakingConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TurnTakingConfigError';
  }
}

function msFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 10_000) {
    throw new TurnTakingConfigError(`${name}=${raw} is not a whole number of milliseconds between 0 and 10000.`);
  }
  return value;
}

/**
 * Reads TURN_DETECTION (`transcript` | `audio` | `vad`), VAD_MIN_SILENCE_MS,
 * MIN_ENDPOINTING_DELAY_MS and MAX_ENDPOINTING_DELAY_MS. Empty values mean unset; a bad value
 * is one error naming the variable.
 */
export function turnTakingFromEnv(env: NodeJS.ProcessEnv = process.env): TurnTakingSettings {
  const raw = env.TURN_DETECTION?.trim().toLowerCase();
  // `model` was the earlier name for "the framework's detector".
  const mode = (raw === 'model' ? 'audio' : raw || DEFAULT_TURN_TAKING_MODE) as TurnTakingMode;
  if (!TURN_TAKING_MODES.includes(mode)) {
    throw new TurnTakingConfigError(
      `TURN_DETECTION=${env.TURN_DETECTION} is not one of ${TURN_TAKING_MODES.join(', ')}.`,
    );
  }
  const d = TURN_TAKING_DEFAULTS[mode];
  const settings: TurnTakingSettings = {
    mode,
    vadMinSilenceMs: msFromEnv(env, 'VAD_MIN_SILENCE_MS', d.vadMinSilenceMs),
    minEndpointingDelayMs: msFromEnv(env, 'MIN_ENDPOINTING_DELAY_MS', d.minEndpointingDelayMs),
    maxEndpointingDelayMs: msFromEnv(env, 'MAX_ENDPOINTING_DELAY_MS', d.maxEndpointingDelayMs),
  };
  if (settings.maxEndpointingDelayMs < settings.minEndpointingDelayMs) {
    throw new TurnTakingConfigError(
      `MAX_ENDPOINTING_DELAY_MS (${settings.maxEndpointingDelayMs}) is below MIN_ENDPOINTING_DELAY_MS (${settings.minEndpointingDelayMs}).`,
    );
  }
  if (mode === 'audio' && settings.vadMinSilenceMs < 250) {
    throw new TurnTakingConfigError(
      `TURN_DETECTION=audio needs VAD_MIN_SILENCE_MS of at least 250 (the audio model listens to 200 ms of silence); got ${settings.vadMinSilenceMs}.`,
    );
  }
  return settings;
}

/** The VAD options for these settings (pass to `loadVad`). */
export function vadOptionsFor(settings: TurnTakingSettings): VadOptions {
  return { minSilenceDuration: settings.vadMinSilenceMs };
}

/**
 * `turnHandling` for `AgentSession` with these settings. `inJob`: running inside a LiveKit job,
 * where the framework's shared inference process runs the audio model.
 */
export function turnHandlingFor(
  settings: TurnTakingSettings,
  options: { inJob?: boolean } = {},
): NonNullable<voice.AgentSessionOptions['turnHandling']> {
  const endpointing = { minDelay: settings.minEndpointingDelayMs, maxDelay: settings.maxEndpointingDelayMs };
  switch (settings.mode) {
    case 'vad':
      return { turnDetection: 'vad', endpointing };
    case 'transcript':
      return { turnDetection: new TranscriptTurnDetector(), endpointing };
    case 'audio':
      if (!options.inJob) prewarmLocalAudioEot();
      return { turnDetection: createLocalAudioTurnDetector({ inJob: options.inJob }), endpointing };
  }
}

/** One line for banners and logs. */
export function describeTurnTaking(settings: TurnTakingSettings): string {
  return `turn detection ${settings.mode} (VAD silence ${settings.vadMinSilenceMs} ms, endpointing ${settings.minEndpointingDelayMs}–${settings.maxEndpointingDelayMs} ms)`;
}
