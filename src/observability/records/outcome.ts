// How a call ended, from the workflow's own verdict and the session's close reason. Both the
// recorder and the metrics use this, so records and dashboards always agree.
import type { SessionOutcome } from './record_types.js';

export type RuntimeOutcome = 'in_progress' | SessionOutcome;

/**
 * The workflow's own resolved/escalated verdict stands; otherwise a close caused by an error is an
 * `error`, and any other close (caller hung up, job shut down, session closed) is `resolved` when
 * something was done for the caller (`didWork`) and `abandoned` when nothing was.
 */
export function resolveOutcome(
  current: RuntimeOutcome,
  closeReason: string | undefined,
  closeError: unknown,
  didWork = false,
): SessionOutcome {
  if (current !== 'in_progress') return current;
  if (closeReason === 'error' || (closeError !== null && closeError !== undefined)) return 'error';
  return didWork ? 'resolved' : 'abandoned';
}

/** A short text for a framework close error (its type and message), if any. */
export function describeCloseError(error: unknown): string | undefined {
  if (error === null || error === undefined) return undefined;
  const e = error as { type?: string; error?: { message?: string }; message?: string };
  const message = e.error?.message ?? e.message ?? String(error);
  return e.type ? `${e.type}: ${message}` : message;
}
