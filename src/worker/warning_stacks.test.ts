import { initializeLogger, log } from '@livekit/agents';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropWarningStacks, withoutWarningStacks } from './warning_stacks.js';

const line = (record: Record<string, unknown>) => `${JSON.stringify(record)}\n`;
const refused = {
  type: 'Error',
  message: 'connect ECONNREFUSED 127.0.0.1:7880',
  stack: 'Error: connect ECONNREFUSED 127.0.0.1:7880\n    at TCPConnectWrap.afterConnect',
  code: 'ECONNREFUSED',
};

describe('withoutWarningStacks', () => {
  it('drops the stack of a warning’s error and keeps its type, message and code', () => {
    const out = JSON.parse(withoutWarningStacks(line({ level: 40, error: refused, msg: 'retrying in 2 seconds' })));
    expect(out.error).toEqual({ type: 'Error', message: refused.message, code: 'ECONNREFUSED' });
    expect(out.msg).toBe('retrying in 2 seconds');
  });

  it('drops nested stacks (a cause) and leaves other fields named stack alone', () => {
    const out = JSON.parse(
      withoutWarningStacks(line({ level: 30, err: { ...refused, cause: { ...refused } }, stack: 'blue-green' })),
    );
    expect(JSON.stringify(out.err)).not.toContain('TCPConnectWrap');
    expect(out.stack).toBe('blue-green');
  });

  it('keeps stacks on errors and fatals, and passes other lines through untouched', () => {
    const error = line({ level: 50, err: refused, msg: 'worker error' });
    expect(withoutWarningStacks(error)).toBe(error);
    expect(withoutWarningStacks('not json "stack"\n')).toBe('not json "stack"\n');
    const plain = line({ level: 40, msg: 'no error here' });
    expect(withoutWarningStacks(plain)).toBe(plain);
  });
});

describe('dropWarningStacks', () => {
  afterEach(() => vi.restoreAllMocks());

  it('filters what the framework logger writes, for the logger and its children', () => {
    initializeLogger({ pretty: false, level: 'info' });
    const child = log().child({ version: 'x' }); // made before, as the worker's AgentServer logger is
    dropWarningStacks();
    dropWarningStacks(); // idempotent
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    child.warn({ error: new Error('connect ECONNREFUSED') }, 'failed to connect, retrying');
    log().error({ err: new Error('real failure') }, 'worker error');
    vi.restoreAllMocks();
    expect(written).toHaveLength(2);
    const [warning, error] = written.map((w) => JSON.parse(w));
    expect(warning.error).toMatchObject({ message: 'connect ECONNREFUSED' });
    expect(warning.error.stack).toBeUndefined();
    expect(written[0]!.split('\n').filter(Boolean)).toHaveLength(1);
    expect(error.err.stack).toContain('real failure');
  });
});
