// Chooses STT/LLM/TTS from the environment. With nothing set, the offline default is the local
// rule-based policy (LLM) and espeak-ng (TTS); STT then needs a configured provider.
import { type llm, stt, tokenize, tts } from '@livekit/agents';
import * as deepgram from '@livekit/agents-plugin-deepgram';
import * as elevenlabs from '@livekit/agents-plugin-elevenlabs';
import * as openai from '@livekit/agents-plugin-openai';
import { FallbackChainLLM, type ChainLink } from './fallback_llm.js';
import { WatchedSTT } from './watched_stt.js';

export type Env = Record<string, string | undefined>;

export interface ProviderChoice<T> {
  /** The model (or a LiveKit inference model string) to use, undefined when none is configured. */
  model?: T | string;
  /** Human description for banners and logs; never contains secrets. */
  label: string;
  /** Runs on this machine with no network (local policy, espeak-ng). */
  offline?: boolean;
  /** What a record and the `session_start` event name: provider and model, never a credential. */
  names?: string[];
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

/** Empty (or blank) variables count as unset everywhere: `cp .env.example .env` sets nothing. */
export function cleanEnv(env: Env): Env {
  const out: Env = {};
  for (const [key, value] of Object.entries(env)) {
    const trimmed = value?.trim();
    if (trimmed) out[key] = trimmed;
  }
  return out;
}

/** A URL fit to print: no user:password, no query string (keys sometimes travel there). */
export function safeUrl(raw: string): string {
  try {
    const url = new URL(raw);
    url.username = '';
    url.password = '';
    url.search = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return '(unparseable URL)';
  }
}

function positiveMs(env: Env, key: string, problems: string[]): number | undefined {
  const raw = env[key];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    problems.push(`${key} must be a number of milliseconds ≥ 0, got "${raw}".`);
    return undefined;
  }
  return value;
}

/** The session LLM: the configured model(s) as a fallback chain ending in the offline policy. */
function chain(env: Env, f: ProviderFactories, primary: ChainLink, problems: string[]): ProviderChoice<llm.LLM> {
  const fallback = (env.LLM_FALLBACK ?? 'local').toLowerCase();
  if (fallback !== 'local' && fallback !== 'none')
    problems.push(`LLM_FALLBACK="${env.LLM_FALLBACK}" is not known: use local (default) or none.`);
  const models = [primary];
  if (env.LLM_FALLBACK_MODEL || env.LLM_FALLBACK_BASE_URL) {
    if (!env.LLM_FALLBACK_MODEL) problems.push('LLM_FALLBACK_BASE_URL needs LLM_FALLBACK_MODEL (the second model).');
    else {
      const baseURL = env.LLM_FALLBACK_BASE_URL ?? env.LLM_BASE_URL;
      const apiKey = env.LLM_FALLBACK_API_KEY ?? env.LLM_API_KEY ?? env.OPENAI_API_KEY ?? 'not-needed';
      models.push({
        llm: new openai.LLM({ model: env.LLM_FALLBACK_MODEL, baseURL, apiKey }),
        name: baseURL ? `${env.LLM_FALLBACK_MODEL} at ${safeUrl(baseURL)}` : `OpenAI ${env.LLM_FALLBACK_MODEL}`,
      });
    }
  }
  const local = fallback === 'none' ? undefined : { llm: f.localLlm(), name: 'local policy' };
  const timing = {
    firstTokenTimeoutMs: positiveMs(env, 'LLM_TIMEOUT_MS', problems),
    holdingAfterMs: positiveMs(env, 'LLM_HOLDING_LINE_MS', problems),
  };
  const names = [...models.map((m) => m.name), ...(local ? [local.name] : [])];
  if (problems.length) return { label: names.join(' → '), names };
  return {
    model: new FallbackChainLLM({
      models,
      local,
      ...Object.fromEntries(Object.entries(timing).filter(([, v]) => v !== undefined)),
    }),
    label: names.length > 1 ? `${names[0]} (falls back to ${names.slice(1).join(', then ')})` : names[0]!,
    names,
  };
}

function chooseLlm(env: Env, f: ProviderFactories, problems: string[]): ProviderChoice<llm.LLM> {
  const explicit = (env.LLM_PROVIDER ?? '').toLowerCase();
  const provider =
    explicit ||
    (has(env, 'LLM_BASE_URL')
      ? 'openai-compatible'
      : has(env, 'OPENAI_API_KEY') || has(env, 'LLM_API_KEY')
        ? 'openai'
        : isInferenceString(env.LLM_MODEL)
          ? 'inference'
          : 'local');
  // Settings that contradict the chosen provider are one clear error, not silently ignored.
  if (env.LLM_BASE_URL && ['openai', 'local', 'inference'].includes(explicit))
    problems.push(
      `LLM_PROVIDER=${explicit} contradicts LLM_BASE_URL (which means an OpenAI-compatible server): set LLM_PROVIDER=openai-compatible (or leave it empty), or unset LLM_BASE_URL.`,
    );
  // Key precedence: LLM_API_KEY, then OPENAI_API_KEY (for OpenAI and OpenAI-compatible servers alike).
  const apiKey = env.LLM_API_KEY ?? env.OPENAI_API_KEY;
  switch (provider) {
    case 'local':
      return {
        model: f.localLlm(),
        label: 'local rule-based policy (offline)',
        offline: true,
        names: ['local policy'],
      };
    case 'openai': {
      if (!apiKey) problems.push('LLM_PROVIDER=openai needs OPENAI_API_KEY (or LLM_API_KEY).');
      const model = env.LLM_MODEL ?? 'gpt-4o-mini';
      const name = `OpenAI ${model}`;
      if (problems.length) return { label: name };
      return chain(env, f, { llm: new openai.LLM({ model, apiKey }), name }, problems);
    }
    case 'openai-compatible': {
      if (!env.LLM_BASE_URL)
        problems.push('LLM_PROVIDER=openai-compatible needs LLM_BASE_URL (e.g. http://127.0.0.1:11434/v1 for Ollama).');
      else if (!/^https?:\/\//i.test(env.LLM_BASE_URL))
        problems.push(`LLM_BASE_URL must start with http:// or https://, got "${safeUrl(env.LLM_BASE_URL)}".`);
      if (!env.LLM_MODEL) problems.push('An OpenAI-compatible LLM needs LLM_MODEL (e.g. llama3.1).');
      if (problems.length) return { label: 'OpenAI-compatible (incomplete)' };
      const name = `${env.LLM_MODEL} at ${safeUrl(env.LLM_BASE_URL!)}`;
      // Local servers such as Ollama ignore the key, but the client insists on one.
      const model = new openai.LLM({
        model: env.LLM_MODEL!,
        baseURL: env.LLM_BASE_URL,
        apiKey: apiKey ?? 'not-needed',
      });
      return chain(env, f, { llm: model, name }, problems);
    }
    case 'inference':
      if (!isInferenceString(env.LLM_MODEL))
        problems.push('LLM_PROVIDER=inference needs LLM_MODEL as provider/model, e.g. openai/gpt-4.1-mini.');
      requireLiveKit(env, problems, 'LiveKit inference LLM');
      return {
        model: env.LLM_MODEL,
        label: `LiveKit inference ${env.LLM_MODEL}`,
        names: [`inference ${env.LLM_MODEL}`],
      };
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
          : new openai.STT({
              apiKey: env.OPENAI_API_KEY,
              baseURL: env.OPENAI_BASE_URL,
              model: env.STT_MODEL ?? 'gpt-4o-mini-transcribe',
              useRealtime: false,
            }),
        label: `OpenAI ${env.STT_MODEL ?? 'gpt-4o-mini-transcribe'}`,
      };
    case 'openai-compatible':
      if (!has(env, 'STT_BASE_URL')) problems.push('STT_PROVIDER=openai-compatible needs STT_BASE_URL.');
      return {
        model: problems.length
          ? undefined
          : new openai.STT({
              baseURL: env.STT_BASE_URL,
              apiKey: env.STT_API_KEY ?? env.OPENAI_API_KEY ?? 'not-needed',
              model: env.STT_MODEL ?? 'whisper-1',
              useRealtime: false,
            }),
        label: `${env.STT_MODEL ?? 'whisper-1'} at ${safeUrl(env.STT_BASE_URL ?? '')}`,
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
export function providersFromEnv(rawEnv: Env, factories: ProviderFactories): Providers {
  const env = cleanEnv(rawEnv);
  const problems: string[] = [];
  const llmChoice = chooseLlm(env, factories, problems);
  const sttChoice = watched(chooseStt(env, problems));
  const ttsChoice = withTtsFallback(chooseTts(env, factories, problems), factories);
  if (problems.length > 0) throw new ProviderConfigError(problems);
  return { llm: llmChoice, stt: sttChoice, tts: ttsChoice, offline: llmChoice.offline === true };
}

/**
 * Speech recognition with its failures reported (see WatchedSTT). OpenAI STT uses the HTTP
 * transcription endpoint, one request per utterance cut by the session's VAD (what Whisper-style
 * servers offer), so a failed request costs one utterance, not the call.
 */
function watched(choice: ProviderChoice<stt.STT>): ProviderChoice<stt.STT> {
  if (!(choice.model instanceof stt.STT)) return choice;
  return { ...choice, model: new WatchedSTT(choice.model, choice.label) };
}

/** A remote TTS falls back to espeak-ng (when installed); the console still shows every reply as text. */
function withTtsFallback(choice: ProviderChoice<tts.TTS>, f: ProviderFactories): ProviderChoice<tts.TTS> {
  if (choice.offline || !(choice.model instanceof tts.TTS)) return choice;
  const local = f.localTts?.();
  if (!local) return choice;
  // A provider failure must only move the call to espeak-ng. Two framework paths would end the call
  // instead: the adapter wraps a non-streaming TTS in a fresh StreamAdapter per utterance whose
  // 'error' nobody listens to (ERR_UNHANDLED_ERROR), and it forwards every instance's 'error' to the
  // session, which closes on an unrecoverable one although the next instance would have spoken.
  // So: wrap once here, and keep instance errors off the session (the adapter still reports the
  // switch with 'tts_availability_changed', which the degradation watcher turns into events).
  const remote = choice.model.capabilities.streaming
    ? choice.model
    : new tts.StreamAdapter(choice.model, new tokenize.basic.SentenceTokenizer());
  const adapter = new tts.FallbackAdapter({ ttsInstances: [remote, local], maxRetryPerTTS: 0 });
  for (const instance of new Set([choice.model, remote, local])) {
    instance.removeAllListeners('error');
    instance.on('error', () => {});
  }
  return {
    ...choice,
    model: adapter,
    label: `${choice.label} (falls back to espeak-ng)`,
    names: [choice.label, 'espeak-ng'],
  };
}

/** Names of the providers in use, for the `session_start` event and session records. */
export function providerNames(p: Providers): { llm: string[]; stt: string[]; tts: string[] } {
  return {
    llm: p.llm.names ?? [p.llm.label],
    stt: p.stt.model ? (p.stt.names ?? [p.stt.label]) : [],
    tts: p.tts.model ? (p.tts.names ?? [p.tts.label]) : [],
  };
}
