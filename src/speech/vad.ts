import type { VAD } from '@livekit/agents';
import * as silero from '@livekit/agents-plugin-silero';

// The plugin does not export its options type; derive it from load().
export type VadOptions = NonNullable<Parameters<typeof silero.VAD.load>[0]>;

/**
 * Voice-activity settings tuned for quick turn-taking: the plugin default waits 550 ms of
 * silence before ending speech; 300 ms still rides over the short pauses inside a sentence
 * while keeping the agent's reply well under half a second after the caller stops.
 */
export const RESPONSIVE_VAD_OPTIONS: VadOptions = { minSilenceDuration: 300 };

/**
 * Loads the Silero VAD model shipped inside `@livekit/agents-plugin-silero` (no download).
 * Takes ~60 ms; call once at startup or in a worker's prewarm and share the instance:
 * each session opens its own stream on it. Defaults to {@link RESPONSIVE_VAD_OPTIONS};
 * pair it with `turnHandling.endpointing.minDelay: 300` (the framework default is 500).
 */
export async function loadVad(options: VadOptions = {}): Promise<VAD> {
  try {
    return await silero.VAD.load({ forceCPU: true, ...RESPONSIVE_VAD_OPTIONS, ...options });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not load the bundled Silero VAD model (${reason}). ` +
        'Reinstall dependencies with `npm ci` so the onnxruntime-node native binding is present.',
      { cause: error },
    );
  }
}
