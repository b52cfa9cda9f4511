// `switchboard console`: one call in the terminal (interactive, or a script of caller lines) against
// an app's workflow. Loaded only when the command runs (console_command.ts), since it loads the app,
// the framework and the providers.
import pc from 'picocolors';
import { ConsoleAlerts } from '../console/alerts.js';
import { runInteractive, runScript } from '../console/run_console.js';
import { closeMcpServers } from '../mcp/pool.js';
import { providerNames, providersFromEnv, type Providers } from '../providers/index.js';
import { LocalPolicyLLM } from '../policy/index.js';
import { EspeakTTS, isEspeakAvailable } from '../speech/index.js';
import { operatorQueueFromEnv } from '../workflow/index.js';
import { loadWorkflow } from '../workflow/load_workflow.js';
import { consoleAudio } from './console_audio.js';
import { attachObservers, observability } from './observers.js';

export interface ConsoleFlags {
  script?: string;
  events?: string;
  voice?: boolean;
  record?: string;
  echo?: boolean;
  records?: string;
}

function providers(): Providers {
  return providersFromEnv(process.env, {
    localLlm: () => new LocalPolicyLLM(),
    localTts: () => (isEspeakAvailable() ? new EspeakTTS() : undefined),
  });
}

export async function runConsoleCommand(entry: string | undefined, flags: ConsoleFlags): Promise<void> {
  // A provider plugin that loses its network can leave a rejected promise nobody awaits (the
  // framework's TTS stream adapter does). The fallback chain has already moved the call on, so
  // one such rejection must not end the call: say what failed, once per kind, and carry on.
  const seen = new Set<string>();
  process.on('unhandledRejection', (reason) => {
    const text = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
    if (seen.has(text)) return;
    seen.add(text);
    process.stderr.write(`${pc.yellow('provider error (the call goes on):')} ${text}\n`);
  });
  // A record that cannot be written is said once (stderr, and an error event in scripted
  // mode); the call goes on, and a scripted run then exits non-zero (issue 12).
  const alerts = new ConsoleAlerts();
  const records = flags.records?.trim();
  const obs = observability({
    records: records === 'off' ? false : records ? { kind: 'sqlite', path: records } : undefined,
    onRecordStoreError: (error) =>
      alerts.raise({ kind: 'record_store', message: `The call goes on but is not recorded: ${error.message}` }),
  });
  void obs.catch(() => undefined); // awaited below; a start-up failure surfaces there
  const workflow = await loadWorkflow(entry);
  const chosen = providers();
  const wantsAudio = Boolean(flags.voice || flags.record);
  if (wantsAudio && !chosen.tts.model) throw new Error(`--voice/--record need a TTS: ${chosen.tts.label}.`);
  const cleanups: Array<() => Promise<void>> = [];
  const operatorQueue = await operatorQueueFromEnv(process.env);
  cleanups.push(async () => operatorQueue.close?.());
  const base = {
    workflow,
    runtime: {
      operatorQueue,
      providers: { ...providerNames(chosen), tts: wantsAudio ? providerNames(chosen).tts : [] },
    },
    llm: chosen.llm.model as never,
    tts: wantsAudio ? (chosen.tts.model as never) : undefined,
    beforeStart: async (
      session: Parameters<typeof attachObservers>[0],
      runtime: Parameters<typeof attachObservers>[1],
    ) => {
      if (wantsAudio) cleanups.push(await consoleAudio(session, { record: flags.record }));
      await attachObservers(session, runtime, { source: 'console' });
    },
  };
  try {
    if (flags.script) {
      await runScript({
        ...base,
        script: flags.script,
        events: flags.events,
        echo: flags.echo,
        alerts,
        // Failures writing the last events still reach the stream before it ends.
        beforeEnd: async () => void (await (await obs).flush(2_000)),
      });
      if (alerts.has('record_store')) process.exitCode = 1;
      return;
    }
    const banner = [
      pc.bold(`Switchboard console — ${workflow.name}`),
      `  LLM: ${chosen.llm.label}`,
      ...(chosen.offline
        ? [
            pc.dim(
              "       rule-based and deterministic: it picks the agent's declared tools from your words; set OPENAI_API_KEY or LLM_BASE_URL for a real model",
            ),
          ]
        : []),
      `  TTS: ${wantsAudio ? chosen.tts.label : 'off (text only; --voice to speak)'}`,
      pc.dim('  Type as the caller. /quit or Ctrl-D ends the call.'),
    ];
    await runInteractive({ ...base, banner });
  } finally {
    // Every record and every audio byte reaches storage before the CLI exits.
    for (const cleanup of cleanups) await cleanup();
    await closeMcpServers();
    await (await obs).shutdown();
  }
}
