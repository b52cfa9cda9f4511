// Deciding about the committing step in a turn: confirm it, hold it back, or go back to amend.
import type { Analysis } from '../analysis/analysis.js';
import type { Outcome, State } from '../frame/frame.js';
import { escapeRegExp } from '../regexp.js';
import { extractArgs } from '../slot_filling.js';
import { valueFits } from '../value_fits.js';
import { Volunteered } from './volunteered.js';
import { toolOutputText } from '../speakable.js';
import type { ToolInfo } from '../tool_catalog.js';
import {
  affirms,
  amends,
  amendsBy,
  asksToCheck,
  commitVerbs,
  committingTool,
  declines,
  holdsBack,
  namesCommit,
  readsBack,
} from './commit.js';
import { proposalBefore } from './proposal.js';
import { asksSomething, stripInjection } from '../cues.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';
import { requestPart } from '../intent/request_words.js';
import { COST_WORDS } from '../lexicon/cost_consent.js';
import { distinctiveWords, stemHit } from '../tool_relations.js';
import { stem } from '../lexicon/stem.js';

const verbNamed = (text: string, tool: ToolInfo) =>
  commitVerbs(tool).some((v) => new RegExp(`\\b${v}`, 'i').test(text));

/**
 * A check that quoted what the committing step will cost ("We deliver to 02142 … delivery is
 * $4.99"): the caller's "that's fine, go ahead" accepts that step, as after a read-back. Only a
 * check described as telling a cost, whose own words the step's description names (checking
 * delivery, a refill "for home delivery"), never one that commits.
 */
const TELLS_COST = /\b(?:costs?|prices?|fees?|charges?|how much)\b/i;

function quotesCostOf(check: ToolInfo, output: string, tool: ToolInfo): boolean {
  if (check === tool || check.kind !== 'business' || commitVerbs(check).length > 0) return false;
  // A check made to tell a cost ("what delivery costs"), not a lookup whose record has an amount.
  if (!TELLS_COST.test(check.description) || !COST_WORDS.test(output)) return false;
  return distinctiveWords(check).some((w) => stemHit(tool.description, w));
}

export type CommitMove = { kind: 'commit' | 'hold' | 'decline' | 'amend'; tool: ToolInfo };

/** The committing step: what the caller's confirmation, hold, refusal or amendment asks for. */
export class Committer extends Volunteered {
  /** Committing tools here not yet done, whose guards (if known) pass now. */
  protected pendingCommits(state: State): ToolInfo[] {
    return this.callable.filter((t) => commitVerbs(t).length > 0 && !state.done.has(t.name));
  }

  /**
   * Since the caller last spoke, the agent read something back or asked them to check it, or its
   * last line offered this committing step ("Shall I file it?").
   */
  protected checkingBefore(index: number, tool: ToolInfo): boolean {
    for (let i = index - 1; i >= 0; i--) {
      const item = this.view.items[i]!;
      if (item.type === 'user') return false;
      if (item.type === 'output' && !item.isError) {
        const by = this.byName.get(item.name);
        if ((by && readsBack(by)) || asksToCheck(toolOutputText(item.output))) return true;
      } else if (item.type === 'assistant') {
        // The agent's latest line decides: an earlier one ("Let me bring in billing") is past.
        const offer = proposalBefore(this.view.items, i + 1);
        return (
          asksToCheck(item.text) || (offer !== undefined && namesCommit(offer, tool)) || this.quotedBefore(i, tool)
        );
      }
    }
    return false;
  }

  /** The agent's line at `index` speaks a check's quote of what `tool` will cost (quotesCostOf). */
  private quotedBefore(index: number, tool: ToolInfo): boolean {
    for (let i = index - 1; i >= 0; i--) {
      const item = this.view.items[i]!;
      if (item.type === 'user') return false;
      if (item.type !== 'output' || item.isError) continue;
      const by = this.byName.get(item.name);
      if (by && quotesCostOf(by, toolOutputText(item.output), tool)) return true;
    }
    return false;
  }

  /**
   * The committing step taken up after a check quoted its cost ("delivery is $4.99" … "fine, go
   * ahead"): it starts with what the check was asked about — its arguments of the same name (the
   * ZIP code) and the choice the check is named for (method: delivery).
   */
  protected async quoteTaken(tool: ToolInfo, a: Analysis, index: number, state: State): Promise<Outcome | undefined> {
    const last = state.lastCall;
    if (!last || last.error || last.output === undefined || !quotesCostOf(last.tool, last.output, tool))
      return undefined;
    if (state.frame) return undefined;
    const frame = await this.openFrame(tool, a, index, state);
    const checked = distinctiveWords(last.tool);
    for (const p of tool.params) {
      if (frame.args[p.name] !== undefined) continue;
      const same = last.tool.params.find((q) => q.name === p.name);
      if (same && last.args[same.name] !== undefined) frame.args[p.name] = last.args[same.name];
      const value = p.enumValues?.find((v) => checked.some((w) => stem(w) === stem(v)));
      if (value !== undefined) frame.args[p.name] = value;
    }
    // The line that asked for the check may carry the step's other details ("deliver it to 14
    // prospect street, zip 02142 — what does it cost?").
    const asked = this.userTurns()
      .filter((t) => t.index < index)
      .at(-1);
    if (asked) {
      const earlier = await this.policy.analyse(this.classifier, asked.item.text);
      const ex = extractArgs(tool, earlier.u, this.extractOptions(tool, {}));
      for (const [k, v] of Object.entries(ex.values)) if (frame.args[k] === undefined) frame.args[k] = v;
    }
    frame.expecting = this.firstMissing(frame);
    return frame.expecting
      ? { kind: 'ask', frame, fresh: true, answered: false, reask: false }
      : { kind: 'call', frame, fresh: true };
  }

  /** What this turn does about the committing step, if it is about it at all. */
  protected commitMove(a: Analysis, index: number, state: State): CommitMove | undefined {
    const pending = this.pendingCommits(state);
    if (pending.length === 0) return undefined;
    const tool = committingTool(a.text, pending);
    if (!tool || (state.frame && state.frame.tool !== tool)) return undefined;
    const checking = this.checkingBefore(index, tool);
    const named = namesCommit(a.text, tool);
    // Asked for this step's details ("text or email?") and the caller wants none of it.
    const about = checking || state.frame?.tool === tool || verbNamed(a.text, tool);
    // "It's INV-3001, … I'd rather not pay for it" gives what was asked: an answer, not a refusal.
    const asked = state.frame?.tool === tool ? state.frame.expecting : undefined;
    const answers =
      asked !== undefined &&
      extractArgs(tool, a.u, this.extractOptions(tool, { typedOnly: true })).values[asked.name] !== undefined;
    if (about && declines(a.text) && !amends(a.text) && !answers) return { kind: 'decline', tool };
    if (!checking && !named) return undefined;
    if (checking && amends(a.text)) {
      // "one more thing for the description": back to where the detail is saved, not filed.
      const back = this.callable.find(amendsBy);
      return back ? { kind: 'amend', tool: back } : undefined;
    }
    if (holdsBack(a.text)) return a.goodbye ? undefined : { kind: 'hold', tool };
    // "okay and that deposit, is that taken on the card?": a question after the "okay", not a go-ahead.
    if (!named && asksSomething(a.text)) return undefined;
    // "that is all, thanks, bye" to the read-back of what they called to have done ("… and get
    // the claim filed"): nothing to change, so it is done before the goodbye.
    const leavesAsAsked = checking && a.goodbye && !declines(a.text) && this.askedToCommit(tool, index);
    if (!affirms(a.text) && !(checking && named) && !leavesAsAsked) return undefined;
    if (tool.ready?.() === false) return undefined;
    return { kind: 'commit', tool };
  }

  /**
   * The agent offered work only the desk it hands back to does (a refusal's "offer to book a recheck
   * visit" read out at the pharmacy), and the caller takes it up ("oh no refills left? ok can I
   * book that then"): the hand-back, so that desk does it. Not while a request is open here.
   */
  protected offerServedBack(a: Analysis, index: number, state: State): ToolInfo | undefined {
    if (state.frame || a.goodbye || declines(a.text)) return undefined;
    const back = this.callable.find((t) => t.kind === 'return');
    const offer = proposalBefore(this.view.items, index);
    if (!back || !offer) return undefined;
    const backScore = (text: string) =>
      this.classifier.scopeScores(text).find((s) => s.intent === back.name)?.score ?? 0;
    if (backScore(offer) < POLICY_THRESHOLDS.scopeWordsAfterWork) return undefined;
    // An offer of this agent's own work ("I can order the refill") stays here.
    if (this.callable.some((t) => t.kind === 'business' && namesCommit(offer, t))) return undefined;
    // Taken up by naming that work, or by a yes that asks for none of this agent's own work
    // ("ok then order two dampers instead" stays here).
    const ownNamed = this.callable.some((t) => t.kind === 'business' && namesCommit(a.text, t));
    const takes = backScore(requestPart(a)) >= POLICY_THRESHOLDS.scopeWords || (affirms(a.text) && !ownNamed);
    return takes ? back : undefined;
  }

  /**
   * A refusal that proposes another of this agent's tools by its verb ("Ask whether the caller
   * wants to move that visit instead"), taken up by a yes or by that verb ("ok then just move the
   * nail trim to that wednesday time instead"): that tool, with the refused call's details it also
   * takes (the same argument, or one whose description opens the same way: "The offered time the caller chose, …").
   */
  protected async refusalProposalTaken(a: Analysis, index: number, state: State): Promise<Outcome | undefined> {
    const last = state.lastCall;
    // A result that proposes the next step ("No known power cut in RV1. If the caller has no
    // supply, offer to report it") is taken up the same way.
    const error = last?.error ?? last?.output;
    if (
      !last ||
      !error ||
      last.tool.kind !== 'business' ||
      (state.frame && state.frame.tool !== last.tool) ||
      a.goodbye ||
      declines(a.text)
    )
      return undefined;
    const verbOf = (t: ToolInfo) => (t.description.trim().split(/[\s,.:;]+/)[0] ?? '').toLowerCase();
    const proposed = this.callable.filter(
      (t) =>
        t !== last.tool &&
        t.kind === 'business' &&
        verbOf(t).length > 2 &&
        new RegExp(`\\b(?:wants? to|would like to|offer to)\\s+${escapeRegExp(verbOf(t))}\\b`, 'i').test(error),
    );
    if (proposed.length !== 1) return undefined;
    const tool = proposed[0]!;
    const takes =
      affirms(a.text) ||
      new RegExp(`\\b${escapeRegExp(verbOf(tool))}\\b`, 'i').test(a.text) ||
      (!last.error && this.givesMissingValue(tool, a, last.args));
    if (!takes) return undefined;
    const frame = await this.openFrame(tool, a, index, state);
    const clause = (q: { description: string }) =>
      q.description
        .split(/[,.;(]/)[0]!
        .trim()
        .toLowerCase();
    for (const p of tool.params) {
      const same = last.tool.params.find((q) => q.name === p.name || (clause(q).length > 0 && clause(q) === clause(p)));
      const v = same ? last.args[same.name] : undefined;
      if (v === undefined || frame.args[p.name] !== undefined) continue;
      // A day said in passing ("her nail trim tomorrow") is no new value for it.
      frame.args[p.name] = v;
      delete frame.dates[p.name];
    }
    // What kind of problem it is was said before the step was proposed ("my electric's gone off").
    await this.kindFromEarlier(frame, index, true);
    frame.expecting = this.firstMissing(frame);
    return frame.expecting
      ? { kind: 'ask', frame, fresh: true, answered: false, reask: false }
      : { kind: 'call', frame, fresh: true };
  }

  /**
   * The line gives a required detail of `tool` the call before it did not have ("07700 900123"
   * after an offer to report the fault): a step towards it, not a new request.
   */
  private givesMissingValue(tool: ToolInfo, a: Analysis, had: Record<string, unknown>): boolean {
    if (a.words > POLICY_THRESHOLDS.askedValueWords) return false;
    const said = extractArgs(tool, a.u, this.extractOptions(tool, { typedOnly: true }));
    return tool.params.some(
      (p) =>
        p.required && had[p.name] === undefined && said.typed.includes(p.name) && valueFits(p, said.values[p.name]),
    );
  }

  /**
   * The caller's lines before `index` this call, oldest first, including those said to an earlier
   * agent whose chat this one was not handed.
   */
  protected callerLinesBefore(index: number): string[] {
    return [
      ...this.view.earlier,
      ...this.userTurns()
        .filter((t) => t.index < index)
        .map((t) => t.item.text),
    ].map((t) => stripInjection(t).text);
  }

  /** The caller's latest line this call (said here, or to the agent before a handoff that carried no history). */
  protected latestCallerLine(): string | undefined {
    const text = this.userTurns().at(-1)?.item.text ?? this.view.earlier.at(-1);
    return text === undefined ? undefined : stripInjection(text).text;
  }

  /**
   * Earlier this call the caller asked for this step by its verb ("… and get the claim filed",
   * "yes, submit it"), and did not hold it back or decline it after.
   */
  protected askedToCommit(tool: ToolInfo, index: number): boolean {
    let asked = false;
    for (const line of this.callerLinesBefore(index)) {
      if (holdsBack(line) || declines(line)) asked = false;
      else if (verbNamed(line, tool)) asked = true;
    }
    return asked;
  }

  /**
   * After a read-back: the caller had already asked to commit in so many words ("yes, now it's
   * right, submit it please", said before this agent took over), so the committing tool goes next.
   */
  protected commitAfterReadBack(
    succeeded: readonly string[],
    state: State,
    lastUser: string | undefined,
  ): ToolInfo | undefined {
    if (
      !lastUser ||
      !succeeded.some((n) => {
        const t = this.byName.get(n);
        return t !== undefined && readsBack(t);
      })
    )
      return undefined;
    const tool = committingTool(lastUser, this.pendingCommits(state));
    if (!tool || !namesCommit(lastUser, tool) || !affirms(lastUser) || holdsBack(lastUser) || amends(lastUser))
      return undefined;
    return tool.ready?.() === false ? undefined : tool;
  }
}
