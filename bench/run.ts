// `npm run bench`: prints figures (ratios against a baseline measured in the same run), ending with
// one JSON line so runs can be compared. Targets are documented in the README; nothing here asserts.
import { initializeLogger } from '@livekit/agents';
import { round } from './stats.js';
import { measureHandoffGap, measureTurnOverhead } from './workflow_bench.js';

initializeLogger({ pretty: false, level: 'error' });
const figures: Record<string, number> = {};
const say = (line: string) => process.stdout.write(`${line}\n`);

say('Switchboard benchmark (FakeLLM ttft 0; 2-core machine figures vary ±10%)');
const overhead = await measureTurnOverhead();
figures.turnOverheadRatio = round(overhead.ratio);
say(`  per-turn time: workflow ${round(overhead.workflowMs, 2)} ms vs bare agents-js ${round(overhead.bareMs, 2)} ms → ratio ${figures.turnOverheadRatio} (target ≤ 1.05)`);

const gap = await measureHandoffGap();
figures.handoffGapMsMedian = round(gap.medianMs);
figures.handoffGapMsP95 = round(gap.p95Ms);
say(`  handoff gap over ${gap.count} handoffs: median ${figures.handoffGapMsMedian} ms, p95 ${figures.handoffGapMsP95} ms (target median ≤ 5 ms)`);

say(JSON.stringify(figures));
process.exit(0);
