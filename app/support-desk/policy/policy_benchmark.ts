// Prints how fast the offline policy is: classifier training per agent tool set, and per-turn
// decision latency once trained. Run: npx tsx app/support-desk/policy/policy_benchmark.ts
import { initializeLogger } from '@livekit/agents';
import { openStore } from '../api/index.js';
import { FIXED_NOW, TIME_ZONE } from '../testing/desk_fixture.js';
import { supportDeskWorkflow } from '../workflow.js';
import { CorpusRunner } from '../../../src/policy/corpus/evaluate_corpus.js';
import { SUPPORT_DESK_BLIND_CORPUS } from './support_desk.blind.corpus.js';
import { SUPPORT_DESK_CORPUS } from './support_desk.corpus.js';
import { SUPPORT_DESK_VALIDATION_CORPUS } from './support_desk.validation.corpus.js';
import { DialoguePolicy } from '../../../src/policy/dialogue_policy.js';
import { ClassifierCache } from '../../../src/policy/intent_classifier.js';
import { catalogTools } from '../../../src/policy/tool_catalog.js';

initializeLogger({ pretty: false, level: 'error' });

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `median ${at(0.5).toFixed(2)} ms, p90 ${at(0.9).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms, max ${s.at(-1)!.toFixed(2)} ms (n=${s.length})`;
}

const runner = new CorpusRunner(
  supportDeskWorkflow({ store: openStore(':memory:', { now: FIXED_NOW }), now: () => FIXED_NOW, timeZone: TIME_ZONE }),
);
const cases = [...SUPPORT_DESK_CORPUS, ...SUPPORT_DESK_BLIND_CORPUS, ...SUPPORT_DESK_VALIDATION_CORPUS];

// 1. Training, once per tool set (cold cache each time).
for (const agent of ['greeter', 'triage', 'technical', 'billing', 'escalation']) {
  const { tools } = runner.chatFor({ agent, utterance: '-', expect: { reply: 'no_tool' } });
  const infos = catalogTools(tools);
  const started = performance.now();
  await new ClassifierCache().get(infos);
  console.log(`train ${agent.padEnd(10)} ${infos.length} tools: ${(performance.now() - started).toFixed(1)} ms`);
}

// 2. Decisions after training, as in a live call: the earlier turns were decided before (their
// analysis is cached), only the caller's newest sentence is new. Then the same contexts again
// (everything cached) for reference.
const policy = new DialoguePolicy({ now: () => FIXED_NOW });
for (const agent of ['greeter', 'triage', 'technical', 'billing', 'escalation']) {
  const { chatCtx, tools } = runner.chatFor({
    agent,
    utterance: 'hi I am Jo Bloggs, jo@example.com, call me tomorrow at 3pm on 415 555 0134 in Springfield',
    expect: { reply: 'no_tool' },
  });
  await policy.decide(chatCtx, tools); // trains this agent's classifier and warms the NLP libraries
}
const first: number[] = [];
const second: number[] = [];
for (const pass of [first, second]) {
  for (const c of cases) {
    if (pass === first) {
      // The call so far, decided turn by turn before the measured turn.
      const before = c.before ?? [];
      for (let i = 0; i < before.length; i++) {
        const turn = before[i]!;
        if (turn[0] !== 'caller') continue;
        const prefix = runner.chatFor({ ...c, before: before.slice(0, i), utterance: turn[1] });
        await policy.decide(prefix.chatCtx, prefix.tools);
      }
    }
    const { chatCtx, tools } = runner.chatFor(c);
    const started = performance.now();
    await policy.decide(chatCtx, tools);
    pass.push(performance.now() - started);
  }
}
console.log(`decision per live turn (newest sentence new): ${stats(first)}`);
console.log(`decision, everything cached:               ${stats(second)}`);
