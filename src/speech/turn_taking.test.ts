import { voice } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { workerSettingsFromEnv } from '../worker/settings.js';
import { inProcessEotExecutor } from './local_audio_eot.js';
import { TranscriptTurnDetector } from './transcript_turn_detector.js';
import {
  DEFAULT_TURN_TAKING_MODE,
  TURN_TAKING_DEFAULTS,
  TurnTakingConfigError,
  describeTurnTaking,
  turnHandlingFor,
  turnTakingFromEnv,
  vadOptionsFor,
} from './turn_taking.js';
import { synthesizeUtterance } from './caller_speech.js';
import { isEspeakAvailable } from './espeak_process.js';

describe('turn-taking settings from the environment', () => {
  it('defaults to the transcript detector with a short silence', () => {
    const s = turnTakingFromEnv({});
    expect(s).toEqual(TURN_TAKING_DEFAULTS[DEFAULT_TURN_TAKING_MODE]);
    expect(s.mode).toBe('transcript');
    expect(vadOptionsFor(s)).toEqual({ minSilenceDuration: s.vadMinSilenceMs });
    expect(turnHandlingFor(s).turnDetection).toBeInstanceOf(TranscriptTurnDetector);
    expect(describeTurnTaking(s)).toContain('transcript');
  });

  it('keeps VAD-only available, with its own defaults', () => {
    const s = turnTakingFromEnv({ TURN_DETECTION: 'vad' });
    expect(s).toMatchObject({ mode: 'vad', vadMinSilenceMs: 300, minEndpointingDelayMs: 300 });
    expect(turnHandlingFor(s)).toEqual({ turnDetection: 'vad', endpointing: { minDelay: 300, maxDelay: 3000 } });
  });

  it('treats empty variables as unset and reads overrides', () => {
    expect(turnTakingFromEnv({ TURN_DETECTION: '', VAD_MIN_SILENCE_MS: ' ' }).mode).toBe('transcript');
    expect(
      turnTakingFromEnv({ TURN_DETECTION: 'VAD', MIN_ENDPOINTING_DELAY_MS: '0', MAX_ENDPOINTING_DELAY_MS: '900' }),
    ).toMatchObject({ mode: 'vad', minEndpointingDelayMs: 0, maxEndpointingDelayMs: 900 });
    // The earlier spelling for the framework's detector still works.
    expect(turnTakingFromEnv({ TURN_DETECTION: 'model' }).mode).toBe('audio');
  });

  it('names the variable that is wrong', () => {
    expect(() => turnTakingFromEnv({ TURN_DETECTION: 'smart' })).toThrowError(
      /TURN_DETECTION=smart.*transcript, audio, vad/,
    );
    expect(() => turnTakingFromEnv({ VAD_MIN_SILENCE_MS: '-5' })).toThrowError(TurnTakingConfigError);
    expect(() => turnTakingFromEnv({ MIN_ENDPOINTING_DELAY_MS: 'fast' })).toThrowError(/MIN_ENDPOINTING_DELAY_MS=fast/);
    expect(() => turnTakingFromEnv({ MIN_ENDPOINTING_DELAY_MS: '800', MAX_ENDPOINTING_DELAY_MS: '500' })).toThrowError(
      /below MIN_ENDPOINTING_DELAY_MS/,
    );
    expect(() => turnTakingFromEnv({ TURN_DETECTION: 'audio', VAD_MIN_SILENCE_MS: '100' })).toThrowError(
      /at least 250/,
    );
  });

  it('is checked when the worker starts, with the other worker settings', () => {
    expect(() => workerSettingsFromEnv({ TURN_DETECTION: 'smart', LOAD_THRESHOLD: '2' }, 'app.ts')).toThrowError(
      /LOAD_THRESHOLD[\s\S]*TURN_DETECTION=smart|TURN_DETECTION=smart[\s\S]*LOAD_THRESHOLD/,
    );
    expect(workerSettingsFromEnv({}, 'app.ts').turnTaking?.mode).toBe('transcript');
  });

  it('gives a live session the framework audio detector in audio mode', async () => {
    const handling = turnHandlingFor(turnTakingFromEnv({ TURN_DETECTION: 'audio' }));
    expect(handling.turnDetection).toBeDefined();
    expect(typeof handling.turnDetection).toBe('object');
    // The session accepts it as its turn detector.
    const session = new voice.AgentSession({ turnHandling: handling });
    expect(session.turnDetection).toBe(handling.turnDetection);
    await session.close();
  });
});

describe.skipIf(!isEspeakAvailable())('the local audio end-of-turn model, in process', () => {
  it('scores caller speech with a probability', async () => {
    const { samples, sampleRate } = await synthesizeUtterance('Thanks that is all for today');
    // 16 kHz, last 1.2 s, with 200 ms of silence after the words (what the framework sends).
    const n = Math.floor((samples.length * 16000) / sampleRate);
    const pcm = new Int16Array(Math.min(19_200, n + 3200));
    const offset = Math.max(0, n + 3200 - 19_200);
    for (let i = 0; i < pcm.length - 3200 && i + offset < n; i++) {
      pcm[i] = samples[Math.floor(((i + offset) * sampleRate) / 16000)]!;
    }
    const out = (await inProcessEotExecutor.doInference('lk_eot_audio', {
      pcm: Buffer.from(pcm.buffer).toString('base64'),
    })) as { probability: number; inferenceDurationMs: number };
    expect(out.probability).toBeGreaterThanOrEqual(0);
    expect(out.probability).toBeLessThanOrEqual(1);
    expect(out.inferenceDurationMs).toBeGreaterThan(0);
  }, 30_000);

  it('refuses other inference methods', async () => {
    await expect(inProcessEotExecutor.doInference('lk_other', {})).rejects.toThrow(/only runs lk_eot_audio/);
  });
});
