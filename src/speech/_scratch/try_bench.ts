import { initializeLogger } from '@livekit/agents';
import { benchSpeech } from '../bench_speech.js';
initializeLogger({ pretty: false, level: 'error' });
const t0 = Date.now();
console.log(await benchSpeech({ turns: Number(process.argv[2] ?? 20) }));
console.log('took', Date.now() - t0);
