import { describe, expect, it } from 'vitest';
import { missingServerSettings, workerSettingsFromEnv, WorkerSettingsError } from './settings.js';

describe('worker settings from the environment', () => {
  it('treats 0 as zero idle processes, not as unset', () => {
    expect(workerSettingsFromEnv({ NUM_IDLE_PROCESSES: '0', LOAD_THRESHOLD: '0' }, 'app.ts')).toMatchObject({
      numIdleProcesses: 0,
      loadThreshold: 0,
    });
  });

  it('leaves unset values to the framework defaults', () => {
    const s = workerSettingsFromEnv({}, 'app.ts');
    expect(s.numIdleProcesses).toBeUndefined();
    expect(s.loadThreshold).toBeUndefined();
    expect(s.app).toBe('app.ts');
    expect(s.sip).toBeUndefined();
  });

  it('reads the agent name, app and SIP transfer target', () => {
    const s = workerSettingsFromEnv(
      {
        LIVEKIT_AGENT_NAME: 'desk',
        SWITCHBOARD_APP: 'my/app.ts',
        SIP_OPERATOR_NUMBER: '+15550100',
        LIVEKIT_SIP_OUTBOUND_TRUNK: 'ST_1',
      },
      'x',
    );
    expect(s).toMatchObject({
      agentName: 'desk',
      app: 'my/app.ts',
      sip: { sipCallTo: '+15550100', sipTrunkId: 'ST_1' },
    });
  });

  it('lists every bad number in one error', () => {
    expect(() =>
      workerSettingsFromEnv({ NUM_IDLE_PROCESSES: 'three', LOAD_THRESHOLD: '1.5', METRICS_PORT: '-1' }, 'x'),
    ).toThrowError(WorkerSettingsError);
    try {
      workerSettingsFromEnv({ NUM_IDLE_PROCESSES: 'three', LOAD_THRESHOLD: '1.5' }, 'x');
    } catch (error) {
      expect((error as Error).message).toContain('NUM_IDLE_PROCESSES must be a whole number ≥ 0, got "three".');
      expect((error as Error).message).toContain('LOAD_THRESHOLD must be a number from 0 to 1, got "1.5".');
    }
  });

  it('names the missing server settings', () => {
    expect(missingServerSettings({ LIVEKIT_URL: 'ws://127.0.0.1:7880' })).toEqual([
      'LIVEKIT_API_KEY',
      'LIVEKIT_API_SECRET',
    ]);
  });
});
