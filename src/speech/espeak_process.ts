import type { AudioFrame } from '@livekit/rtc-node';
import { spawn, spawnSync } from 'node:child_process';
import { PcmFramer } from './pcm.js';

/** espeak-ng always emits 22050 Hz, 16-bit, mono. */
export const ESPEAK_SAMPLE_RATE = 22050;
export const ESPEAK_CHANNELS = 1;

export interface EspeakVoiceOptions {
  /** espeak-ng voice name, e.g. `en-us`, `en-gb`, `en-us+f3`. */
  voice: string;
  /** Speaking rate in words per minute (espeak-ng `-s`, 80..450). */
  rate: number;
  /** Pitch 0..99 (espeak-ng `-p`). */
  pitch: number;
  /** Amplitude 0..200 (espeak-ng `-a`). */
  amplitude: number;
  /** Path or name of the espeak-ng binary. */
  binaryPath: string;
}

export const DEFAULT_ESPEAK_OPTIONS: EspeakVoiceOptions = {
  voice: 'en-us',
  rate: 175,
  pitch: 50,
  amplitude: 100,
  binaryPath: 'espeak-ng',
};

export class EspeakNotFoundError extends Error {
  constructor(binaryPath: string) {
    super(
      `The espeak-ng speech synthesizer was not found at "${binaryPath}". ` +
        'Install it with `apt-get install espeak-ng` (Debian/Ubuntu), or pass binaryPath to EspeakTTS.',
    );
    this.name = 'EspeakNotFoundError';
  }
}

export class EspeakFailedError extends Error {
  constructor(code: number | null, stderr: string) {
    const detail = stderr.trim() || `exit code ${code}`;
    super(`espeak-ng failed (${detail}). Check the voice name with \`espeak-ng --voices\`.`);
    this.name = 'EspeakFailedError';
  }
}

export interface EspeakRunOptions {
  signal?: AbortSignal;
  /** Frame length in ms; 20 ms matches WebRTC framing and keeps the first frame early. */
  frameMs?: number;
  /** Called with the child's pid once spawned (tests use it to prove the process is gone). */
  onSpawn?: (pid: number) => void;
}

function espeakArgs(o: EspeakVoiceOptions): string[] {
  // Text goes through stdin, never argv: no option injection from text starting with "-".
  return [
    '--stdout',
    '--stdin',
    '-v',
    o.voice,
    '-s',
    String(Math.round(o.rate)),
    '-p',
    String(Math.round(o.pitch)),
    '-a',
    String(Math.round(o.amplitude)),
  ];
}

/** Finds where PCM starts in espeak's WAV stream (byte 44 in practice; sizes are placeholders). */
function pcmOffset(head: Buffer): number | undefined {
  if (head.length < 12) return undefined;
  if (head.toString('ascii', 0, 4) !== 'RIFF' || head.toString('ascii', 8, 12) !== 'WAVE') {
    throw new EspeakFailedError(null, 'output is not a WAV stream');
  }
  let pos = 12;
  while (pos + 8 <= head.length) {
    const id = head.toString('ascii', pos, pos + 4);
    const size = head.readUInt32LE(pos + 4);
    if (id === 'data') return pos + 8;
    pos += 8 + size + (size % 2);
  }
  return undefined;
}

/**
 * Runs one espeak-ng process for `text` and yields 16-bit PCM frames as espeak produces them.
 * Aborting the signal (or leaving the loop early) kills the process; the generator only
 * finishes after the child has been reaped, so no zombie outlives it.
 */
export async function* espeakFrames(
  text: string,
  options: EspeakVoiceOptions,
  run: EspeakRunOptions = {},
): AsyncGenerator<AudioFrame, void, undefined> {
  const { signal } = run;
  if (!text.trim() || signal?.aborted) return;

  const child = spawn(options.binaryPath, espeakArgs(options), { stdio: ['pipe', 'pipe', 'pipe'] });
  let spawnError: Error | undefined;
  const closed = new Promise<number | null>((resolve) => {
    child.once('error', (err: NodeJS.ErrnoException) => {
      spawnError = err.code === 'ENOENT' || err.code === 'EACCES' ? new EspeakNotFoundError(options.binaryPath) : err;
      resolve(null);
    });
    child.once('close', (code) => resolve(code));
  });
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  signal?.addEventListener('abort', kill, { once: true });
  if (child.pid !== undefined) run.onSpawn?.(child.pid);

  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s: string) => (stderr += s));
  child.stdin.on('error', () => {}); // EPIPE when killed before reading input; exit status tells the story
  child.stdin.end(text);

  const framer = new PcmFramer(ESPEAK_SAMPLE_RATE, ESPEAK_CHANNELS, run.frameMs ?? 20);
  let head: Buffer | undefined = Buffer.alloc(0);
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      if (signal?.aborted) break;
      let pcm = chunk;
      if (head) {
        head = Buffer.concat([head, chunk]);
        const offset = pcmOffset(head);
        if (offset === undefined || head.length < offset) continue;
        pcm = head.subarray(offset);
        head = undefined;
      }
      for (const frame of framer.write(pcm)) yield frame;
    }
    const code = await closed;
    if (spawnError) throw spawnError;
    if (signal?.aborted) return;
    if (code !== 0) throw new EspeakFailedError(code, stderr);
    for (const frame of framer.flush()) yield frame;
  } finally {
    signal?.removeEventListener('abort', kill);
    kill();
    await closed;
  }
}

const availability = new Map<string, boolean>();

/**
 * True when the espeak-ng binary can be started. Synchronous (one `--version` run, ~5 ms,
 * cached per path) so it can gate provider selection at startup.
 */
export function isEspeakAvailable(binaryPath = DEFAULT_ESPEAK_OPTIONS.binaryPath): boolean {
  let ok = availability.get(binaryPath);
  if (ok === undefined) {
    const probe = spawnSync(binaryPath, ['--version'], { stdio: 'ignore', timeout: 5000 });
    ok = probe.error === undefined && probe.status === 0;
    availability.set(binaryPath, ok);
  }
  return ok;
}

/** Throws {@link EspeakNotFoundError} when espeak-ng cannot be started. */
export function assertEspeakAvailable(binaryPath = DEFAULT_ESPEAK_OPTIONS.binaryPath): void {
  if (!isEspeakAvailable(binaryPath)) throw new EspeakNotFoundError(binaryPath);
}
