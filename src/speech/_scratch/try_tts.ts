import { initializeLogger } from '@livekit/agents';
import { EspeakTTS } from '../espeak_tts.js';
initializeLogger({ pretty: false, level: 'warn' });
const t = new EspeakTTS();
const text = 'Hello there. I can help you with billing, technical support, or general questions. ' .repeat(5);
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  let first = -1, n = 0, ms = 0;
  for await (const a of t.synthesize(text)) { if (first < 0) first = performance.now() - t0; n++; ms += a.frame.samplesPerChannel / a.frame.sampleRate * 1000; }
  console.log('chunked first', first.toFixed(1), 'total', (performance.now() - t0).toFixed(1), 'frames', n, 'audioMs', ms.toFixed(0));
}
const s = t.stream();
const t0 = performance.now();
s.pushText('Hello there, this is a test sentence. '); s.pushText('And here is another sentence that follows it. '); s.endInput();
let first = -1; let n = 0; let finals = 0; let eos = 0;
for await (const a of s) { if (a === Symbol.for('x')) {} if (typeof a === 'symbol') { eos++; continue; } if (first < 0) first = performance.now() - t0; n++; if (a.final) finals++; }
console.log('stream first', first.toFixed(1), 'total', (performance.now() - t0).toFixed(1), n, 'finals', finals, 'eos', eos);
const bad = new EspeakTTS({ binaryPath: '/nonexistent/espeak-ng' });
try { await bad.synthesize('hi there').collect(); } catch (e) { console.log('err:', (e as Error).message); }
