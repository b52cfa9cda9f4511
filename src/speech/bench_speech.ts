import { VADEventType, type llm as llmNs, type tts as ttsNs, voice } from '@livekit/agents';
import { PcmAudioInput } from './audio_input.js';
import { CaptureAudioOutput } from './capture_output.js';
import { synthesizeUtterance as synthesizeFresh } from './caller_speech.js';
import { framesFromSamples } from './pcm.js';
import { EspeakTTS } from './espeak_tts.js';
import { ScriptedSTT } from './scripted_stt.js';
import { TURN_TAKING_DEFAULTS, type TurnTakingSettings, turnHandlingFor, vadOptionsFor } from './turn_taking.js';
import { loadVad } from './vad.js';

// espeak-ng is deterministic: each caller line is synthesised once per bench run, not once per
// turn-taking mode and measurement (the samples are only read).
const synthesized = new Map<string, ReturnType<typeof synthesizeFresh>>();
function synthesizeUtterance(line: string): ReturnType<typeof synthesizeFresh> {
  let voice = synthesized.get(line);
  if (!voice) synthesized.set(line, (voice = synthesizeFresh(line)));
  return voice;
}

/** Sample rate the Silero plugin runs at (its event positions are in these samples). */
const VAD_SAMPLE_RATE = 16_000;

/** Caller lines without commas: espeak pauses at commas, which could split one turn in two. */
export const BENCH_CALLER_LINES = [
  'Hello I need help with my bill',
  'What time do you open tomorrow',
  'I would like to change my address',
  'Can you check my order status',
  'Thanks that is all for today',
];

/**
 * Caller turns with a pause inside the sentence: the caller stops after `parts[0]`, is silent for
 * `pauseMs` and goes on with `parts[1]`. An agent that answers during the pause cut the caller off.
 * Pauses sit where people pause: before a value, mid-number, after a preposition or "and".
 */
export interface PausedLine {
  parts: readonly [string, string];
  pauseMs: number;
}

export const BENCH_PAUSED_LINES: readonly PausedLine[] = [
  { parts: ['My phone number is', 'four one five five five five zero one three four'], pauseMs: 500 },
  { parts: ['I would like to book an appointment for', 'next Tuesday afternoon'], pauseMs: 400 },
  { parts: ['My email is', 'dana dot whitfield at example dot com'], pauseMs: 700 },
  { parts: ['I want two pizzas and', 'a caesar salad'], pauseMs: 600 },
  { parts: ['You can call me back on four one five', 'five five five zero one three four'], pauseMs: 350 },
  { parts: ['The problem is that', 'my internet keeps dropping every evening'], pauseMs: 800 },
  { parts: ['I need help with', 'a charge on my last bill'], pauseMs: 450 },
  { parts: ['Can you um', 'check the status of my order'], pauseMs: 300 },
  { parts: ['My name is', 'Dana Whitfield'], pauseMs: 650 },
  { parts: ['I was wondering if', 'you have any vegan options'], pauseMs: 550 },
];

export interface SpeechBenchOptions {
  /** Complete caller turns to measure (default 20). */
  turns?: number;
  /** Caller utterances, cycled (default {@link BENCH_CALLER_LINES}). */
  callerLines?: readonly string[];
  /** Caller turns with a mid-sentence pause, played after the complete ones (default none). */
  pausedLines?: readonly PausedLine[];
  /** LLM; default a FakeLLM answering every line with one sentence at ttft 0. */
  llm?: llmNs.LLM;
  /** Agent to talk to; default a plain agent. */
  agent?: voice.Agent;
  /** TTS; default {@link EspeakTTS}. */
  tts?: ttsNs.TTS;
  /** How the session decides the caller finished (default: the VAD-only settings). */
  turnTaking?: TurnTakingSettings;
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
  /**
   * CPU this process used while the call ran, as a share of one core (user + system time ÷ wall
   * time): what one live voice call costs here (VAD, end-of-turn, policy, TTS, audio I/O).
   */
  cpuCoreShare: number;
  /** Share of paused turns where the agent took the turn before the caller's last word (0–1). */
  falseCutInRate: number;
  /**
   * Complete lines (no pause written in) where the agent still took the turn before the last word:
   * the VAD closed a segment at a gap between words. Counted apart so a short VAD silence cannot
   * buy latency by splitting ordinary sentences unseen.
   */
  completeLineCutIns: number;
  /** Per paused turn: whether, and how early, the agent took the turn. */
  pausedDetail: {
    line: string;
    pauseMs: number;
    cutIn: boolean;
    committedMsBeforeEnd?: number;
    audioMsBeforeEnd?: number;
  }[];
  /** Per measured turn: the caller's line and speech end → first agent audio (ms). */
  turnDetail: { line: string; speechEndToAudioMs: number }[];
  /** Turns that produced a reply and were measured. */
  turns: number;
  /** Paused turns played. */
  pausedTurns: number;
  /** Turns with no agent audio within the timeout. */
  missedTurns: number;
  settings: TurnTakingSettings & { realtimeInput: true };
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

interface PlayedTurn {
  /** Transcript per VAD segment: the first part, the rest, or the whole line. */
  parts: readonly string[];
  /** Set while the caller is still to speak the second part (after the pause). */
  secondPartStarted: boolean;
  firstPartHeard: boolean;
}

/**
 * Runs a voice session with no room: synthesized caller speech paced in real time through
 * {@link PcmAudioInput} → Silero VAD → {@link ScriptedSTT} → end-of-turn decision → LLM → TTS →
 * {@link CaptureAudioOutput}. The turn-taking settings are the ones the worker would use
 * ({@link turnHandlingFor}); the default is VAD-only at 300 ms + 300 ms.
 *
 * The scripted STT transcribes each VAD segment with the words actually spoken in it: the first
 * part of a paused line when the VAD closed a segment during the pause, the whole line when it
 * heard through the pause. The agent's audio counts as played instantly.
 */
export async function benchSpeech(options: SpeechBenchOptions = {}): Promise<SpeechBenchResult> {
  const turns = options.turns ?? 20;
  const lines = options.callerLines ?? BENCH_CALLER_LINES;
  const paused = options.pausedLines ?? [];
  const settings = options.turnTaking ?? TURN_TAKING_DEFAULTS.vad;
  const gapMs = options.gapMs ?? 300;
  const timeoutMs = options.turnTimeoutMs ?? 8000;

  const allText = [...lines, ...paused.map((p) => p.parts.join(' '))];
  const llm =
    options.llm ??
    new voice.testing.FakeLLM(allText.map((line) => ({ input: line, content: 'Sure. I can help you with that.' })));
  const ownTts = options.tts ? undefined : new EspeakTTS();
  const tts = options.tts ?? ownTts!;
  const vad = await loadVad(vadOptionsFor(settings));
  const voices = await Promise.all(lines.map((line) => synthesizeUtterance(line)));
  const pausedVoices = await Promise.all(
    paused.map(async (p) => [await synthesizeUtterance(p.parts[0]), await synthesizeUtterance(p.parts[1])] as const),
  );

  let played: PlayedTurn = { parts: [''], secondPartStarted: false, firstPartHeard: false };
  const stt = new ScriptedSTT(() => {
    if (played.parts.length === 1) return played.parts[0]!;
    if (!played.secondPartStarted) {
      played.firstPartHeard = true;
      return played.parts[0]!;
    }
    return played.firstPartHeard ? played.parts[1]! : played.parts.join(' ');
  });
  const input = new PcmAudioInput();
  const output = new CaptureAudioOutput({ realtime: false });
  const session = new voice.AgentSession({ vad, stt, llm, tts, turnHandling: turnHandlingFor(settings) });

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
  let cutIns = 0;
  let completeLineCutIns = 0;
  const pausedDetail: SpeechBenchResult['pausedDetail'] = [];

  // A reply is over when the agent is listening again and no audio arrived for a while: a
  // multi-sentence reply reaches the output in bursts, and its tail must not leak into the next turn.
  const waitForReply = async (framesBefore: number) => {
    const deadline = Date.now() + timeoutMs;
    const quiet = () => Date.now() - (output.frames.at(-1)?.at ?? 0) >= 250;
    while (Date.now() < deadline && !(output.frames.length > framesBefore && agentState === 'listening' && quiet())) {
      await sleep(10);
    }
  };
  const turnDetail: SpeechBenchResult['turnDetail'] = [];
  const measure = (framesBefore: number, commitsBefore: number, speechEnd: number) => {
    const first = output.frames.slice(framesBefore).find((f) => f.at >= speechEnd);
    const commit = commits.slice(commitsBefore).find((c) => c >= speechEnd - 50);
    if (!first || commit === undefined) {
      missed++;
    } else {
      speechEndToAudio.push(first.at - speechEnd);
      voiceReply.push(first.at - commit);
      turnDetail.push({ line: played.parts.join(' … '), speechEndToAudioMs: first.at - speechEnd });
    }
  };

  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  let cpuCoreShare = Number.NaN;
  try {
    await session.start({ agent: options.agent ?? new voice.Agent({ instructions: 'You are a helpful agent.' }) });
    await sleep(500); // let the first greeting (if any) and VAD warm up
    for (let turn = 0; turn < turns; turn++) {
      played = { parts: [lines[turn % lines.length]!], secondPartStarted: false, firstPartHeard: false };
      const framesBefore = output.frames.length;
      const commitsBefore = commits.length;
      const utterance = voices[turn % voices.length]!;
      const { endedAt: speechEnd } = await input.push(utterance.samples, utterance.sampleRate);
      const early =
        commits.slice(commitsBefore).some((c) => c < speechEnd - 50) ||
        output.frames.slice(framesBefore).some((f) => f.at < speechEnd);
      if (early) completeLineCutIns++;
      await waitForReply(framesBefore);
      if (!early) measure(framesBefore, commitsBefore, speechEnd);
      await sleep(gapMs);
    }
    for (let i = 0; i < paused.length; i++) {
      const line = paused[i]!;
      const [first, second] = pausedVoices[i]!;
      played = { parts: line.parts, secondPartStarted: false, firstPartHeard: false };
      const framesBefore = output.frames.length;
      const commitsBefore = commits.length;
      await input.push(first.samples, first.sampleRate);
      await sleep(line.pauseMs);
      played.secondPartStarted = true;
      const { endedAt: speechEnd } = await input.push(second.samples, second.sampleRate);
      // The agent cut in when it committed a turn or started speaking before the last word.
      const earlyCommit = commits.slice(commitsBefore).find((c) => c < speechEnd - 50);
      const earlyAudio = output.frames.slice(framesBefore).find((f) => f.at < speechEnd);
      const cutIn = earlyCommit !== undefined || earlyAudio !== undefined;
      if (cutIn) cutIns++;
      pausedDetail.push({
        line: line.parts.join(' … '),
        pauseMs: line.pauseMs,
        cutIn,
        ...(earlyCommit !== undefined ? { committedMsBeforeEnd: speechEnd - earlyCommit } : {}),
        ...(earlyAudio !== undefined ? { audioMsBeforeEnd: speechEnd - earlyAudio.at } : {}),
      });
      await waitForReply(framesBefore);
      if (!cutIn) measure(framesBefore, commitsBefore, speechEnd);
      await sleep(gapMs + 300);
    }
    const cpu = process.cpuUsage(cpuBefore);
    cpuCoreShare = (cpu.user + cpu.system) / 1000 / (performance.now() - wallBefore);
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
    cpuCoreShare,
    falseCutInRate: paused.length === 0 ? Number.NaN : cutIns / paused.length,
    completeLineCutIns,
    turnDetail,
    turns: voiceReply.length,
    pausedTurns: paused.length,
    pausedDetail,
    missedTurns: missed,
    settings: { ...settings, realtimeInput: true },
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

/**
 * Where the VAD ends speech, in audio time: for each line, how long after its last word the VAD
 * reported END_OF_SPEECH (the configured silence plus the model's own lag), and how many lines it
 * split in two. Counted in samples, not wall time, so it does not depend on how busy the machine is.
 */
export async function measureVadEndOfSpeech(
  settings: TurnTakingSettings,
  lines: readonly string[] = [...BENCH_CALLER_LINES, ...BENCH_PAUSED_LINES.map((p) => p.parts[0])],
): Promise<{ lagMsMedian: number; lagMsMax: number; splitLines: number; lines: number }> {
  const vad = await loadVad(vadOptionsFor(settings));
  const lags: number[] = [];
  let splitLines = 0;
  for (const line of lines) {
    const { samples, sampleRate } = await synthesizeUtterance(line);
    const speechMs = (samples.length / sampleRate) * 1000;
    const padded = new Int16Array(samples.length + Math.round(sampleRate * 1.5));
    padded.set(samples);
    const stream = vad.stream();
    for (const frame of framesFromSamples(padded, sampleRate, 10)) stream.pushFrame(frame);
    let ends = 0;
    // The plugin reports positions in its own 16 kHz samples. The stream is closed once the
    // padding is consumed (ending its input is not supported by the plugin's stream).
    for await (const ev of stream) {
      const atMs = (ev.samplesIndex / VAD_SAMPLE_RATE) * 1000;
      if (ev.type === VADEventType.END_OF_SPEECH) {
        ends++;
        if (atMs >= speechMs - 20) lags.push(atMs - speechMs);
      }
      if (atMs > speechMs + 1200) break;
    }
    stream.close();
    if (ends > 1) splitLines++;
  }
  return { lagMsMedian: quantile(lags, 0.5), lagMsMax: quantile(lags, 1), splitLines, lines: lines.length };
}
