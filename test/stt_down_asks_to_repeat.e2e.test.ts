// Speech recognition failing mid-call, on the voice path: caller audio (espeak-ng) → Silero VAD →
// the real OpenAI STT plugin as providersFromEnv builds it (HTTP transcription, one request per
// utterance) talking to a local server that answers 500, or to a port nobody listens on → the
// support desk on the offline policy → espeak-ng. The caller must hear a "could you say that
// again" line, the failure must be an `error` event, and the call must go on listening.
import { voice } from '@livekit/agents';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { supportDeskWorkflow } from '../app/support-desk/workflow.js';
import { openStore } from '../app/support-desk/api/index.js';
import { LocalPolicyLLM } from '../src/policy/index.js';
import { providerNames, providersFromEnv } from '../src/providers/index.js';
import {
  CaptureAudioOutput,
  concatSamples,
  EspeakTTS,
  isEspeakAvailable,
  loadVad,
  PcmAudioInput,
  rms,
  synthesizeUtterance,
  totalDurationMs,
} from '../src/speech/index.js';
import { SqliteOperatorQueue, WorkflowRuntime } from '../src/workflow/index.js';
import type { WorkflowEvent } from '../src/workflow/events.js';

const LINE = 'Hi, this is Dana Whitfield, my internet keeps dropping';

async function until(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A Whisper-style /v1/audio/transcriptions endpoint: answers 500 while failing, else the transcript. */
async function transcriptionServer() {
  const state = { failing: true, requests: 0, wavRequests: 0 };
  const server: Server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/audio/transcriptions')) {
        res.writeHead(404).end();
        return;
      }
      state.requests += 1;
      if (Buffer.concat(parts).includes('RIFF')) state.wavRequests += 1;
      if (state.failing) {
        res
          .writeHead(500, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ error: { message: 'transcription backend down', type: 'server_error' } }));
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ text: LINE }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    state,
    baseURL: `http://127.0.0.1:${port}/v1`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing listens on: bind one, then close it. */
async function closedPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The support desk on the voice path with STT from the environment, as the worker builds it. */
async function voiceCall(env: Record<string, string>) {
  const chosen = providersFromEnv(env, {
    localLlm: () => new LocalPolicyLLM(),
    localTts: () => new EspeakTTS(),
  });
  const workflowEvents: WorkflowEvent[] = [];
  const runtime = new WorkflowRuntime(supportDeskWorkflow({ store: openStore(':memory:') }), {
    operatorQueue: new SqliteOperatorQueue(':memory:'),
    providers: providerNames(chosen),
  });
  runtime.events.on('event', (e) => workflowEvents.push(e));
  const session = new voice.AgentSession({
    vad: await loadVad(),
    stt: chosen.stt.model as never,
    llm: chosen.llm.model as never,
    tts: chosen.tts.model as never,
    userData: runtime.createUserData(),
    turnHandling: { turnDetection: 'vad', endpointing: { minDelay: 300 } },
  });
  let state = '';
  let closed = false;
  session.on(voice.AgentSessionEventTypes.AgentStateChanged, (ev) => (state = ev.newState));
  session.on(voice.AgentSessionEventTypes.Close, () => (closed = true));
  const input = new PcmAudioInput();
  const output = new CaptureAudioOutput({ realtime: false });
  session.input.audio = input;
  session.output.audio = output;
  cleanups.push(async () => {
    await session.close();
    await input.close();
  });
  await runtime.start(session as never);
  await until(() => output.segments.length >= 1 && state === 'listening', 'the greeting');
  const said = (re: RegExp) =>
    session.history.items.filter((i) => i.type === 'message' && i.role === 'assistant' && re.test(i.textContent ?? ''));
  const callerLines = () => session.history.items.filter((i) => i.type === 'message' && i.role === 'user');
  return {
    session,
    runtime,
    input,
    output,
    workflowEvents,
    said,
    callerLines,
    isClosed: () => closed,
    isListening: () => state === 'listening',
  };
}

const REPEAT = /did not catch that.*again/i;

describe.skipIf(!isEspeakAvailable())('speech recognition down mid-call', () => {
  it('HTTP 500 from the transcription server: the caller is asked to repeat, then heard once it recovers', async () => {
    const stt = await transcriptionServer();
    cleanups.push(stt.close);
    const call = await voiceCall({ STT_BASE_URL: stt.baseURL, STT_MODEL: 'whisper-1' });
    const speech = await synthesizeUtterance(LINE);

    const spoken = await call.input.push(speech.samples, speech.sampleRate);
    await until(() => call.said(REPEAT).length === 1 && call.isListening(), 'the repeat request');
    // The real plugin made the request (a WAV upload) and met the 500.
    expect(stt.state.wavRequests).toBe(1);
    expect(call.callerLines()).toEqual([]);
    const errors = call.workflowEvents.filter((e) => e.type === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        component: 'stt',
        kind: 'server_error',
        provider: expect.stringContaining('whisper-1'),
      }),
    ]);
    // Heard, not just written: a spoken segment after the caller stopped, audible and a second or more long.
    const repeat = call.output.segments.filter((s) => s.startedAt >= spoken.endedAt);
    expect(repeat).toHaveLength(1);
    expect(totalDurationMs(repeat[0]!.frames)).toBeGreaterThan(1000);
    expect(rms(concatSamples(repeat[0]!.frames))).toBeGreaterThan(300);
    expect(call.isClosed()).toBe(false);

    // The call goes on: the caller says it again, recognition works again, the desk moves on.
    stt.state.failing = false;
    await call.input.push(speech.samples, speech.sampleRate);
    await until(() => call.runtime.path.includes('technical') && call.isListening(), 'the technical agent');
    expect(call.callerLines().map((i) => i.type === 'message' && i.textContent)).toEqual([LINE]);
    expect(call.said(REPEAT)).toHaveLength(1);
    expect(call.isClosed()).toBe(false);
  }, 120_000);

  it('transcription server unreachable: an error event, the repeat request, and the session stays open', async () => {
    const port = await closedPort();
    const call = await voiceCall({ STT_BASE_URL: `http://127.0.0.1:${port}/v1`, STT_MODEL: 'whisper-1' });
    const speech = await synthesizeUtterance(LINE);
    await call.input.push(speech.samples, speech.sampleRate);
    await until(() => call.said(REPEAT).length === 1 && call.isListening(), 'the repeat request');
    expect(call.workflowEvents.filter((e) => e.type === 'error')).toEqual([
      expect.objectContaining({ component: 'stt', kind: 'connection' }),
    ]);
    // Still listening a moment later: nothing closed the session behind the apology.
    await new Promise((r) => setTimeout(r, 500));
    expect(call.isClosed()).toBe(false);
    expect(call.isListening()).toBe(true);
  }, 120_000);
});
