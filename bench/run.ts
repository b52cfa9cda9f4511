// `npm run bench`: prints figures (ratios against a baseline measured in the same run), ending with
// one JSON line so runs can be compared. Targets are documented in the README; nothing here asserts.
import { initializeLogger } from '@livekit/agents';
import { benchRecordStore } from '../src/observability/index.js';
import { LocalPolicyLLM } from '../src/policy/index.js';
import { benchSpeech, isEspeakAvailable } from '../src/speech/index.js';
import { round } from './stats.js';
import { measureHandoffRoundTrips, measureLlmOutage } from './real_model_bench.js';
import { measureHandoffGap, measureTurnOverhead } from './workflow_bench.js';

initializeLogger({ pretty: false, level: 'error' });
const figures: Record<string, number> = {};
const say = (line: string) => process.stdout.write(`${line}\n`);

say('Switchboard benchmark (FakeLLM ttft 0; 2-core machine figures vary ±10%)');
const overhead = await measureTurnOverhead();
figures.turnOverheadRatio = round(overhead.ratio);
say(
  `  per-turn time: workflow ${round(overhead.workflowMs, 2)} ms vs bare agents-js ${round(overhead.bareMs, 2)} ms → ratio ${figures.turnOverheadRatio} (target ≤ 1.05)`,
);

const gap = await measureHandoffGap();
figures.handoffGapMsMedian = round(gap.medianMs);
figures.handoffGapMsP95 = round(gap.p95Ms);
say(
  `  handoff gap over ${gap.count} handoffs: median ${figures.handoffGapMsMedian} ms, p95 ${figures.handoffGapMsP95} ms (target median ≤ 5 ms)`,
);

if (isEspeakAvailable()) {
  // Local policy + espeak-ng + Silero VAD, caller speech synthesised and fed in real time.
  const speech = await benchSpeech({ llm: new LocalPolicyLLM() });
  figures.voiceReplyMsMedian = round(speech.voiceReplyMsMedian);
  figures.voiceReplyMsP95 = round(speech.voiceReplyMsP95);
  figures.speechEndToAudioMsMedian = round(speech.speechEndToAudioMsMedian);
  figures.speechEndToAudioMsP95 = round(speech.speechEndToAudioMsP95);
  figures.ttsFirstFrameMsMedian = round(speech.ttsFirstFrameMsMedian);
  say(
    `  voice turn committed → first TTS frame: median ${figures.voiceReplyMsMedian} ms, p95 ${figures.voiceReplyMsP95} ms (target median ≤ 150 ms)`,
  );
  say(
    `  caller speech end → first TTS frame (VAD silence ${JSON.stringify(speech.settings)}): median ${figures.speechEndToAudioMsMedian} ms, p95 ${figures.speechEndToAudioMsP95} ms (target median ≤ 500 ms)`,
  );
  say(`  espeak-ng time to first audio frame: median ${figures.ttsFirstFrameMsMedian} ms`);
} else {
  say('  voice figures skipped: espeak-ng is not installed (npm run setup installs it)');
}

// Real plugin (@livekit/agents-plugin-openai) against the local OpenAI-compatible test server.
// Bounded: a stuck measurement reports NaN instead of holding the whole benchmark.
const within = <T>(p: Promise<T>, fallback: T, ms = 180_000) =>
  Promise.race([p, new Promise<T>((r) => setTimeout(() => r(fallback), ms).unref())]);
const outage = await within(measureLlmOutage(), { medianMs: Number.NaN, samples: [] as number[] });
figures.llmOutageFirstReplyMs = round(outage.medianMs);
say(
  `  model down (HTTP 500, then hanging): caller turn → first agent reply, median ${figures.llmOutageFirstReplyMs} ms over ${outage.samples.length} turns (target ≤ 1500 ms)`,
);
const trips = await within(measureHandoffRoundTrips(), { perHandoff: Number.NaN, handoffs: 0 });
figures.handoffLlmRoundTrips = round(trips.perHandoff);
say(
  `  LLM requests per handoff (real plugin): ${figures.handoffLlmRoundTrips} over ${trips.handoffs} handoffs (target 1)`,
);

const records = await benchRecordStore();
figures.recordEventsPerSec = Math.round(records.recordEventsPerSec);
say(
  `  session records: ${figures.recordEventsPerSec} events/s (200 concurrent sessions, ${records.store}); per-event cost p50 ${records.emitP50Us} µs, p99 ${records.emitP99Us} µs`,
);

say(JSON.stringify(figures));
process.exit(0);
