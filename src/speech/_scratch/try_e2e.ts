import { initializeLogger, llm, voice } from '@livekit/agents';
import { z } from 'zod';
import { EspeakTTS } from '../espeak_tts.js';
import { loadVad } from '../vad.js';
import { PcmAudioInput } from '../audio_input.js';
import { CaptureAudioOutput } from '../capture_output.js';
import { ScriptedSTT } from '../scripted_stt.js';
import { synthesizeUtterance } from '../caller_speech.js';
initializeLogger({ pretty: false, level: 'warn' });

const billing = voice.Agent.create({ id: 'billing', instructions: 'You are billing.',
  onEnter: async (ctx) => { ctx.session.generateReply({ instructions: 'instructions:enter billing' }); } });
const greeter = voice.Agent.create({ id: 'greeter', instructions: 'You are greeter.', tools: {
  to_billing: llm.tool({ description: 'go to billing', parameters: z.object({}), execute: async () => llm.handoff({ agent: billing, returns: 'Transferring you to billing.' }) }) } });
const lines = ['Hello, I need some help with my account.', 'Please put me through to billing.'];
const fake = new voice.testing.FakeLLM([
  { input: lines[0]!, content: 'Hi! I can help with billing or technical support.' },
  { input: lines[1]!, toolCalls: [{ name: 'to_billing', args: {} }] },
  { input: 'instructions:enter billing', content: 'Billing here. How can I help?' },
]);
const vad = await loadVad({ minSilenceDuration: 300 });
const input = new PcmAudioInput();
const output = new CaptureAudioOutput({ realtime: true });
const stt = new ScriptedSTT(lines);
const session = new voice.AgentSession({ vad, stt, llm: fake, tts: new EspeakTTS(), turnHandling: { turnDetection: 'vad', endpointing: { minDelay: 300 } } });
const t0 = Date.now();
const log = (...a: unknown[]) => console.log(String(Date.now() - t0).padStart(6), ...a);
session.on(voice.AgentSessionEventTypes.UserStateChanged, (e) => log('user', e.oldState, '->', e.newState));
session.on(voice.AgentSessionEventTypes.AgentStateChanged, (e) => log('agent', e.oldState, '->', e.newState));
session.on(voice.AgentSessionEventTypes.ConversationItemAdded, (e) => log('item', e.item.type, (e.item as any).role, (e.item as any).textContent));
session.on(voice.AgentSessionEventTypes.Error, (e) => log('ERROR', e.error));
session.input.audio = input;
session.output.audio = output;
await session.start({ agent: greeter });
log('started');
for (const line of lines) {
  const { samples, sampleRate } = await synthesizeUtterance(line);
  await new Promise((r) => setTimeout(r, 500));
  const d = await input.push(samples, sampleRate);
  log('pushed utterance ended', d.endedAt - t0, 'segments so far', output.segments.length);
  await new Promise((r) => setTimeout(r, 4000));
}
log('segments', output.segments.map((s) => ({ start: s.startedAt - t0, fin: s.finishedAt - t0, ms: s.playedMs, int: s.interrupted })));
log('recognized', stt.recognized);
log('agent', session.currentAgent.id);
await session.close();
await input.close();
log('closed');
