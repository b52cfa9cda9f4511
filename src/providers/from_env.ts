// Chooses STT/LLM/TTS from the environment. With nothing set, the offline default is the local
// rule-based policy (LLM) and espeak-ng (TTS); STT then needs a configured provider.
import { type llm, type stt, type tts } from '@livekit/agents';
import * as deepgram from '@livekit/agents-plugin-deepgram';
import * as elevenlabs from '@livekit/agents-plugin-elevenlabs';
import * as openai from '@livekit/agents-plugin-openai';

export type Env = Record<string, string | undefined>;

export interface ProviderChoice<T> {
  /** The model (or a LiveKit inference model string) to use, undefined when none is configured. */
  model?: T | string;
  /** Human description for banners and logs; never contains secrets. */
  label: string;
  /** Runs on this machine with no network (local policy, espeak-ng). */
  offline?: boolean;
}

export interface Providers {
  llm: ProviderChoice<llm.LLM>;
  stt: ProviderChoice<stt.STT>;
  tts: ProviderChoice<tts.TTS>;
  /** True when the LLM is the offline policy. */
  offline: boolean;
}

export interface ProviderFactories {
  /** Builds the offline policy LLM (injected so this module does not depend on the policy). */
  localLlm: () => llm.LLM;
  /** Builds the offline TTS, or undefined when espeak-ng is not installed. */
  localTts?: () => tts.TTS | undefined;
}

/** One message listing every missing or inconsistent setting. */
export class ProviderConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Provider settings are incomplete:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`,
    );
    this.name = 'ProviderConfigError';
  }
}

const isInferenceString = (value: string | undefined) => Boolean(value && /^[a-z0-9-]+\/[\w.:-]+$/i.test(value));

function has(env: Env, key: string): boolean {
  return Boolean(env[key]?.trim());
}

function chooseLlm(env: Env, f: ProviderFactories, problems: string[]): ProviderChoice<llm.LLM> {
  const provider =
    (env.LLM_PROVIDER ?? '').trim().toLowerCase() ||
    (has(env, 'LLM_BASE_URL')
      ? 'openai-compatible'
      : has(env, 'OPENAI_API_KEY')
        ? 'openai'
        : isInferenceString(env.LLM_MODEL)
          ? 'inference'
          : 'local');
  switch (provider) {
    case 'local':
      return { model: f.localLlm(), label: 'local rule-based policy (offline)', offline: true };
    case 'openai': {
      if (!has(env, 'OPENAI_API_KEY')) problems.push('LLM_PROVIDER=openai needs OPENAI_API_KEY.');
      const model = env.LLM_MODEL ?? 'gpt-4o-mini';
      return {
        model: problems.length ? undefined : new openai.LLM({ model, apiKey: env.OPENAI_API_KEY }),
        label: `OpenAI ${model}`,
      };
    }
    case 'openai-compatible': {
      if (!has(env, 'LLM_BASE_URL'))
        problems.push('LLM_PROVIDER=openai-compatible needs LLM_BASE_URL (e.g. http://127.0.0.1:11434/v1 for Ollama).');
      if (!has(env, 'LLM_MODEL')) problems.push('An OpenAI-compatible LLM needs LLM_MODEL (e.g. llama3.1).');
      if (problems.length) return { label: 'OpenAI-compatible (incomplete)' };
      // Local servers such as Ollama ignore the key, but the client insists on one.
      return {
        model: new openai.LLM({
          model: env.LLM_MODEL!,
          baseURL: env.LLM_BASE_URL,
          apiKey: env.LLM_API_KEY ?? 'not-needed',
        }),
        label: `${env.LLM_MODEL} at ${env.LLM_BASE_URL}`,
      };
    }
    case 'inference':
      if (!isInferenceString(env.LLM_MODEL))
        problems.push('LLM_PROVIDER=inference needs LLM_MODEL as provider/model, e.g. openai/gpt-4.1-mini.');
      requireLiveKit(env, problems, 'LiveKit inference LLM');
      return { model: env.LLM_MODEL, label: `LiveKit inference ${env.LLM_MODEL}` };
    default:
      problems.push(`LLM_PROVIDER="${provider}" is not known: use local, openai, openai-compatible or inference.`);
      return { label: 'unknown' };
  }
}

function chooseStt(env: Env, problems: string[]): ProviderChoice<stt.STT> {
  const provider =
    (env.STT_PROVIDER ?? '').trim().toLowerCase() ||
    (has(env, 'STT_BASE_URL')
      ? 'openai-compatible'
      : has(env, 'DEEPGRAM_API_KEY')
        ? 'deepgram'
        : has(env, 'OPENAI_API_KEY')
          ? 'openai'
          : isInferenceString(env.STT_MODEL)
            ? 'inference'
            : 'none');
  switch (provider) {
    case 'none':
      return { label: 'none (text input only; set DEEPGRAM_API_KEY, OPENAI_API_KEY or STT_BASE_URL for speech input)' };
    case 'deepgram':
      if (!has(env, 'DEEPGRAM_API_KEY')) problems.push('STT_PROVIDER=deepgram needs DEEPGRAM_API_KEY.');
      return {
        model: problems.length
          ? undefined
          : new deepgram.STT({ apiKey: env.DEEPGRAM_API_KEY, model: (env.STT_MODEL ?? 'nova-3') as never }),
        label: `Deepgram ${env.STT_MODEL ?? 'nova-3'}`,
      };
    case 'openai':
      if (!has(env, 'OPENAI_API_KEY')) problems.push('STT_PROVIDER=openai needs OPENAI_API_KEY.');
      return {
        model: problems.length
          ? undefined
          : new openai.STT({ apiKey: env.OPENAI_API_KEY, model: env.STT_MODEL ?? 'gpt-4o-mini-transcribe' }),
        label: `OpenAI ${env.STT_MODEL ?? 'gpt-4o-mini-transcribe'}`,
      };
    case 'openai-compatible':
      if (!has(env, 'STT_BASE_URL')) problems.push('STT_PROVIDER=openai-compatible needs STT_BASE_URL.');
      return {
        model: problems.length
          ? undefined
          : new openai.STT({
              baseURL: env.STT_BASE_URL,
              apiKey: env.STT_API_KEY ?? 'not-needed',
              model: env.STT_MODEL ?? 'whisper-1',
            }),
        label: `${env.STT_MODEL ?? 'whisper-1'} at ${env.STT_BASE_URL}`,
      };
    case 'inference':
      requireLiveKit(env, problems, 'LiveKit inference STT');
      return { model: env.STT_MODEL, label: `LiveKit inference ${env.STT_MODEL}` };
    default:
      problems.push(
        `STT_PROVIDER="${provider}" is not known: use deepgram, openai, openai-compatible, inference or none.`,
      );
      return { label: 'unknown' };
  }
}

function chooseTts(env: Env, f: ProviderFactories, problems: string[]): ProviderChoice<tts.TTS> {
  const provider =
    (env.TTS_PROVIDER ?? '').trim().toLowerCase() ||
    (has(env, 'ELEVEN_API_KEY')
      ? 'elevenlabs'
      : has(env, 'OPENAI_API_KEY')
        ? 'openai'
        : isInferenceString(env.TTS_MODEL)
          ? 'inference'
          : 'local');
  switch (provider) {
    case 'local': {
      const model = f.localTts?.();
      return model
        ? { model, label: 'espeak-ng (offline)', offline: true }
        : { label: 'none (install espeak-ng for offline speech)' };
    }
    case 'elevenlabs':
      if (!has(env, 'ELEVEN_API_KEY')) problems.push('TTS_PROVIDER=elevenlabs needs ELEVEN_API_KEY.');
      return {
        model: problems.length ? undefined : new elevenlabs.TTS({ apiKey: env.ELEVEN_API_KEY, voiceId: env.TTS_VOICE }),
        label: 'ElevenLabs',
      };
    case 'openai':
      if (!has(env, 'OPENAI_API_KEY')) problems.push('TTS_PROVIDER=openai needs OPENAI_API_KEY.');
      return {
        model: problems.length
          ? undefined
          : new openai.TTS({ apiKey: env.OPENAI_API_KEY, voice: (env.TTS_VOICE ?? 'alloy') as never }),
        label: `OpenAI TTS ${env.TTS_VOICE ?? 'alloy'}`,
      };
    case 'inference':
    case 'cartesia':
      // Cartesia is reached through LiveKit inference (e.g. TTS_MODEL=cartesia/sonic-2:<voice-id>).
      if (!isInferenceString(env.TTS_MODEL))
        problems.push(`TTS_PROVIDER=${provider} needs TTS_MODEL as provider/model, e.g. cartesia/sonic-2.`);
      requireLiveKit(env, problems, 'LiveKit inference TTS');
      return { model: env.TTS_MODEL, label: `LiveKit inference ${env.TTS_MODEL}` };
    default:
      problems.push(`TTS_PROVIDER="${provider}" is not known: use local, elevenlabs, openai, cartesia or inference.`);
      return { label: 'unknown' };
  }
}

function requireLiveKit(env: Env, problems: string[], what: string): void {
  for (const key of ['LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET']) {
    if (!has(env, key)) problems.push(`${what} needs ${key}.`);
  }
}

/** Resolve all three providers; throws ProviderConfigError listing everything missing at once. */
export function providersFromEnv(env: Env, factories: ProviderFactories): Providers {
  const problems: string[] = [];
  const llmChoice = chooseLlm(env, factories, problems);
  const sttChoice = chooseStt(env, problems);
  const ttsChoice = chooseTts(env, factories, problems);
  if (problems.length > 0) throw new ProviderConfigError(problems);
  return { llm: llmChoice, stt: sttChoice, tts: ttsChoice, offline: llmChoice.offline === true };
}
