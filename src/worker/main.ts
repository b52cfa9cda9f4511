// `switchboard worker start|dev|connect`: the real LiveKit worker (needs a LiveKit server).
import 'dotenv/config';
import { cli, ServerOptions } from '@livekit/agents';
import { fileURLToPath } from 'node:url';
import { DEFAULT_APP_ENTRY } from '../cli/load_workflow.js';
import { PUSH_URL_ENV, startMetricsServer } from '../observability/index.js';
import { workerLifecycleFromEnv } from './lifecycle.js';
import { missingServerSettings, workerSettingsFromEnv } from './settings.js';

const settings = workerSettingsFromEnv(process.env, DEFAULT_APP_ENTRY);
const lifecycle = workerLifecycleFromEnv(process.env);
const missing = missingServerSettings(process.env);
if (missing.length > 0 && !process.argv.includes('--help')) {
  process.stderr.write(
    `The LiveKit worker needs a server: set ${missing.join(', ')} (see .env.example).\nWithout a server, talk to the app with \`npm start\` (the offline console).\n`,
  );
  process.exit(1);
}

// Calls run in forked job processes; they push metrics to this process, which serves /metrics.
if (settings.metricsPort !== 0 && !process.argv.includes('--help')) {
  const server = await startMetricsServer({
    port: settings.metricsPort ?? 9464,
    host: process.env.METRICS_HOST ?? '127.0.0.1',
  });
  process.env[PUSH_URL_ENV] = server.pushUrl;
}

cli.runApp(
  new ServerOptions({
    agent: fileURLToPath(new URL(`./agent${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url)),
    agentName: settings.agentName,
    numIdleProcesses: settings.numIdleProcesses,
    loadThreshold: settings.loadThreshold,
    // Health server and drain (see lifecycle.ts); unset keeps the framework defaults.
    host: lifecycle.healthHost,
    port: lifecycle.healthPort,
    drainTimeout: lifecycle.drainTimeoutMs,
  }),
);
