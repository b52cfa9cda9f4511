import { voice } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { FallbackChainLLM } from './fallback_llm.js';
import { providerNames, providersFromEnv, ProviderConfigError } from './from_env.js';
import { WatchedSTT } from './watched_stt.js';

const localLlm = () => new voice.testing.FakeLLM();

describe('providers from the environment', () => {
  it('uses the offline policy with no keys at all', () => {
    const p = providersFromEnv({}, { localLlm });
    expect(p.offline).toBe(true);
    expect(p.llm.model).toBeInstanceOf(voice.testing.FakeLLM);
    expect(p.stt.model).toBeUndefined();
    expect(p.stt.label).toMatch(/text input only/);
  });

  it('picks OpenAI-compatible servers from LLM_BASE_URL', () => {
    const p = providersFromEnv({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'llama3.1' }, { localLlm });
    expect(p.offline).toBe(false);
    expect(p.llm.label).toBe('llama3.1 at http://127.0.0.1:11434/v1 (falls back to local policy)');
    expect(p.llm.model).toBeInstanceOf(FallbackChainLLM);
    expect(providerNames(p).llm).toEqual(['llama3.1 at http://127.0.0.1:11434/v1', 'local policy']);
  });

  it('treats empty variables as unset, prefers LLM_API_KEY over OPENAI_API_KEY, and never prints a credential', () => {
    // `cp .env.example .env`: every variable present and empty, plus the one the user filled.
    const p = providersFromEnv(
      { LLM_API_KEY: '', LLM_PROVIDER: '', LLM_MODEL: '', LOG_LEVEL: '', OPENAI_API_KEY: 'sk-real' },
      { localLlm },
    );
    expect(p.llm.label).toBe('OpenAI gpt-4o-mini (falls back to local policy)');
    const withUrl = providersFromEnv(
      { LLM_BASE_URL: 'https://user:pa55word@llm.example.com/v1?key=abc', LLM_MODEL: 'm', LLM_FALLBACK: 'none' },
      { localLlm },
    );
    expect(withUrl.llm.label).toBe('m at https://llm.example.com/v1');
    expect(JSON.stringify(providerNames(withUrl))).not.toMatch(/pa55word|abc/);
  });

  it('OpenAI and STT_BASE_URL speech: HTTP transcription per utterance, failures reported (WatchedSTT)', () => {
    for (const env of [
      { OPENAI_API_KEY: 'sk-test' },
      { STT_BASE_URL: 'http://127.0.0.1:9/v1', STT_MODEL: 'whisper-1' },
    ]) {
      const stt = providersFromEnv(env, { localLlm }).stt.model;
      expect(stt).toBeInstanceOf(WatchedSTT);
      // Not the realtime WebSocket: one request per VAD-cut utterance, so a failure costs one utterance.
      expect((stt as WatchedSTT).inner.capabilities.streaming).toBe(false);
    }
  });

  it('names contradictory settings together in one error', () => {
    expect(() =>
      providersFromEnv(
        { LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'sk-x', LLM_BASE_URL: 'http://127.0.0.1:1/v1' },
        { localLlm },
      ),
    ).toThrow(/LLM_PROVIDER=openai contradicts LLM_BASE_URL/);
    expect(() => providersFromEnv({ OPENAI_API_KEY: 'sk-x', LLM_FALLBACK: 'maybe' }, { localLlm })).toThrow(
      /LLM_FALLBACK="maybe"/,
    );
  });

  it('lists every missing setting in one error and never prints secrets', () => {
    let error: unknown;
    try {
      providersFromEnv(
        {
          LLM_PROVIDER: 'openai-compatible',
          STT_PROVIDER: 'deepgram',
          TTS_PROVIDER: 'elevenlabs',
          OPENAI_API_KEY: 'sk-secret-value',
        },
        { localLlm },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProviderConfigError);
    const message = (error as Error).message;
    expect(message).toContain('LLM_BASE_URL');
    expect(message).toContain('LLM_MODEL');
    expect(message).toContain('DEEPGRAM_API_KEY');
    expect(message).toContain('ELEVEN_API_KEY');
    expect(message).not.toContain('sk-secret-value');
  });

  it('rejects unknown provider names with the valid choices', () => {
    expect(() => providersFromEnv({ LLM_PROVIDER: 'gpt5' }, { localLlm })).toThrow(
      /LLM_PROVIDER="gpt5" is not known: use local, openai, openai-compatible or inference/,
    );
  });

  it('routes Cartesia through LiveKit inference and asks for LiveKit credentials', () => {
    expect(() => providersFromEnv({ TTS_PROVIDER: 'cartesia', TTS_MODEL: 'cartesia/sonic-2' }, { localLlm })).toThrow(
      /LIVEKIT_API_KEY/,
    );
    const p = providersFromEnv(
      { TTS_PROVIDER: 'cartesia', TTS_MODEL: 'cartesia/sonic-2', LIVEKIT_API_KEY: 'k', LIVEKIT_API_SECRET: 's' },
      { localLlm },
    );
    expect(p.tts.model).toBe('cartesia/sonic-2');
  });
});
