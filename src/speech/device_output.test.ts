import { AudioFrame } from '@livekit/rtc-node';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DeviceAudioOutput,
  type PlayerCommand,
  SoundDeviceUnavailableError,
  probeSoundDevice,
} from './device_output.js';
import { readWav } from './wav_reader.js';
import { WavWriter } from './wav_writer.js';

const dir = mkdtempSync(join(tmpdir(), 'switchboard-device-'));

// Stand-ins for aplay: the same stdin protocol, without needing a sound card.
const fileSink = (path: string): PlayerCommand => ({
  name: 'file-sink',
  file: 'sh',
  args: () => ['-c', 'exec cat > "$0"', path],
  aptPackage: 'coreutils',
});
const failing: PlayerCommand = {
  name: 'broken',
  file: 'sh',
  args: () => ['-c', 'echo "audio open error: boom" >&2; exit 3'],
  aptPackage: 'coreutils',
};
const missing: PlayerCommand = {
  name: 'ghost',
  file: '/nonexistent/ghost-player',
  args: () => [],
  aptPackage: 'ghost-utils',
};
const neverEnding: PlayerCommand = { name: 'stuck', file: 'sleep', args: () => ['30'], aptPackage: 'coreutils' };

function tone(ms: number, rate = 22050): AudioFrame {
  const n = Math.round((rate * ms) / 1000);
  return new AudioFrame(
    new Int16Array(n).map((_, i) => Math.round(9000 * Math.sin(i / 4))),
    rate,
    1,
    n,
  );
}

const state = (pid: number): string | undefined => {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
  } catch {
    return undefined;
  }
};

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

const alive = (pid: number) => {
  try {
    readFileSync(`/proc/${pid}/stat`);
    return true;
  } catch {
    return false;
  }
};

describe('probeSoundDevice', () => {
  it('finds a player that accepts audio', async () => {
    const probe = await probeSoundDevice({ players: [failing, fileSink(join(dir, 'probe.raw'))] });
    expect(probe.available && probe.player.name).toBe('file-sink');
  });

  it('explains in one sentence why no device works', async () => {
    const probe = await probeSoundDevice({ players: [failing, missing] });
    expect(probe.available).toBe(false);
    if (probe.available) return;
    expect(probe.reason).toMatch(/^No sound device is available \(broken: audio open error: boom; /);
    expect(probe.reason).toContain('audio open error: boom');
    expect(probe.reason).toContain('ghost is not installed (apt-get install ghost-utils)');
  });

  it('makes DeviceAudioOutput.open throw a clear error instead of crashing later', async () => {
    await expect(DeviceAudioOutput.open({ players: [failing] })).rejects.toBeInstanceOf(SoundDeviceUnavailableError);
  });
});

describe('DeviceAudioOutput', () => {
  it('pipes a reply to the player and finishes when the player has drained', async () => {
    const path = join(dir, 'played.raw');
    const out = new DeviceAudioOutput(fileSink(path));
    for (let i = 0; i < 10; i++) await out.captureFrame(tone(20));
    out.flush();
    const ev = await out.waitForPlayout();
    expect(ev.interrupted).toBe(false);
    expect(readFileSync(path).length).toBe(10 * 441 * 2);
    await out.close();
  });

  it('kills the player on clearBuffer and reports the interruption', async () => {
    const pids: number[] = [];
    const out = new DeviceAudioOutput(neverEnding, { onSpawn: (pid) => pids.push(pid) });
    for (let i = 0; i < 50; i++) await out.captureFrame(tone(20));
    out.flush();
    const playout = out.waitForPlayout();
    out.clearBuffer();
    expect((await playout).interrupted).toBe(true);
    await out.close(); // resolves once the player process has exited
    expect(alive(pids[0]!)).toBe(false);
  });

  it('records what was played when asked to', async () => {
    const wavPath = join(dir, 'recorded.wav');
    const writer = await WavWriter.create(wavPath, 22050);
    const out = new DeviceAudioOutput(fileSink(join(dir, 'played2.raw')), { recordTo: writer });
    for (let i = 0; i < 10; i++) await out.captureFrame(tone(20));
    out.flush();
    await out.waitForPlayout();
    await out.close();
    await writer.close();
    expect(readWav(readFileSync(wavPath)).samples.length).toBe(10 * 441);
  });

  it('pauses the player process and lets it continue on resume', async () => {
    const pids: number[] = [];
    const out = new DeviceAudioOutput(neverEnding, { onSpawn: (pid) => pids.push(pid) });
    await out.captureFrame(tone(20));
    out.pause();
    await until(() => state(pids[0]!) === 'T');
    out.resume();
    await until(() => state(pids[0]!) !== 'T');
    expect(['R', 'S']).toContain(state(pids[0]!)); // running (or sleeping) again, no longer stopped
    await out.close();
  });
});
