// Audio for the console: the agent's speech goes to the sound device (--voice) or a WAV file
// (--record). No device is not an error: the console says so and carries on in text.
import type { voice } from '@livekit/agents';
import pc from 'picocolors';
import { openAgentAudioOutput } from '../speech/index.js';

/** Attach the audio output; returns the function that finalises it (WAV header, player). */
export async function consoleAudio(
  session: voice.AgentSession,
  options: { record?: string },
): Promise<() => Promise<void>> {
  const sink = await openAgentAudioOutput({ play: !options.record, record: options.record });
  if (sink.notice) process.stderr.write(`${pc.yellow('note:')} ${sink.notice}\n`);
  process.stderr.write(pc.dim(`  audio: ${sink.description}\n`));
  session.output.audio = sink.output;
  return () => sink.close();
}
