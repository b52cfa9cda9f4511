import { initializeLogger, llm, voice } from '@livekit/agents';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PcmAudioInput } from './audio_input.js';
import { synthesizeUtterance } from './caller_speech.js';
import { CaptureAudioOutput } from './capture_output.js';
import { EspeakTTS } from './espeak_tts.js';
import { concatSamples, rms, totalDurationMs } from './pcm.js';
import { ScriptedSTT } from './scripted_stt.js';
import { loadVad } from './vad.js';

initializeLogger({ pretty: false, level: 'silent' });

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const CALLER = ['Hello I need some help with my account', 'Please put me through to billing'];

describe('voice audio path, no room', () => {
  it('takes turns on real audio, hands off, and speaks with espeak-ng', async () => {
    const billing = voice.Agent.create({
      id: 'billing',
      instructions: 'You handle billing.',
      onEnter: async (ctx) => {
        ctx.session.generateReply({ instructions: 'instructions:greet billing caller' });
      },
    });
    const greeter = voice.Agent.create({
      id: 'greeter',
      instructions: 'You route callers.',
      tools: {
        to_billing: llm.tool({
          description: 'Transfer the caller to billing.',
          parameters: z.object({}),
          execute: async () => llm.handoff({ agent: billing, returns: 'Transferring you to billing.' }),
        }),
      },
    });
    const fakeLlm = new voice.testing.FakeLLM([
      { input: CALLER[0]!, content: 'Hi there. I can help with billing or technical support.' },
      { input: CALLER[1]!, toolCalls: [{ name: 'to_billing', args: {} }] },
      { input: 'instructions:greet billing caller', content: 'Billing here. How can I help you today?' },
    ]);

    const stt = new ScriptedSTT(CALLER);
    const ttsPids: number[] = [];
    const input = new PcmAudioInput();
    const output = new CaptureAudioOutput({ realtime: true });
    const session = new voice.AgentSession({
      vad: await loadVad({ minSilenceDuration: 300 }),
      stt,
      llm: fakeLlm,
      tts: new EspeakTTS({ onSpawn: (pid) => ttsPids.push(pid) }),
      turnHandling: { turnDetection: 'vad', endpointing: { minDelay: 300 } },
    });
    let agentState = '';
    session.on(voice.AgentSessionEventTypes.AgentStateChanged, (ev) => (agentState = ev.newState));
    const userCommits: number[] = [];
    session.on(voice.AgentSessionEventTypes.ConversationItemAdded, (ev) => {
      if (ev.item.type === 'message' && ev.item.role === 'user') userCommits.push(Date.now());
    });
    session.input.audio = input;
    session.output.audio = output;

    const utterances = await Promise.all(CALLER.map((line) => synthesizeUtterance(line)));
    const spoken: { startedAt: number; endedAt: number }[] = [];
    try {
      await session.start({ agent: greeter });
      await until(() => agentState === 'listening', 'the session to listen');

      spoken.push(await input.push(utterances[0]!.samples, utterances[0]!.sampleRate));
      await until(() => output.segments.length >= 1 && agentState === 'listening', 'the first reply');

      spoken.push(await input.push(utterances[1]!.samples, utterances[1]!.sampleRate));
      await until(
        () => output.segments.length >= 2 && session.currentAgent.id === 'billing' && agentState === 'listening',
        'the billing greeting',
      );
    } finally {
      await session.close();
      await input.close();
    }

    // The recogniser was driven by the VAD: one call per caller utterance, each about as long as the speech.
    expect(stt.recognized.map((r) => r.transcript)).toEqual(CALLER);
    stt.recognized.forEach((segment, i) => {
      const spokenMs = (utterances[i]!.samples.length / utterances[i]!.sampleRate) * 1000;
      expect(segment.durationMs).toBeGreaterThan(spokenMs * 0.7);
    });

    // Turn-taking: no agent audio while the caller speaks; each reply starts after the caller's turn ended.
    for (const turn of spoken) {
      expect(output.frames.filter((f) => f.at > turn.startedAt && f.at < turn.endedAt)).toEqual([]);
    }
    expect(userCommits).toHaveLength(2);
    expect(output.segments[0]!.startedAt).toBeGreaterThan(spoken[0]!.endedAt);
    expect(output.segments[0]!.startedAt).toBeGreaterThanOrEqual(userCommits[0]!);
    expect(output.segments[1]!.startedAt).toBeGreaterThanOrEqual(userCommits[1]!);

    // The handoff happened.
    expect(session.currentAgent.id).toBe('billing');
    const handoffs = session.history.items.filter((item) => item.type === 'agent_handoff');
    expect(handoffs.map((h) => h.type === 'agent_handoff' && h.newAgentId)).toContain('billing');

    // Every espeak-ng process is gone (reaped, not a zombie) once the session is closed.
    expect(ttsPids.length).toBeGreaterThan(0);
    expect(ttsPids.filter((pid) => existsSync(`/proc/${pid}`))).toEqual([]);

    // Real speech came out: two whole replies, each audible and seconds long.
    expect(output.segments).toHaveLength(2);
    for (const segment of output.segments) {
      expect(segment.interrupted).toBe(false);
      expect(totalDurationMs(segment.frames)).toBeGreaterThan(1000);
      expect(rms(concatSamples(segment.frames))).toBeGreaterThan(500);
    }
  }, 60_000);

  it('stops talking when the caller barges in, and answers the new turn', async () => {
    const LONG =
      'Let me read you our full list of opening hours for every branch in the city. ' +
      'The central branch opens at eight and closes at six on weekdays. ' +
      'The north branch opens at nine and closes at five. ' +
      'The south branch is open around the clock except on public holidays.';
    const lines = ['Tell me your opening hours', 'Sorry just the central branch please'];
    const fakeLlm = new voice.testing.FakeLLM([
      { input: lines[0]!, content: LONG },
      { input: lines[1]!, content: 'The central branch opens at eight.' },
    ]);
    const input = new PcmAudioInput();
    const output = new CaptureAudioOutput({ realtime: true });
    const session = new voice.AgentSession({
      vad: await loadVad({ minSilenceDuration: 300 }),
      stt: new ScriptedSTT(lines),
      llm: fakeLlm,
      tts: new EspeakTTS(),
      aecWarmupDuration: null, // otherwise barge-in is ignored during the agent's first 3 s of speech
      turnHandling: { turnDetection: 'vad', endpointing: { minDelay: 300 } },
    });
    let agentState = '';
    session.on(voice.AgentSessionEventTypes.AgentStateChanged, (ev) => (agentState = ev.newState));
    session.input.audio = input;
    session.output.audio = output;
    const [first, second] = await Promise.all(lines.map((line) => synthesizeUtterance(line)));
    try {
      await session.start({ agent: new voice.Agent({ instructions: 'You answer questions.' }) });
      await until(() => agentState === 'listening', 'the session to listen');
      await input.push(first!.samples, first!.sampleRate);
      await until(() => agentState === 'speaking', 'the long reply to start');
      await new Promise((r) => setTimeout(r, 1500)); // let the caller hear part of it
      await input.push(second!.samples, second!.sampleRate);
      await until(() => output.segments.length >= 2 && agentState === 'listening', 'the answer to the barge-in');
    } finally {
      await session.close();
      await input.close();
    }

    const [interrupted, answer] = output.segments;
    expect(interrupted!.interrupted).toBe(true);
    expect(interrupted!.playedMs).toBeLessThan(totalDurationMs(interrupted!.frames));
    expect(answer!.interrupted).toBe(false);
    const replies = session.history.items.flatMap((item) =>
      item.type === 'message' && item.role === 'assistant' ? [item.textContent] : [],
    );
    expect(replies.at(-1)).toBe('The central branch opens at eight.');
  }, 60_000);
});
