// LiveKit's on-device audio end-of-turn model (`turn-detector-v1-mini`, weights inside the
// `@livekit/local-inference` registry package: no download) for sessions that run outside a
// LiveKit job. In a worker the framework runs the model in its shared inference process and
// `new inference.TurnDetector()` finds it through the job context; the console, tests and the
// benchmark have no job, so this gives the detector an in-process executor instead.
import { inference, type ipc } from '@livekit/agents';
import { createRequire } from 'node:module';

/** Method id the framework's local transport asks the executor for (agents `EOT_INFERENCE_METHOD`). */
const EOT_METHOD = 'lk_eot_audio';

interface LocalInferenceModule {
  initEot(): void;
  predict(pcm: Int16Array): Promise<number>;
}

let loaded: LocalInferenceModule | undefined;

function localInference(): LocalInferenceModule {
  if (loaded) return loaded;
  try {
    loaded = createRequire(import.meta.url)('@livekit/local-inference') as LocalInferenceModule;
  } catch (error) {
    throw new Error(
      `The local end-of-turn model is not available (${(error as Error).message}). ` +
        'Reinstall dependencies with `npm ci`, or set TURN_DETECTION=transcript or vad.',
      { cause: error },
    );
  }
  return loaded;
}

/**
 * Runs the model on this process's libuv pool. Loading takes ~0.7 s and ~140 MB, once per
 * process: call {@link prewarmLocalAudioEot} at start-up so the first turn does not pay it.
 */
export const inProcessEotExecutor: ipc.InferenceExecutor = {
  async doInference(method: string, data: unknown): Promise<unknown> {
    if (method !== EOT_METHOD) throw new Error(`The in-process executor only runs ${EOT_METHOD}, not ${method}.`);
    const { pcm } = data as { pcm: string };
    const bytes = Buffer.from(pcm, 'base64');
    const samples = new Int16Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / 2));
    const started = performance.now();
    const probability = await localInference().predict(samples);
    return { probability, inferenceDurationMs: performance.now() - started };
  },
};

/** Loads the model now (idempotent). */
export function prewarmLocalAudioEot(): void {
  localInference().initEot();
}

/**
 * The framework's audio turn detector on the local model. Inside a LiveKit job leave `executor`
 * unset (the job's shared inference process is used); elsewhere the in-process executor is used.
 */
export function createLocalAudioTurnDetector(
  options: { unlikelyThreshold?: number; inJob?: boolean } = {},
): inference.TurnDetector {
  return new inference.TurnDetector({
    version: 'v1-mini',
    ...(options.inJob ? {} : { executor: inProcessEotExecutor }),
    ...(options.unlikelyThreshold !== undefined ? { unlikelyThreshold: options.unlikelyThreshold } : {}),
  });
}
