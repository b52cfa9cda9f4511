// Where one call stands: the agents it went through, the return frames of `call` edges, how many
// handoffs it took and how it is ending. Only the runtime and its tools change it, through the
// methods below; everyone else (recorders, metrics, the console, tests) reads it.
import type { ResolvedPolicies } from './compile.js';
import type { TransitionMode } from './declaration.js';

export type CallOutcome = 'in_progress' | 'resolved' | 'escalated' | 'abandoned' | 'error';

/** An agent that handed off with a `call` edge and waits for the caller to come back. */
export interface ReturnFrame {
  agent: string;
}

export class CallState {
  private readonly _path: string[] = [];
  private readonly _stack: ReturnFrame[] = [];
  private _handoffCount = 0;
  private _outcome: CallOutcome = 'in_progress';
  private _endRequested = false;
  private _workDone = false;
  private _currentAgentId?: string;

  /** Agent ids in the order they took the call. */
  get path(): readonly string[] {
    return this._path;
  }

  /** Return frames, innermost last. */
  get stack(): readonly ReturnFrame[] {
    return this._stack;
  }

  /** Transitions so far (handoffs, calls, returns and escalations). */
  get handoffCount(): number {
    return this._handoffCount;
  }

  /** How the call is going: set by escalation and end_call; recorders may also set abandoned/error. */
  get outcome(): CallOutcome {
    return this._outcome;
  }

  /** An agent ended the call: the session closes once the goodbye has been spoken. */
  get endRequested(): boolean {
    return this._endRequested;
  }

  /** Something was done for the caller: a business tool succeeded (see `workDone`). */
  get didWork(): boolean {
    return this._workDone;
  }

  /** The agent that has the caller now. */
  get currentAgentId(): string | undefined {
    return this._currentAgentId;
  }

  /** Settle how the call ended (recorders and the console mark abandoned or error at close). */
  setOutcome(outcome: CallOutcome): void {
    this._outcome = outcome;
  }

  /** @internal An agent took the call. */
  entered(agentId: string): void {
    this._currentAgentId = agentId;
    this._path.push(agentId);
  }

  /** @internal A transition is under way: `call` keeps a frame, an escalation drops them all. */
  transitioned(from: string, mode: TransitionMode): void {
    if (mode === 'call') this._stack.push({ agent: from });
    if (mode === 'escalation' || mode === 'loop_escalation') this._stack.length = 0;
    this._handoffCount += 1;
  }

  /** @internal The frame a return goes back to, removed from the stack. */
  popReturn(): ReturnFrame | undefined {
    return this._stack.pop();
  }

  /** @internal A tool other than ending the call succeeded: something was done for the caller. */
  workDone(): void {
    this._workDone = true;
  }

  /**
   * How a call that closed without an agent ending it counts: the caller hung up (or the job shut
   * down) after something was done for them is `resolved` — the same rule as an agent's goodbye —
   * otherwise `abandoned`. A verdict already reached (resolved, escalated, error) stands.
   */
  outcomeAtClose(): Exclude<CallOutcome, 'in_progress'> {
    if (this._outcome !== 'in_progress') return this._outcome;
    return this._workDone ? 'resolved' : 'abandoned';
  }

  /**
   * @internal Returns false when the end was already requested. A call that ends with nothing
   * done for the caller (no business tool succeeded: a wrong number, a refused request, only
   * transfers) is abandoned, not resolved.
   */
  requestEnd(): boolean {
    if (this._endRequested) return false;
    this._endRequested = true;
    if (this._outcome === 'in_progress') this._outcome = this._workDone ? 'resolved' : 'abandoned';
    return true;
  }

  /** Why a handoff from `from` to `to` must not go ahead (too many, or ping-pong), if it must not. */
  loopReason(from: string, to: string, { maxHandoffs, maxPingPong }: ResolvedPolicies): string | undefined {
    if (this._handoffCount + 1 > maxHandoffs) return `more than ${maxHandoffs} handoffs in one call`;
    // Ping-pong: the last transitions alternate between the same two agents.
    const path = [...this._path, to];
    const window = path.slice(-(2 * maxPingPong + 1));
    if (
      window.length === 2 * maxPingPong + 1 &&
      new Set(window).size === 2 &&
      window.every((a, i) => i === 0 || a !== window[i - 1])
    ) {
      return `ping-pong between ${from} and ${to}`;
    }
    return undefined;
  }
}
