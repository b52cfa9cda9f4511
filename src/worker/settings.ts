// Worker settings from the environment. Numbers are parsed strictly: `0` means 0 (never "unset"),
// and a value that is not a number is a clear error rather than a silent default.
import type { Env } from '../providers/index.js';
import { type TurnTakingSettings, turnTakingFromEnv } from '../speech/turn_taking.js';

export interface WorkerSettings {
  agentName: string;
  numIdleProcesses?: number;
  loadThreshold?: number;
  /** Workflow module the worker runs. */
  app: string;
  /** SIP warm-transfer target; with it set, escalations dial a human instead of queueing. */
  sip?: { sipCallTo: string; sipTrunkId?: string };
  metricsPort?: number;
  /** How the end of a caller's turn is detected (TURN_DETECTION and friends). */
  turnTaking: TurnTakingSettings;
}

export class WorkerSettingsError extends Error {}

function intSetting(env: Env, key: string, min: number): number | undefined {
  const raw = env[key]?.trim();
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new WorkerSettingsError(`${key} must be a whole number ≥ ${min}, got "${raw}".`);
  return value;
}

export function workerSettingsFromEnv(env: Env, defaultApp: string): WorkerSettings {
  const problems: string[] = [];
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      problems.push((error as Error).message);
      return undefined;
    }
  };
  const numIdleProcesses = attempt(() => intSetting(env, 'NUM_IDLE_PROCESSES', 0));
  const metricsPort = attempt(() => intSetting(env, 'METRICS_PORT', 0));
  let loadThreshold: number | undefined;
  const rawLoad = env.LOAD_THRESHOLD?.trim();
  if (rawLoad) {
    loadThreshold = Number(rawLoad);
    if (!Number.isFinite(loadThreshold) || loadThreshold < 0 || loadThreshold > 1) {
      problems.push(`LOAD_THRESHOLD must be a number from 0 to 1, got "${rawLoad}".`);
      loadThreshold = undefined;
    }
  }
  const turnTaking = attempt(() => turnTakingFromEnv(env));
  const sipCallTo = env.SIP_OPERATOR_NUMBER?.trim();
  if (problems.length > 0)
    throw new WorkerSettingsError(`Worker settings are invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return {
    agentName: env.LIVEKIT_AGENT_NAME?.trim() ?? '',
    numIdleProcesses,
    loadThreshold,
    app: env.SWITCHBOARD_APP?.trim() || defaultApp,
    sip: sipCallTo ? { sipCallTo, sipTrunkId: env.LIVEKIT_SIP_OUTBOUND_TRUNK?.trim() || undefined } : undefined,
    metricsPort,
    turnTaking: turnTaking!, // set whenever there were no problems
  };
}

/** Settings the LiveKit worker needs to reach a server; listed together when missing. */
export function missingServerSettings(env: Env): string[] {
  return ['LIVEKIT_URL', 'LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET'].filter((k) => !env[k]?.trim());
}
