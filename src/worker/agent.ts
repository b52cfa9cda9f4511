// The LiveKit job entry (defineAgent): prewarm loads VAD once per process; each job runs one call
// of the configured app on a real room.
import { defineAgent, log, metrics, voice, type JobContext, type JobProcess } from '@livekit/agents';
import type * as silero from '@livekit/agents-plugin-silero';
import { defaultWorkflowEntry, loadWorkflow } from '../workflow/load_workflow.js';
import { attachObservers } from '../cli/observers.js';
import { LocalPolicyLLM } from '../policy/index.js';
import { providerNames, providersFromEnv } from '../providers/index.js';
import { EspeakTTS, isEspeakAvailable, loadVad, turnHandlingFor, vadOptionsFor } from '../speech/index.js';
import { operatorQueueFromEnv, WorkflowRuntime } from '../workflow/index.js';
import { type WorkerSettings, workerSettingsFromEnv } from './settings.js';
import { dropWarningStacks } from './warning_stacks.js';

export default defineAgent({
  prewarm: async (proc: JobProcess) => {
    dropWarningStacks();
    // Read once per job process (the worker's main process validated them at start-up); the
    // turn-taking settings decide the VAD's closing silence, and every call here shares them.
    const settings = workerSettingsFromEnv(process.env, defaultWorkflowEntry());
    proc.userData.settings = settings;
    proc.userData.vad = await loadVad(vadOptionsFor(settings.turnTaking));
  },
  entry: async (ctx: JobContext) => {
    const settings = ctx.proc.userData.settings as WorkerSettings;
    const workflow = await loadWorkflow(settings.app);
    const chosen = providersFromEnv(process.env, {
      localLlm: () => new LocalPolicyLLM(),
      localTts: () => (isEspeakAvailable() ? new EspeakTTS() : undefined),
    });
    const logger = log().child({ app: workflow.name, room: ctx.job.room?.name });
    if (!chosen.stt.model)
      logger.warn(`No speech-to-text configured (${chosen.stt.label}); callers will not be heard.`);
    const operatorQueue = await operatorQueueFromEnv(process.env);
    ctx.addShutdownCallback(async () => operatorQueue.close?.());
    const runtime = new WorkflowRuntime(workflow, {
      sessionId: ctx.job.id,
      sip: settings.sip,
      operatorQueue,
      providers: providerNames(chosen),
    });
    const session = new voice.AgentSession({
      vad: ctx.proc.userData.vad as silero.VAD,
      // TURN_DETECTION picks how the end of the caller's turn is found (README "Turn-taking"); in a
      // job the audio model runs in the framework's shared inference process.
      turnHandling: turnHandlingFor(settings.turnTaking, { inJob: true }),
      stt: chosen.stt.model as never,
      llm: chosen.llm.model as never,
      tts: chosen.tts.model as never,
      userData: runtime.createUserData(),
    });
    const usage = new metrics.ModelUsageCollector();
    session.on(voice.AgentSessionEventTypes.MetricsCollected, (ev) => usage.collect(ev.metrics));
    ctx.addShutdownCallback(async () => {
      logger.info({ usage: usage.flatten(), outcome: runtime.outcome, path: runtime.path }, 'session usage summary');
    });
    const obs = await attachObservers(session, runtime, { source: 'worker', room: ctx.job.room?.name });
    ctx.addShutdownCallback(() => obs.shutdown());
    await ctx.connect();
    await runtime.start(session, { room: ctx.room });
  },
});
