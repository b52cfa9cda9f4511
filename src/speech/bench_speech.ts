import { type VAD, type llm as llmNs, type tts as ttsNs, voice } from '@livekit/agents';
import { PcmAudioInput } from './audio_input.js';
import { CaptureAudioOutput } from './capture_output.js';
import { synthesizeUtterance } from './caller_speech.js';
import { EspeakTTS } from './espeak_tts.js';
import { ScriptedSTT } from './scripted_stt.js';
import { RESPONSIVE_VAD_OPTIONS, loadVad } from './vad.js';

/** Caller lines without commas: espeak pauses at commas, which could split one turn in two. */
export const BENCH_CALLER_LINES = [
  'Hello I need help with my bill',
  'What time do you open tomorrow',
  'I would like to change my address',
  'Can you check my order status',
  'Thanks that is all for today',
];

export interface SpeechBenchOptions {
  /** Caller turns to measure (default 20). */
  turns?: number;
  /** Caller utterances, cycled (default {@link BENCH_CALLER_LINES}). */
  callerLines?: readonly string[];
  /** LLM; default a FakeLLM answering every line with one sentence at ttft 0. */
  llm?: llmNs.LLM;
  /** Agent to talk to; default a plain agent. */
  agent?: voice.Agent;
  /** TTS; default {@link EspeakTTS}. */
  tts?: ttsNs.TTS;
  /** VAD; default Silero with {@link RESPONSIVE_VAD_OPTIONS} (300 ms closing silence). */
  vad?: VAD;
  /** Endpointing minDelay in ms (default 300; the framework default is 500). */
  minEndpointingDelayMs?: number;
  /** Silence between the agent's reply and the next caller turn (default 300 ms). */
  gapMs?: number;
  /** Give up on a turn with no agent audio after this long (default 8000 ms). */
  turnTimeoutMs?: number;
}

export interface SpeechBenchResult {
  /** User turn committed (end-of-utterance decision) → first agent audio frame at the output. */
  voiceReplyMsMedian: number;
  voiceReplyMsP95: number;
  /** Last sample of caller speech delivered → first agent audio frame, everything included. */
  speechEndToAudioMsMedian: number;
  speechEndToAudioMsP95: number;
  /** TTS time to first frame inside the session (framework tts_metrics ttfb). */
  ttsFirstFrameMsMedian: number;
  /** Turns that produced a reply and were measured. */
  turns: number;
  /** Turns with no agent audio within the timeout. */
  missedTurns: number;
  settings: { minEndpointingDelayMs: number; vadMinSilenceMs: number | undefined; realtimeInput: true };
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Runs a voice session with no room: synthesized caller speech paced in real time through
 * {@link PcmAudioInput} → Silero VAD → {@link ScriptedSTT} → LLM → TTS → {@link CaptureAudioOutput}.
 *
 * Endpointing: turnDetection 'vad', endpointing minDelay {@link SpeechBenchOptions.minEndpointingDelayMs}
 * (300 ms) and VAD minSilenceDuration 300 ms; in VAD mode the turn ends at max(both) after the
 * last speech, so ~300 ms of every speechEnd→audio figure is deliberate listening for more speech.
 * The agent's audio counts as played instantly (the latencies end at its first frame).
 */
export async function benchSpeech(options: SpeechBenchOptions = {}): Promise<SpeechBenchResult> {
  const turns = options.turns ?? 20;
  const lines = options.callerLines ?? BENCH_CALLER_LINES;
  const minDelay = options.minEndpointingDelayMs ?? 300;
  const gapMs = options.gapMs ?? 300;
  const timeoutMs = options.turnTimeoutMs ?? 8000;

  const llm =
    options.llm ??
    new voice.testing.FakeLLM(lines.map((line) => ({ input: line, content: 'Sure. I can help you with that.' })));
  const ownTts = options.tts ? undefined : new EspeakTTS();
  const tts = options.tts ?? ownTts!;
  const vad = options.vad ?? (await loadVad());
  const voices = await Promise.all(lines.map((line) => synthesizeUtterance(line)));

  let current = 0;
  const stt = new ScriptedSTT(() => lines[current % lines.length]!);
  const input = new PcmAudioInput();
  const output = new CaptureAudioOutput({ realtime: false });
  const session = new voice.AgentSession({
    vad,
    stt,
    llm,
    tts,
    turnHandling: { turnDetection: 'vad', endpointing: { minDelay } },
  });

  const commits: number[] = [];
  const ttsTtfb: number[] = [];
  session.on(voice.AgentSessionEventTypes.MetricsCollected, ({ metrics }) => {
    if (metrics.type === 'eou_metrics') commits.push(metrics.lastSpeakingTimeMs + metrics.endOfUtteranceDelayMs);
    if (metrics.type === 'tts_metrics' && metrics.ttfbMs >= 0) ttsTtfb.push(metrics.ttfbMs);
  });
  let agentState: string = 'initializing';
  session.on(voice.AgentSessionEventTypes.AgentStateChanged, (ev) => (agentState = ev.newState));

  session.input.audio = input;
  session.output.audio = output;
  const voiceReply: number[] = [];
  const speechEndToAudio: number[] = [];
  let missed = 0;
  try {
    await session.start({ agent: options.agent ?? new voice.Agent({ instructions: 'You are a helpful agent.' }) });
    await sleep(500); // let the first greeting (if any) and VAD warm up
    for (let turn = 0; turn < turns; turn++) {
      current = turn;
      const utterance = voices[turn % voices.length]!;
      const framesBefore = output.frames.length;
      const commitsBefore = commits.length;
      const { endedAt: speechEnd } = await input.push(utterance.samples, utterance.sampleRate);

      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline && !(output.frames.length > framesBefore && agentState === 'listening')) {
        await sleep(10);
      }
      const first = output.frames.slice(framesBefore).find((f) => f.at >= speechEnd);
      const commit = commits.slice(commitsBefore)[0];
      if (!first || commit === undefined) {
        missed++;
      } else {
        speechEndToAudio.push(first.at - speechEnd);
        voiceReply.push(first.at - commit);
      }
      await sleep(gapMs);
    }
  } finally {
    await session.close();
    await input.close();
    await ownTts?.close();
  }

  return {
    voiceReplyMsMedian: quantile(voiceReply, 0.5),
    voiceReplyMsP95: quantile(voiceReply, 0.95),
    speechEndToAudioMsMedian: quantile(speechEndToAudio, 0.5),
    speechEndToAudioMsP95: quantile(speechEndToAudio, 0.95),
    ttsFirstFrameMsMedian: quantile(ttsTtfb, 0.5),
    turns: voiceReply.length,
    missedTurns: missed,
    settings: {
      minEndpointingDelayMs: minDelay,
      vadMinSilenceMs: options.vad ? undefined : RESPONSIVE_VAD_OPTIONS.minSilenceDuration,
      realtimeInput: true,
    },
  };
}

/** Standalone TTS time-to-first-frame for each sentence (ms), e.g. to compare voices. */
export async function measureTtsFirstFrame(tts: ttsNs.TTS, sentences: readonly string[]): Promise<number[]> {
  const out: number[] = [];
  for (const sentence of sentences) {
    const start = performance.now();
    const stream = tts.synthesize(sentence);
    let first: number | undefined;
    for await (const _ of stream) first ??= performance.now() - start;
    out.push(first ?? Number.NaN);
  }
  return out;
}
