// What a capture task takes and gives: the kind it captures (parser + read-back), its options and
// its typed result, success or failure.
import { llm, type voice } from '@livekit/agents';
import type { CaptureEvent } from '../workflow/events.js';

export type Parsed<T> = { ok: true; value: T; text: string } | { ok: false; problem: string };

export interface CaptureKind<T> {
  /** Short id used in tool names and events: `email` → `record_email`. */
  id: string;
  /** What is collected, in words: "email address". */
  what: string;
  /** The first question. */
  question: string;
  /** The record tool's argument name and description (the name tells the offline policy the kind). */
  argument: { name: string; description: string };
  /**
   * Strict recognition of a value in the caller's own words, used to answer without a model turn
   * (default: `parse`). Kinds whose parser accepts loose input (names) narrow it here.
   */
  recognise?(said: string, context: { previous?: T; now: Date }): boolean;
  /** Read the caller's words (or what the model wrote) into a value; `text` is the canonical form. */
  parse(said: string, context: { previous?: T; now: Date }): Parsed<T>;
  /** The read-back line, speakable; undefined skips confirmation (e.g. a yes/no answer). */
  readBack?(value: T, text: string): string | undefined;
  /** How the value may appear in events and records (default: the canonical text). */
  display?(value: T, text: string): string;
  /** Extra guidance for the model. */
  guidance?: string;
  /** Phrases callers use to give this detail (for the offline policy's classifier). */
  examples?: string[];
}

/** Where keypad (DTMF) digits come from: a LiveKit Room (SIP callers) or anything emitting the same event. */
export interface DtmfSource {
  on(event: 'dtmfReceived', listener: (code: number, digit: string, ...rest: never[]) => void): unknown;
  off(event: 'dtmfReceived', listener: (code: number, digit: string, ...rest: never[]) => void): unknown;
}

export interface KeypadOptions {
  /** Default: the job's room when running in a LiveKit job (SIP participants send DTMF); else none. */
  source?: DtmfSource;
  /** Key that ends an entry (default `#`). */
  terminator?: string;
  /** An entry also ends after this many keys (e.g. a fixed-length PIN). */
  maxKeys?: number;
}

export interface CaptureOptions<T = never> {
  /** Ask with these words instead of the default question. */
  question?: string;
  /**
   * The app's own rule on top of the kind's (e.g. "ten digits, US numbers only"): return the problem,
   * in words the caller can act on, or undefined when the value is fine. Checked before the read-back.
   */
  validate?: (value: T, text: string) => string | undefined;
  /** Tries (invalid answers plus rejected read-backs) before giving up (default 3). */
  maxAttempts?: number;
  /** Skip the read-back and accept the first valid value. */
  skipConfirmation?: boolean;
  /** Extra instructions appended to the task's own. */
  instructions?: string;
  /** Per-task model overrides, as on any agent. */
  llm?: voice.AgentOptions<unknown>['llm'];
  /**
   * Recognise clear values in the caller's words and record them without a model turn (default
   * true). Read-back answers ("yes", "no", one-letter corrections) are always handled directly.
   */
  directAnswers?: boolean;
  /**
   * Also accept keypad (DTMF) entry where the transport supports it: keys then `#`; after a
   * read-back, 1 confirms and 2 re-enters. Spoken answers keep working alongside.
   */
  keypad?: boolean | KeypadOptions;
  /** Clock for date kinds (tests). */
  now?: () => Date;
  /** Conversation the task starts with (default: the current one, so it knows what was said). */
  chatCtx?: llm.ChatContext;
}

export interface CaptureSuccess<T> {
  ok: true;
  value: T;
  /** Canonical text of the value (e.g. `jane.doe@example.com`, `+15551234567`, `1985-03-04`). */
  text: string;
  attempts: number;
}

export interface CaptureFailure {
  ok: false;
  reason: 'gave_up' | 'declined';
  attempts: number;
  /** A sentence the calling agent's model can act on. */
  message: string;
}

export type CaptureResult<T> = CaptureSuccess<T> | CaptureFailure;

/** Thrown by `unwrapCapture` for a failed capture; a ToolError, so a tool may simply let it through. */
export class CaptureFailedError extends llm.ToolError {
  constructor(readonly result: CaptureFailure) {
    super(result.message);
    this.name = 'CaptureFailedError';
  }
}

/** The value of a successful capture, or a CaptureFailedError the model can talk about. */
export function unwrapCapture<T>(result: CaptureResult<T>): T {
  if (!result.ok) throw new CaptureFailedError(result);
  return result.value;
}

export type CaptureEventInput = Omit<CaptureEvent, 'at' | 'sessionId' | 'type' | 'agent'>;
