import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAgentAudioOutput } from './console_output.js';
import { WavFileOutput } from './wav_file_output.js';

const dir = mkdtempSync(join(tmpdir(), 'switchboard-console-'));

describe('openAgentAudioOutput', () => {
  it('records to the WAV file without touching the sound device when play is off', async () => {
    const path = join(dir, 'call.wav');
    const sink = await openAgentAudioOutput({ play: false, record: path });
    expect(sink.output).toBeInstanceOf(WavFileOutput);
    expect(sink.description).toBe(path);
    expect(sink.notice).toBeUndefined();
    await sink.close();
  });

  it('fails early, naming the path, when the recording cannot be written', async () => {
    await expect(openAgentAudioOutput({ play: false, record: join(dir, 'no', 'such', 'dir.wav') })).rejects.toThrow(
      /no\/such\/dir\.wav.*writable path/,
    );
  });
});
