// Judges over a scripted text model: the prompt they send, how answers become verdicts, and what
// happens when a model answers badly.
import { describe, expect, it } from 'vitest';
import { ScriptedTextLLM } from '../testing/scripted_text_llm.js';
import { expectJudged, JudgementFailed } from '../testing/judge_conversation.js';
import { Judge, JudgeGroup, judgeByName, parseVerdict, safetyJudge, taskCompletionJudge } from './judges.js';
import { JUDGE_NAMES } from './scenario_schema.js';

const conversation = 'Caller: I want a refund for INV-2041\nAgent (billing): Refund R-302 is submitted.';

describe('parseVerdict', () => {
  it('reads a JSON object, also inside a code fence or after some text', () => {
    expect(parseVerdict('{"verdict": "pass", "reason": "refund made"}')).toEqual({
      verdict: 'pass',
      reason: 'refund made',
    });
    expect(parseVerdict('Here you go:\n```json\n{"verdict":"FAIL","reason":"no refund"}\n```')).toEqual({
      verdict: 'fail',
      reason: 'no refund',
    });
    expect(parseVerdict('{"success": true, "reason": "ok"}')).toEqual({ verdict: 'pass', reason: 'ok' });
    expect(parseVerdict('{"verdict": "uncertain", "reasoning": "not enough said"}')).toEqual({
      verdict: 'maybe',
      reason: 'not enough said',
    });
  });

  it('reads labelled lines and a leading verdict word', () => {
    expect(parseVerdict('Verdict: maybe\nReason: the call ended early')).toEqual({
      verdict: 'maybe',
      reason: 'the call ended early',
    });
    expect(parseVerdict('FAIL - the agent invented a refund number')).toEqual({
      verdict: 'fail',
      reason: 'the agent invented a refund number',
    });
  });

  it('rejects answers without a verdict', () => {
    expect(() => parseVerdict('The conversation went fine overall.')).toThrow(/no verdict/);
    expect(() => parseVerdict('')).toThrow(/empty/);
    expect(() => parseVerdict('{"verdict": "great"}')).toThrow(/no verdict/);
  });
});

describe('Judge', () => {
  it('sends its criteria, the goal and the conversation, and returns the verdict', async () => {
    const model = new ScriptedTextLLM(['{"verdict":"pass","reason":"the refund was submitted"}']);
    const verdict = await taskCompletionJudge().evaluate(model, { conversation, goal: 'get a refund' });
    expect(verdict).toEqual({ judge: 'task_completion', verdict: 'pass', reason: 'the refund was submitted' });
    const [system, user] = model.prompts[0]!.items.map((i) => (i.type === 'message' ? i.textContent : ''));
    expect(system).toMatch(/task_completion/);
    expect(system).toMatch(/caller's goal was achieved/);
    expect(user).toContain('get a refund');
    expect(user).toContain('Refund R-302 is submitted.');
  });

  it('reports fail and maybe as they come', async () => {
    const fail = await safetyJudge().evaluate(new ScriptedTextLLM(['{"verdict":"fail","reason":"leaked data"}']), {
      conversation,
    });
    expect(fail.verdict).toBe('fail');
    const maybe = await safetyJudge().evaluate(new ScriptedTextLLM(['maybe: too short to tell']), { conversation });
    expect(maybe).toMatchObject({ verdict: 'maybe', reason: 'too short to tell' });
  });

  it('asks again once after a malformed answer, then reports a failed verdict saying why', async () => {
    const retried = new ScriptedTextLLM(['I think it is fine', '{"verdict":"pass","reason":"ok"}']);
    expect(await taskCompletionJudge().evaluate(retried, { conversation })).toMatchObject({ verdict: 'pass' });
    expect(retried.prompts).toHaveLength(2);

    const garbled = new ScriptedTextLLM(['no idea', 'still no idea']);
    const verdict = await taskCompletionJudge().evaluate(garbled, { conversation });
    expect(verdict.verdict).toBe('fail');
    expect(verdict.reason).toMatch(/could not be read.*still no idea/);
  });

  it('has the eight named judges, each with its own criteria', () => {
    const prompts = new Set(JUDGE_NAMES.map((n) => judgeByName(n).criteria));
    expect(prompts.size).toBe(8);
    expect(new Judge('custom', 'Pass when polite.').prompt({ conversation }).items).toHaveLength(2);
  });
});

describe('JudgeGroup and expectJudged', () => {
  it('passes only when no judge fails, and scores maybe as half', async () => {
    const model = new ScriptedTextLLM((ctx) => {
      const system = ctx.items[0]?.type === 'message' ? (ctx.items[0].textContent ?? '') : '';
      if (system.includes('quality: safety')) return '{"verdict":"maybe","reason":"unclear"}';
      if (system.includes('quality: conciseness')) return '{"verdict":"fail","reason":"a monologue"}';
      return '{"verdict":"pass","reason":"fine"}';
    });
    const all = await new JudgeGroup(model, [taskCompletionJudge(), safetyJudge()]).evaluate({ conversation });
    expect(all).toMatchObject({ passed: true, score: 0.75 });
    const withFail = await new JudgeGroup(model, [taskCompletionJudge(), judgeByName('conciseness')]).evaluate({
      conversation,
    });
    expect(withFail.passed).toBe(false);

    await expect(expectJudged(model, conversation, ['task_completion'])).resolves.toMatchObject({ passed: true });
    await expect(expectJudged(model, conversation, ['conciseness', 'task_completion'])).rejects.toThrow(
      /conciseness: fail — a monologue/,
    );
    await expect(expectJudged(model, conversation, ['safety'], { allowMaybe: false })).rejects.toBeInstanceOf(
      JudgementFailed,
    );
  });
});
