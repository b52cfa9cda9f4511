import type { AudioFrame } from '@livekit/rtc-node';
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { playedPortion } from './wav_file_output.js';
import { PlayoutAudioOutput } from './playout_output.js';
import type { WavWriter } from './wav_writer.js';

/** A command that plays raw 16-bit little-endian PCM from stdin. */
export interface PlayerCommand {
  name: string;
  file: string;
  args: (sampleRate: number, channels: number) => string[];
  /** Debian package that provides it, for error messages. */
  aptPackage: string;
}

export const PLAYERS = {
  aplay: {
    name: 'aplay',
    file: 'aplay',
    args: (rate, ch) => ['-q', '-t', 'raw', '-f', 'S16_LE', '-r', String(rate), '-c', String(ch), '-'],
    aptPackage: 'alsa-utils',
  },
  play: {
    name: 'play',
    file: 'play',
    args: (rate, ch) => [
      '-q',
      '-t',
      'raw',
      '-r',
      String(rate),
      '-e',
      'signed-integer',
      '-b',
      '16',
      '-L',
      '-c',
      String(ch),
      '-',
    ],
    aptPackage: 'sox',
  },
} satisfies Record<string, PlayerCommand>;

export type SoundDeviceProbe = { available: true; player: PlayerCommand } | { available: false; reason: string };

export class SoundDeviceUnavailableError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'SoundDeviceUnavailableError';
  }
}

function pcmBytes(frame: AudioFrame): Buffer {
  const samples = frame.data.subarray(0, frame.samplesPerChannel * frame.channels);
  const buf = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i++) buf.writeInt16LE(samples[i]!, i * 2);
  return buf;
}

/** Plays 20 ms of silence; resolves with why it failed, or undefined when the device works. */
function tryPlayer(player: PlayerCommand, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn(player.file, player.args(22050, 1), { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => (stderr += s));
    child.stdin.on('error', () => {});
    child.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(
        err.code === 'ENOENT' ? `${player.name} is not installed (apt-get install ${player.aptPackage})` : err.message,
      );
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(undefined);
      // Last stderr line, minus the player's own "aplay: " prefix (we add the name ourselves).
      const last = (stderr.trim().split('\n').pop() ?? '').replace(new RegExp(`^${player.name}[: ]+`), '');
      resolve(`${player.name}: ${signal ? `no answer within ${timeoutMs} ms` : last || `exit code ${code}`}`);
    });
    child.stdin.end(Buffer.alloc(882));
  });
}

/**
 * Finds a working sound device by playing a few ms of silence through `aplay`, then `play`.
 * Never throws: when nothing works, `reason` says why in a sentence fit for the console.
 * `player.name` is part of the pattern used to trim its stderr, so keep it regex-safe.
 */
export async function probeSoundDevice(
  options: { players?: PlayerCommand[]; timeoutMs?: number } = {},
): Promise<SoundDeviceProbe> {
  const players = options.players ?? [PLAYERS.aplay, PLAYERS.play];
  const failures: string[] = [];
  for (const player of players) {
    const failure = await tryPlayer(player, options.timeoutMs ?? 3000);
    if (failure === undefined) return { available: true, player };
    failures.push(failure);
  }
  return {
    available: false,
    reason: `No sound device is available (${failures.join('; ')}).`,
  };
}

export interface DeviceAudioOutputOptions {
  /** Also keep what was played in a WAV file (the output then runs at the file's sample rate). */
  recordTo?: WavWriter;
  /** Called with each player process id (diagnostics and tests). */
  onSpawn?: (pid: number) => void;
}

/**
 * Plays the agent's voice on the local sound device, one player process per reply:
 * the process exiting after its input ends is the signal that playback really finished,
 * and killing it is an immediate, complete interruption.
 */
export class DeviceAudioOutput extends PlayoutAudioOutput {
  readonly player: PlayerCommand;
  readonly #recordTo: WavWriter | undefined;
  readonly #onSpawn: ((pid: number) => void) | undefined;
  #child: ChildProcessByStdio<Writable, null, Readable> | undefined;
  #exited: Promise<void> = Promise.resolve();
  #warned = false;

  constructor(player: PlayerCommand, options: DeviceAudioOutputOptions = {}) {
    super({ realtime: true, sampleRate: options.recordTo?.sampleRate });
    this.player = player;
    this.#recordTo = options.recordTo;
    this.#onSpawn = options.onSpawn;
  }

  /** Probes the device and returns a ready output, or throws {@link SoundDeviceUnavailableError}. */
  static async open(
    options: DeviceAudioOutputOptions & { players?: PlayerCommand[] } = {},
  ): Promise<DeviceAudioOutput> {
    const probe = await probeSoundDevice({ players: options.players });
    if (!probe.available) throw new SoundDeviceUnavailableError(probe.reason);
    return new DeviceAudioOutput(probe.player, options);
  }

  protected override startPlayback(frame: AudioFrame): void {
    const child = spawn(this.player.file, this.player.args(frame.sampleRate, frame.channels), {
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => (stderr += s));
    child.stdin.on('error', () => {}); // EPIPE after a kill or a device failure
    this.#exited = new Promise((resolve) => {
      child.once('error', (error) => {
        if (this.#child === child) this.#child = undefined;
        this.#warn(`${this.player.name} could not start: ${error.message}`);
        resolve();
      });
      child.once('close', (code, signal) => {
        if (this.#child === child) this.#child = undefined;
        if (code !== 0 && signal === null)
          this.#warn(`${this.player.name} failed: ${stderr.trim() || `exit code ${code}`}`);
        resolve();
      });
    });
    this.#child = child;
    if (child.pid !== undefined) this.#onSpawn?.(child.pid);
  }

  protected override writePlayback(frame: AudioFrame): void {
    // Not awaiting backpressure: a killed player would never drain and captureFrame would hang.
    if (this.#child?.stdin.writable) this.#child.stdin.write(pcmBytes(frame));
  }

  protected override drainPlayback(): Promise<void> {
    // Keep #child: the player is still sounding its buffer and clearBuffer() must be able to kill it.
    this.#child?.stdin.end();
    return this.#exited;
  }

  // SIGSTOP/SIGCONT: the player halts at once; only the sound card's own short buffer drains.
  protected override holdPlayback(hold: boolean): void {
    const child = this.#child;
    if (child && child.exitCode === null && child.signalCode === null) child.kill(hold ? 'SIGSTOP' : 'SIGCONT');
  }

  protected override stopPlayback(): void {
    const child = this.#child;
    this.#child = undefined;
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }

  protected override onSegmentFinished(frames: readonly AudioFrame[], playedMs: number): void {
    if (!this.#recordTo) return;
    for (const frame of playedPortion(frames, playedMs)) {
      this.#recordTo.writeFrame(frame).catch((error: unknown) => {
        this.logger.error({ error }, 'could not record agent audio');
      });
    }
  }

  /** Stops playback and waits for the player process to be gone. */
  override async close(): Promise<void> {
    await super.close();
    await this.#exited;
  }

  #warn(message: string): void {
    if (this.#warned) return;
    this.#warned = true;
    this.logger.warn(message);
  }
}
