import { log } from '@livekit/agents';
import { afterEach, expect, it, vi } from 'vitest';
import { initializeCliLogger } from './log_to_stderr.js';

afterEach(() => vi.restoreAllMocks());

function stderrOf(run: () => void): string {
  let written = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += String(chunk);
    return true;
  });
  vi.spyOn(process.stdout, 'write').mockImplementation(() => {
    throw new Error('the CLI keeps stdout for data');
  });
  run();
  vi.restoreAllMocks();
  return written;
}

it('sends framework errors to stderr, without the JSON repeat of a failed tool call the CLI already shows', () => {
  const out = stderrOf(() => {
    initializeCliLogger('error');
    log().error({ function: 'lookup', error: 'No account NC-9 exists.' }, 'exception occurred while executing tool');
    log().error({ provider: 'openai' }, 'LLM request failed');
  });
  expect(out).toContain('LLM request failed');
  expect(out).not.toContain('executing tool');
});

it('keeps everything at LOG_LEVEL=debug', () => {
  const out = stderrOf(() => {
    initializeCliLogger('debug');
    log().error({ function: 'lookup', error: 'No account NC-9 exists.' }, 'exception occurred while executing tool');
  });
  expect(out).toContain('executing tool');
});
