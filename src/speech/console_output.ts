import type { voice } from '@livekit/agents';
import { DeviceAudioOutput, probeSoundDevice } from './device_output.js';
import { ESPEAK_SAMPLE_RATE } from './espeak_process.js';
import { SilentAudioOutput } from './playout_output.js';
import { WavFileOutput } from './wav_file_output.js';
import { WavWriter } from './wav_writer.js';

export interface AgentAudioOutput {
  /** Assign to `session.output.audio`. */
  output: voice.AudioOutput;
  /** Where the audio goes, e.g. "sound device (aplay)" or "replies.wav". */
  description: string;
  /** A sentence for the user when something asked for could not be done (no sound device). */
  notice?: string;
  /** Ends playback, finalises any WAV file. Call when the session is over. */
  close(): Promise<void>;
}

/**
 * Picks the console's audio sink: the sound device when asked for and present (optionally also
 * recording), else the WAV file, else a silent real-time sink. Never throws for a missing
 * device; it says so in `notice` instead. Throws only for an unwritable recording path.
 */
export async function openAgentAudioOutput(
  options: { play?: boolean; record?: string; sampleRate?: number } = {},
): Promise<AgentAudioOutput> {
  const writer = options.record
    ? await WavWriter.create(options.record, options.sampleRate ?? ESPEAK_SAMPLE_RATE)
    : undefined;
  let notice: string | undefined;

  if (options.play ?? true) {
    const probe = await probeSoundDevice();
    if (probe.available) {
      const output = new DeviceAudioOutput(probe.player, { recordTo: writer });
      return {
        output,
        description: `sound device (${probe.player.name})${writer ? ` + ${writer.path}` : ''}`,
        close: async () => {
          await output.close();
          await writer?.close();
        },
      };
    }
    notice = writer
      ? `${probe.reason} The agent's voice is recorded to ${writer.path} only.`
      : `${probe.reason} The agent will stay silent; use --record FILE.wav to keep its voice.`;
  }

  if (writer) {
    const output = new WavFileOutput(writer);
    return { output, description: writer.path, notice, close: () => output.close() };
  }
  const output = new SilentAudioOutput({ sampleRate: options.sampleRate });
  return { output, description: 'nowhere (no sound device)', notice, close: () => output.close() };
}
