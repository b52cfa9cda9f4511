// Providers: choose STT/LLM/TTS from the environment, with the offline defaults injected.
export {
  providersFromEnv,
  ProviderConfigError,
  type Env,
  type Providers,
  type ProviderChoice,
  type ProviderFactories,
} from './from_env.js';
