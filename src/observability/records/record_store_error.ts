// Store failures carry a sentence a user can act on; the CLI prints it without a stack trace.

export type RecordStoreErrorCode =
  | 'not_found'
  | 'not_a_store'
  | 'corrupt'
  | 'locked'
  | 'read_only'
  | 'disk'
  | 'unreachable'
  | 'auth'
  | 'newer_schema'
  | 'old_schema'
  | 'unknown';

/** An error whose message is a sentence a user can act on (the CLI prints it as is). */
export class RecordStoreError extends Error {
  constructor(
    message: string,
    readonly code: RecordStoreErrorCode,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RecordStoreError';
  }
}
