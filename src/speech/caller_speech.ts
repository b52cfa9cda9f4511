import { DEFAULT_ESPEAK_OPTIONS, ESPEAK_SAMPLE_RATE, type EspeakVoiceOptions, espeakFrames } from './espeak_process.js';
import { concatSamples, trimSilence } from './pcm.js';

/** A caller voice distinct from the agent's default, so recordings are easy to follow. */
export const CALLER_VOICE: Partial<EspeakVoiceOptions> = { voice: 'en-us+f3', rate: 170 };

/**
 * Speaks `text` with espeak-ng and returns 22050 Hz mono samples with leading/trailing quiet
 * trimmed, so the last sample is where the caller stops talking (latency measurements start there).
 */
export async function synthesizeUtterance(
  text: string,
  voice: Partial<EspeakVoiceOptions> = CALLER_VOICE,
): Promise<{ samples: Int16Array; sampleRate: number }> {
  const frames = [];
  for await (const frame of espeakFrames(text, { ...DEFAULT_ESPEAK_OPTIONS, ...voice })) frames.push(frame);
  return { samples: trimSilence(concatSamples(frames), ESPEAK_SAMPLE_RATE), sampleRate: ESPEAK_SAMPLE_RATE };
}
