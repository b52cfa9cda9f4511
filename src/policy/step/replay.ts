// Replaying the conversation: the state after the earlier turns is rebuilt from the chat every
// time (no hidden per-session state).
import type { ToolInfo } from '../tool_catalog.js';
import type { Outcome, State } from '../frame/frame.js';
import type { Analysis } from '../analysis/analysis.js';
import { argumentAsked } from './asked.js';
import { saysAlreadyDone } from '../lexicon/index.js';
import { Stepper } from './stepper.js';
import { extractArgs } from '../slot_filling.js';

/** Replay: state from history. */
export class Replayer extends Stepper {
  /** Replay the conversation up to (not including) `upto`; returns the state then. */
  protected async replay(upto: number): Promise<State> {
    const state: State = { misses: 0, failures: 0, refused: [], done: new Map() };
    const calls = new Map<string, { tool?: ToolInfo; args: Record<string, unknown> }>();
    for (let i = 0; i < upto; i++) {
      const item = this.view.items[i]!;
      if (item.type === 'user') {
        // The caller has spoken since: the open question was asked again (or set aside).
        state.interrupted = undefined;
        await this.resumeDeferred(state, i);
        const a = await this.policy.analyse(this.classifier, item.text);
        const outcome = await this.step(state, a, i, false);
        this.apply(state, outcome);
        // A choice this agent never put (the line was said to the agent before it) is no choice
        // pending: the next line is read on its own.
        if (outcome.kind === 'clarify' && !this.choicePut(i, outcome.options)) state.pendingChoice = undefined;
        if (!state.frame) await this.askedInstead(state, a, i);
        // Lines carried over in a summary were said to another agent: not misunderstood here.
        if (item.carried) state.misses = 0;
      } else if (item.type === 'call') {
        const tool = this.byName.get(item.name);
        calls.set(item.callId, { tool, args: item.args });
        // Whatever was being collected has now been acted on (or set aside for this call).
        if (tool && state.frame?.tool.name === tool.name && state.frame.deferred)
          state.deferred = { ...state.frame.deferred, prerequisite: tool.name };
        state.frame = undefined;
        state.pendingChoice = undefined;
      } else if (item.type === 'output') {
        const call = calls.get(item.callId);
        const tool = call?.tool ?? this.byName.get(item.name);
        if (!tool) continue;
        const args = call?.args ?? {};
        // "already a patient; nothing to register": settled as if it had succeeded.
        const settled = item.isError && saysAlreadyDone(item.output);
        state.refused = state.refused.filter((r) => r.tool.name !== tool.name);
        if (item.isError && !settled) {
          state.failures += 1;
          state.lastCall = { tool, args, error: item.output };
          state.refused.push({ tool, args, error: item.output });
        } else {
          state.lastCall = { tool, args, output: item.output };
          state.done.set(tool.name, args);
          if (settled) (state.settled ??= new Set()).add(tool.name);
          else state.settled?.delete(tool.name);
          if (!settled && state.deferred?.tool.name === tool.name) state.deferred = undefined;
          if (state.interrupted?.tool.name === tool.name) state.interrupted = undefined;
        }
      }
    }
    // The line about to be read comes after the replayed turns.
    if (this.view.items[upto]?.type === 'user') await this.resumeDeferred(state, upto);
    return state;
  }

  /**
   * The request that waited for a prerequisite went on after it succeeded (its question was
   * asked): the caller's next line answers it, as when it was first asked.
   */
  private async resumeDeferred(state: State, upto: number): Promise<void> {
    const deferred = state.deferred;
    if (!deferred || state.frame || !state.done.has(deferred.prerequisite)) return;
    state.deferred = undefined;
    const frame = await this.openFrame(deferred.tool, undefined, deferred.index, state);
    // Typed values of the request and said while it waited (not the line about to be read: that
    // is its answer); free text is asked for, as it was.
    for (const { index, item } of this.userTurns()) {
      if (index < deferred.index || index >= upto) continue;
      const said = await this.policy.analyse(this.classifier, item.text);
      Object.assign(
        frame.args,
        extractArgs(frame.tool, said.u, this.extractOptions(frame.tool, { typedOnly: true })).values,
      );
    }
    frame.expecting = this.firstMissing(frame);
    if (frame.expecting) state.frame = frame;
  }

  /** The agent's reply to line `i` put the choice between `options` to the caller. */
  private choicePut(i: number, options: readonly ToolInfo[]): boolean {
    for (let j = i + 1; j < this.view.items.length; j++) {
      const next = this.view.items[j]!;
      if (next.type === 'user') return false;
      if (next.type === 'assistant' && options.every((t) => next.text.includes(t.phrase))) return true;
    }
    return false;
  }

  /**
   * The replay left nothing open after line `i`, but the agent asked for one of a tool's details
   * (the request that brought the caller here was read on arrival, with more of the call in view):
   * the state follows what was said, so the answer that comes next fills it.
   */
  private async askedInstead(state: State, a: Analysis, i: number): Promise<void> {
    let question: string | undefined;
    for (let j = i + 1; j < this.view.items.length; j++) {
      const next = this.view.items[j]!;
      if (next.type === 'user') break;
      // A call of this agent's own tools (a hand-over that brought the caller here is another's).
      if (next.type === 'call' && this.byName.has(next.name)) return;
      if (next.type === 'assistant') question = next.text;
    }
    if (!question) return;
    const business = this.callable.filter((t) => t.kind === 'business');
    const asked = argumentAsked(question, business, (t) => this.factsFor(t));
    // Only for the request the line made: an entry question ("which day suits?") is its own step.
    const lean = a.scores.find((x) => x.intent === asked?.tool.name)?.score ?? 0;
    if (!asked || lean < this.policy.minConfidence) return;
    // Exact values said up to here (ids, emails, dates); free text waits for the questions.
    const frame = await this.openFrame(asked.tool, undefined, i + 1, state);
    if (frame.args[asked.param.name] !== undefined) return;
    frame.expecting = asked.param;
    state.frame = frame;
  }

  protected apply(state: State, outcome: Outcome): void {
    state.misses = outcome.kind === 'miss' || (outcome.kind === 'ask' && outcome.reask) ? state.misses + 1 : 0;
    // A complete request is assumed called; if the call failed, corrections reopen it from lastCall.
    if (outcome.kind === 'ask') state.frame = outcome.frame;
    else if (outcome.kind === 'noted') state.frame = outcome.frame;
    else if (outcome.kind === 'call') {
      // Another business tool called while a request's question was open ("who you are" given
      // instead of the invoice number): the request waits, its question comes back after.
      const open = state.frame;
      if (
        open?.expecting &&
        !open.deferred &&
        open.tool.kind === 'business' &&
        outcome.frame.tool.kind === 'business' &&
        outcome.frame.tool.name !== open.tool.name
      )
        state.interrupted = open;
      // The prerequisite is being called: the request behind it waits for its result.
      if (outcome.frame.deferred) state.deferred = { ...outcome.frame.deferred, prerequisite: outcome.frame.tool.name };
      state.frame = undefined;
    } else if (outcome.kind === 'clarify') {
      state.pendingChoice = outcome.options;
      state.frame = undefined;
    } else if (outcome.kind !== 'miss' && outcome.kind !== 'not_offered') state.frame = undefined;
  }
}
