// `npm run bench`: prints figures (ratios against a baseline measured in the same run), ending with
// one JSON line so runs can be compared. Targets are documented in the README; nothing here asserts.
import { initializeLogger } from '@livekit/agents';
import { benchRecordStore } from '../src/observability/index.js';
import { LocalPolicyLLM } from '../src/policy/index.js';
import {
  BENCH_PAUSED_LINES,
  DEFAULT_TURN_TAKING_MODE,
  TURN_TAKING_DEFAULTS,
  type TurnTakingMode,
  benchSpeech,
  isEspeakAvailable,
  measureVadEndOfSpeech,
} from '../src/speech/index.js';
import { describeLevel, measureCapacityPinned } from './capacity.js';
import { round } from './stats.js';
import { measureHandoffRoundTrips, measureLlmOutage } from './real_model_bench.js';
import { measureHandoffGap, measureTurnOverhead } from './workflow_bench.js';

initializeLogger({ pretty: false, level: 'error' });
const figures: Record<string, number> = {};
const say = (line: string) => process.stdout.write(`${line}\n`);
// `npm run bench -- speech capacity` runs only the named sections (all by default).
const SECTIONS = ['workflow', 'capacity', 'speech', 'real-model', 'records'] as const;
const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !(SECTIONS as readonly string[]).includes(a));
if (unknown.length > 0) {
  process.stderr.write(`Unknown bench section ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}\n`);
  process.exit(2);
}
const want = (section: (typeof SECTIONS)[number]) => asked.length === 0 || asked.includes(section);

say('Switchboard benchmark (FakeLLM ttft 0; 2-core machine figures vary ±10%)');
if (want('workflow')) {
  const overhead = await measureTurnOverhead();
  figures.turnOverheadRatio = round(overhead.ratio);
  say(
    `  per-turn time: workflow ${round(overhead.workflowMs, 2)} ms vs bare agents-js ${round(overhead.bareMs, 2)} ms → ratio ${figures.turnOverheadRatio} (target ≤ 1.05)`,
  );

  const gap = await measureHandoffGap();
  figures.handoffGapMsMedian = round(gap.medianMs);
  figures.handoffGapMsP95 = round(gap.p95Ms);
  figures.bareHandoffGapMsMedian = round(gap.bareMedianMs);
  figures.handoffGapRatio = round(gap.ratio);
  say(
    `  handoff gap over ${gap.count} handoffs each: workflow median ${figures.handoffGapMsMedian} ms (p95 ${figures.handoffGapMsP95}), bare agents-js median ${figures.bareHandoffGapMsMedian} ms → ratio ${figures.handoffGapRatio} (target ≤ 1.0)`,
  );
}

// Capacity (bench/capacity.ts): support desk on the offline policy with records on, in a child
// process pinned to one core; steps the concurrent calls while p95 reply time stays ≤ 300 ms.
if (want('capacity')) {
  const capacity = measureCapacityPinned();
  figures.callsPerCore = capacity.callsPerCore;
  figures.memoryPerCallMb = round(capacity.memoryPerCallMb, 2);
  figures.replyMsP50At200Calls = round(capacity.replyMsP50At200, 1);
  figures.replyMsP95At200Calls = round(capacity.replyMsP95At200, 1);
  figures.cpuMsPerTurn = capacity.cpuMsPerTurn;
  for (const level of capacity.levels) say(`  capacity ${describeLevel(level)}`);
  say(
    `  capacity (${capacity.pinned}): one core sustains ${capacity.callsPerCore} calls (turn every ~5 s, p95 ≤ 300 ms); CPU-bound ceiling ${capacity.cpuBoundCalls}; at 200 calls p50 ${figures.replyMsP50At200Calls} ms, p95 ${figures.replyMsP95At200Calls} ms, ${figures.memoryPerCallMb} MB RSS per call`,
  );
}

if (!want('speech')) {
  // skipped on request
} else if (isEspeakAvailable()) {
  // Local policy + espeak-ng + Silero VAD, caller speech synthesised and fed in real time: complete
  // lines plus lines with a 300–800 ms pause mid-sentence, for each turn-taking mode in this run.
  const run = (mode: TurnTakingMode) =>
    benchSpeech({ llm: new LocalPolicyLLM(), pausedLines: BENCH_PAUSED_LINES, turnTaking: TURN_TAKING_DEFAULTS[mode] });
  const modes: Partial<Record<TurnTakingMode, Awaited<ReturnType<typeof run>>>> = {};
  for (const mode of [DEFAULT_TURN_TAKING_MODE, 'vad', 'audio'] as const) modes[mode] ??= await run(mode);
  const speech = modes[DEFAULT_TURN_TAKING_MODE]!;
  figures.voiceReplyMsMedian = round(speech.voiceReplyMsMedian);
  figures.voiceReplyMsP95 = round(speech.voiceReplyMsP95);
  figures.speechEndToAudioMsMedian = round(speech.speechEndToAudioMsMedian);
  figures.speechEndToAudioMsP95 = round(speech.speechEndToAudioMsP95);
  figures.falseCutInRate = round(speech.falseCutInRate, 2);
  figures.speechEndToAudioMsMedianVadOnly = round(modes.vad!.speechEndToAudioMsMedian);
  figures.speechEndToAudioMsP95VadOnly = round(modes.vad!.speechEndToAudioMsP95);
  figures.falseCutInRateVadOnly = round(modes.vad!.falseCutInRate, 2);
  figures.speechEndToAudioMsMedianAudioEot = round(modes.audio!.speechEndToAudioMsMedian);
  figures.falseCutInRateAudioEot = round(modes.audio!.falseCutInRate, 2);
  figures.ttsFirstFrameMsMedian = round(speech.ttsFirstFrameMsMedian);
  figures.voiceCallCoreShare = round(speech.cpuCoreShare, 3);
  say(
    `  voice turn committed → first TTS frame: median ${figures.voiceReplyMsMedian} ms, p95 ${figures.voiceReplyMsP95} ms (target median ≤ 150 ms)`,
  );
  for (const [mode, r] of Object.entries(modes)) {
    const s = r.settings;
    say(
      `  turn-taking ${mode.padEnd(10)} (VAD ${s.vadMinSilenceMs} ms, endpointing ${s.minEndpointingDelayMs}–${s.maxEndpointingDelayMs} ms): ` +
        `speech end → first audio median ${round(r.speechEndToAudioMsMedian)} ms, p95 ${round(r.speechEndToAudioMsP95)} ms; ` +
        `cut in on ${Math.round(r.falseCutInRate * r.pausedTurns)}/${r.pausedTurns} mid-sentence pauses` +
        `, ${r.completeLineCutIns} complete lines` +
        (mode === DEFAULT_TURN_TAKING_MODE ? ' (default; target median ≤ 300 ms, cut-ins ≤ 5 %)' : ''),
    );
  }
  // The same trade-off in audio time (independent of machine load): where the VAD ends speech.
  for (const [mode, r] of Object.entries(modes)) {
    const lag = await measureVadEndOfSpeech(r.settings);
    if (mode === DEFAULT_TURN_TAKING_MODE) figures.vadEndOfSpeechMsMedian = Math.round(lag.lagMsMedian);
    say(
      `  VAD ${String(r.settings.vadMinSilenceMs).padStart(3)} ms (${mode}): end of speech reported ${Math.round(lag.lagMsMedian)} ms after the last word (max ${Math.round(lag.lagMsMax)}), audio time; ${lag.splitLines}/${lag.lines} lines split`,
    );
  }
  say(`  espeak-ng time to first audio frame: median ${figures.ttsFirstFrameMsMedian} ms`);
  say(
    `  one live voice call (${DEFAULT_TURN_TAKING_MODE}) keeps ${Math.round(speech.cpuCoreShare * 100)} % of a core busy (VAD, end-of-turn, policy, TTS, audio I/O)`,
  );
} else {
  say('  voice figures skipped: espeak-ng is not installed (npm run setup installs it)');
}

// Real plugin (@livekit/agents-plugin-openai) against the local OpenAI-compatible test server.
if (want('real-model')) {
  const outage = await measureLlmOutage();
  figures.llmOutageFirstReplyMs = round(outage.medianMs);
  const detect = outage.firstFailingTurnMs;
  say(
    `  model down mid-call (HTTP 500, then hanging): caller turn → first agent text, median ${figures.llmOutageFirstReplyMs} ms over ${outage.samples.length} turns (target ≤ 1500 ms); on the turn the failure is met: 500 ${round(detect.status ?? Number.NaN)} ms, hang ${round(detect.hang ?? Number.NaN)} ms`,
  );
  const trips = await measureHandoffRoundTrips();
  figures.handoffLlmRoundTrips = round(trips.perHandoff);
  say(
    `  LLM requests per handoff (real plugin, new agent's entry turn excluded): ${figures.handoffLlmRoundTrips} over ${trips.handoffs} handoffs (target 1), plus ${trips.summaryRequests} history summary request(s) on summary edges`,
  );
}

if (want('records')) {
  const records = await benchRecordStore();
  figures.recordEventsPerSec = Math.round(records.recordEventsPerSec);
  say(
    `  session records: ${figures.recordEventsPerSec} events/s (200 concurrent sessions, ${records.store}); per-event cost p50 ${records.emitP50Us} µs, p99 ${records.emitP99Us} µs`,
  );
}

say(JSON.stringify(figures));
process.exit(0);
