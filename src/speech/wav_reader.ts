export interface WavAudio {
  sampleRate: number;
  channels: number;
  /** Interleaved 16-bit samples. */
  samples: Int16Array;
}

/**
 * Parses a 16-bit PCM WAV. Tolerates placeholder sizes (as streamed by espeak-ng --stdout):
 * a data chunk that claims more bytes than exist is read to the end of the buffer.
 */
export function readWav(bytes: Uint8Array): WavAudio {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 12 || buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error('Not a WAV file (missing RIFF/WAVE header).');
  }
  let pos = 12;
  let format: { sampleRate: number; channels: number; bits: number; codec: number } | undefined;
  while (pos + 8 <= buf.length) {
    const id = buf.toString('ascii', pos, pos + 4);
    const size = buf.readUInt32LE(pos + 4);
    const body = pos + 8;
    if (id === 'fmt ') {
      format = {
        codec: buf.readUInt16LE(body),
        channels: buf.readUInt16LE(body + 2),
        sampleRate: buf.readUInt32LE(body + 4),
        bits: buf.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      if (!format) throw new Error('WAV file has audio data before its format chunk.');
      if (format.codec !== 1 || format.bits !== 16) {
        throw new Error('Only 16-bit PCM WAV files are supported; convert with `sox in.wav -b 16 out.wav`.');
      }
      const end = Math.min(buf.length, body + size);
      const count = Math.floor((end - body) / 2);
      const samples = new Int16Array(count);
      for (let i = 0; i < count; i++) samples[i] = buf.readInt16LE(body + i * 2);
      return { sampleRate: format.sampleRate, channels: format.channels, samples };
    }
    pos = body + size + (size % 2);
  }
  throw new Error('WAV file has no data chunk.');
}
