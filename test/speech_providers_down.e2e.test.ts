// OPENAI_API_KEY set and no network (the OpenAI plugin pointed at a closed local port): the
// console must not crash, the caller still hears every reply (espeak-ng takes over from the real
// TTS plugin) and the switch is visible in the event stream.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isEspeakAvailable, readWav, rms } from '../src/speech/index.js';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', 'bin', 'switchboard.js');

/** A port nothing listens on: bind one, then close it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.skipIf(!isEspeakAvailable())('speech and model providers unreachable', () => {
  it('keeps the call going on espeak-ng and the offline policy, audibly, with fallback events', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-down-'));
    const port = await closedPort();
    const script = join(dir, 'call.txt');
    writeFileSync(script, ["hi, I'm Dana Whitfield", 'my internet keeps dropping'].join('\n'));
    const wav = join(dir, 'call.wav');
    const { stdout } = await run('node', [BIN, 'console', '--script', script, '--events', '-', '--record', wav], {
      env: {
        ...process.env,
        OPENAI_API_KEY: 'sk-test-not-a-real-key',
        // The openai SDK inside the real plugins reads this: every request meets a closed port.
        OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`,
        LLM_PROVIDER: '',
        LLM_BASE_URL: '',
        LLM_API_KEY: '',
        TTS_PROVIDER: '',
        ELEVEN_API_KEY: '',
        DEEPGRAM_API_KEY: '',
        DATABASE_URL: '',
        SWITCHBOARD_DB: join(dir, 'records.db'),
        SUPPORT_DESK_DB: join(dir, 'desk.db'),
      },
      timeout: 120_000,
    });
    const events = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const replies = events.filter((e) => e.type === 'message' && e.role === 'assistant');
    expect(replies.length).toBeGreaterThanOrEqual(3); // greeting + a reply to each caller line
    expect(events.some((e) => e.type === 'fallback' && e.component === 'llm')).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'session_end' });
    expect(events.at(-1)?.outcome).not.toBe('error');
    // The agent was heard: the recording holds speech, not silence.
    const audio = readWav(readFileSync(wav));
    expect(audio.samples.length / audio.sampleRate).toBeGreaterThan(1);
    expect(rms(audio.samples)).toBeGreaterThan(100);
  }, 150_000);
});
