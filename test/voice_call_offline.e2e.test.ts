// The offline default on the audio path: caller lines synthesised with espeak-ng → Silero VAD →
// scripted STT (driven by the VAD's segments) → the local policy running the support desk →
// espeak-ng TTS → audio frames out. No room, no keys, no network.
import { voice } from '@livekit/agents';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supportDeskWorkflow } from '../app/support-desk/workflow.js';
import { openStore } from '../app/support-desk/api/index.js';
import { LocalPolicyLLM } from '../src/policy/index.js';
import {
  CaptureAudioOutput,
  concatSamples,
  EspeakTTS,
  isEspeakAvailable,
  loadVad,
  PcmAudioInput,
  rms,
  ScriptedSTT,
  synthesizeUtterance,
  totalDurationMs,
} from '../src/speech/index.js';
import { SqliteOperatorQueue, WorkflowRuntime } from '../src/workflow/index.js';

async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const CALLER = ['Hi, this is Dana Whitfield, my internet keeps dropping'];

describe.skipIf(!isEspeakAvailable())('offline voice call on the support desk', () => {
  it('takes turns on real audio, hands off on the policy decision and speaks every reply', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-voice-'));
    const runtime = new WorkflowRuntime(supportDeskWorkflow({ store: openStore(join(dir, 'desk.db')) }), {
      operatorQueue: new SqliteOperatorQueue(':memory:'),
    });
    const stt = new ScriptedSTT(CALLER);
    const input = new PcmAudioInput();
    const output = new CaptureAudioOutput({ realtime: false });
    const session = new voice.AgentSession({
      vad: await loadVad(),
      stt,
      llm: new LocalPolicyLLM(),
      tts: new EspeakTTS(),
      userData: runtime.createUserData(),
      turnHandling: { turnDetection: 'vad', endpointing: { minDelay: 300 } },
    });
    let state = '';
    session.on(voice.AgentSessionEventTypes.AgentStateChanged, (ev) => (state = ev.newState));
    session.input.audio = input;
    session.output.audio = output;
    const speech = await synthesizeUtterance(CALLER[0]!);
    let spoken: { startedAt: number; endedAt: number } | undefined;
    try {
      await runtime.start(session);
      await until(() => output.segments.length >= 1 && state === 'listening', 'the greeting');
      const greetingSegments = output.segments.length;
      spoken = await input.push(speech.samples, speech.sampleRate);
      // The greeter hands to triage, which moves a technical problem on to technical support.
      await until(
        () =>
          runtime.path.includes('technical') && state === 'listening' && output.segments.length > greetingSegments + 2,
        'the technical agent',
      );
    } finally {
      await session.close();
      await input.close();
    }

    expect(stt.recognized.map((r) => r.transcript)).toEqual(CALLER);
    expect(runtime.path.slice(0, 3)).toEqual(['greeter', 'triage', 'technical']);
    expect(session.userData).toMatchObject({ callerName: 'Dana Whitfield', issueCategory: 'technical' });
    // Turn-taking: nothing is played while the caller speaks; replies start after the turn ends.
    expect(output.frames.filter((f) => f.at > spoken!.startedAt && f.at < spoken!.endedAt)).toEqual([]);
    const replies = output.segments.filter((s) => s.startedAt > spoken!.endedAt);
    expect(replies.length).toBeGreaterThanOrEqual(3);
    for (const reply of replies) {
      expect(totalDurationMs(reply.frames)).toBeGreaterThan(500);
      expect(rms(concatSamples(reply.frames))).toBeGreaterThan(300);
    }
  }, 90_000);
});
