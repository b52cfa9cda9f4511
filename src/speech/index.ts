// Offline speech layer: espeak-ng TTS, bundled Silero VAD, and local audio I/O for AgentSession.
export {
  DEFAULT_ESPEAK_OPTIONS,
  ESPEAK_CHANNELS,
  ESPEAK_SAMPLE_RATE,
  EspeakFailedError,
  EspeakNotFoundError,
  type EspeakVoiceOptions,
  assertEspeakAvailable,
  espeakFrames,
  isEspeakAvailable,
} from './espeak_process.js';
export { EspeakChunkedStream, EspeakSynthesizeStream, EspeakTTS, type EspeakTTSOptions } from './espeak_tts.js';
export { RESPONSIVE_VAD_OPTIONS, type VadOptions, loadVad } from './vad.js';
export { PlayoutAudioOutput, type PlayoutOptions, SilentAudioOutput } from './playout_output.js';
export { WavFileOutput, type WavFileOutputOptions, playedPortion } from './wav_file_output.js';
export { WAV_HEADER_BYTES, WavWriter, wavHeader } from './wav_writer.js';
export { type WavAudio, readWav } from './wav_reader.js';
export {
  DeviceAudioOutput,
  type DeviceAudioOutputOptions,
  PLAYERS,
  type PlayerCommand,
  type SoundDeviceProbe,
  SoundDeviceUnavailableError,
  probeSoundDevice,
} from './device_output.js';
export { type AgentAudioOutput, openAgentAudioOutput } from './console_output.js';
export { CALLER_VOICE, synthesizeUtterance } from './caller_speech.js';
export { type DeliveredAudio, PcmAudioInput, type PcmAudioInputOptions } from './audio_input.js';
export { type CapturedFrame, type CapturedSegment, CaptureAudioOutput } from './capture_output.js';
export { type RecognizedSegment, ScriptedSTT } from './scripted_stt.js';
export { concatSamples, frameDurationMs, rms, totalDurationMs, trimSilence } from './pcm.js';
export {
  DEFAULT_TURN_TAKING_MODE,
  TURN_TAKING_DEFAULTS,
  TURN_TAKING_MODES,
  TurnTakingConfigError,
  type TurnTakingMode,
  type TurnTakingSettings,
  describeTurnTaking,
  turnHandlingFor,
  turnTakingFromEnv,
  vadOptionsFor,
} from './turn_taking.js';
export { TranscriptTurnDetector, currentUserTurn, endOfTurnProbability } from './transcript_turn_detector.js';
export { createLocalAudioTurnDetector, inProcessEotExecutor, prewarmLocalAudioEot } from './local_audio_eot.js';
export {
  BENCH_CALLER_LINES,
  BENCH_PAUSED_LINES,
  type PausedLine,
  type SpeechBenchOptions,
  type SpeechBenchResult,
  benchSpeech,
  measureTtsFirstFrame,
  measureVadEndOfSpeech,
} from './bench_speech.js';
