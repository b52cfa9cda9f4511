// Providers: choose STT/LLM/TTS from the environment, with the offline defaults injected.
export {
  cleanEnv,
  providerNames,
  safeUrl,
  providersFromEnv,
  ProviderConfigError,
  type Env,
  type Providers,
  type ProviderChoice,
  type ProviderFactories,
} from './from_env.js';
export {
  FallbackChainLLM,
  type ChainLink,
  type Degradation,
  type FallbackChainOptions,
  type LlmFailureKind,
} from './fallback_llm.js';
export { WatchedSTT, type RecognitionFailure } from './watched_stt.js';
