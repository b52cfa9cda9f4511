// `switchboard worker start|dev|connect`: the real LiveKit worker (needs a LiveKit server).
import 'dotenv/config';
import { cli, initializeLogger, ServerOptions } from '@livekit/agents';
import { fileURLToPath } from 'node:url';
import { defaultWorkflowEntry } from '../workflow/load_workflow.js';
import { PUSH_URL_ENV, startMetricsServer } from '../observability/index.js';
import { LocalPolicyLLM } from '../policy/index.js';
import { ProviderConfigError, providersFromEnv } from '../providers/index.js';
import { EspeakTTS, isEspeakAvailable } from '../speech/index.js';
import { checkPortFree, healthSettings } from './health.js';
import { workerLifecycleFromEnv } from './lifecycle.js';
import { missingServerSettings, type WorkerSettings, workerSettingsFromEnv } from './settings.js';
import { dropWarningStacks } from './warning_stacks.js';

const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

// Worker settings (TURN_DETECTION and friends included) are checked here, once, with a clear error;
// each job process reads them once more in prewarm (agent.ts) and every call there shares them.
const settings = ((): WorkerSettings => {
  try {
    return workerSettingsFromEnv(process.env, defaultWorkflowEntry());
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const mode = process.argv[2] ?? 'start';
let lifecycle: ReturnType<typeof workerLifecycleFromEnv> = {};
try {
  lifecycle = workerLifecycleFromEnv(process.env);
} catch (error) {
  fail((error as Error).message);
}
const missing = missingServerSettings(process.env);
if (missing.length > 0 && !process.argv.includes('--help')) {
  process.stderr.write(
    `The LiveKit worker needs a server: set ${missing.join(', ')} (see .env.example).\nWithout a server, talk to the app with \`npm start\` (the offline console).\n`,
  );
  process.exit(1);
}

// Every provider setting is checked now, not when the first call arrives. Building them needs the
// framework's logger, which cli.runApp sets up (again, with its own options) further down.
initializeLogger({ pretty: false, level: process.env.LOG_LEVEL?.trim() || 'info' });
try {
  providersFromEnv(process.env, {
    localLlm: () => new LocalPolicyLLM(),
    localTts: () => (isEspeakAvailable() ? new EspeakTTS() : undefined),
  });
} catch (error) {
  if (error instanceof ProviderConfigError) fail(error.message);
  throw error;
}

let health = { host: '127.0.0.1', port: 0 };
try {
  health = healthSettings(process.env, mode);
} catch (error) {
  fail((error as Error).message);
}
if (!process.argv.includes('--help')) {
  const busy = await checkPortFree(health.host, health.port);
  if (busy) fail(busy);
}

// Calls run in forked job processes; they push metrics to this process, which serves /metrics.
if (settings.metricsPort !== 0 && !process.argv.includes('--help')) {
  const host = process.env.METRICS_HOST?.trim() || '127.0.0.1';
  const port = settings.metricsPort ?? 9464;
  const server = await startMetricsServer({ port, host }).catch(async (error: Error) => {
    // A busy metrics port must not stop the worker taking calls: use a free port and say which.
    process.stderr.write(`${error.message} Serving metrics on a free port instead.\n`);
    return startMetricsServer({ port: 0, host });
  });
  if (server.port !== port) process.stderr.write(`Metrics: ${server.url}\n`);
  process.env[PUSH_URL_ENV] = server.pushUrl;
}

cli.runApp(
  new ServerOptions({
    agent: fileURLToPath(new URL(`./agent${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url)),
    agentName: settings.agentName,
    numIdleProcesses: settings.numIdleProcesses,
    loadThreshold: settings.loadThreshold,
    // Health server (health.ts: loopback for dev, all interfaces for start) and drain (lifecycle.ts).
    host: health.host,
    port: health.port,
    drainTimeout: lifecycle.drainTimeoutMs,
  }),
);
// runApp has set up the framework's logger by now (synchronously, before connecting): reconnect
// attempts and other routine warnings become one line each, without a stack.
dropWarningStacks();
