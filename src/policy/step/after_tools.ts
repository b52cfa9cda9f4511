// After tools ran: what they returned said to the caller, then the next step (the prerequisite first,
// the request that waited, or the call again with what a refusal asked for).
import { isFarewell } from '../cues.js';
import * as say from '../replies.js';
import { speakToolOutput, toolOutputText } from '../speakable.js';
import { namesPrerequisite } from '../tool_relations.js';
import { transferCompletedBy } from './completion.js';
import { commitVerbs } from './commit.js';
import { readOffered, selectByPlaceOrTime } from './offered.js';
import { SOONEST } from './start.js';
import { type UserItem, type OutputItem, TRANSFER_KINDS } from '../context/turn_context.js';
import { Arrival } from './arrival.js';
import { retryWithListedOption } from './refusal_options.js';
import { retryAgreedUpFront } from './agreed_up_front.js';
import type { PolicyDecision } from '../render/decision.js';
import type { Frame } from '../frame/frame.js';
import { SENTENCE_BREAK } from '../sentences.js';
import { answersGeneralQuestions } from '../intent/catalogue.js';

/** The turn after tools returned. */
export class ToolOutputTurn extends Arrival {
  /**
   * The caller's last line, for a step a refusal sent us to ("call find_times first" after "anything
   * on Tuesday afternoon?"): its exact details (days, times, choices, numbers), never its free text.
   */
  protected async withLastLine(frame: Frame): Promise<void> {
    const last = this.userTurns().at(-1);
    if (!last) return;
    const a = await this.policy.analyse(this.classifier, last.item.text);
    const probe: Frame = { ...frame, args: { ...frame.args }, dates: {}, skipped: new Set(), expecting: undefined };
    this.absorb(probe, a, false);
    for (const p of frame.tool.params) {
      if (p.kind === 'text' || p.kind === 'reason' || frame.args[p.name] !== undefined) continue;
      if (probe.args[p.name] !== undefined) frame.args[p.name] = probe.args[p.name];
    }
    frame.expecting = this.firstMissing(frame);
  }

  /** After tools ran: say what they returned, then continue (prerequisite first, or the request that waited). */
  protected async afterToolOutput(): Promise<PolicyDecision> {
    const items = this.view.items;
    let start = items.length;
    while (start > 0 && (items[start - 1]!.type === 'output' || items[start - 1]!.type === 'call')) start -= 1;
    const block = items.slice(start);
    const outputs = block.filter((i): i is OutputItem => i.type === 'output');
    const name = this.callerName;
    // A transfer happened: the next agent speaks; anything said here would talk over it.
    if (outputs.some((o) => !o.isError && TRANSFER_KINDS.has(this.byName.get(o.name)?.kind ?? ''))) {
      return { content: '', toolCalls: [], reason: 'handoff_done' };
    }
    const parts: string[] = [];
    let goodbye = false;
    let asksAgain = false;
    for (const [i, o] of outputs.entries()) {
      // A refusal not heard: one already tried again with what the caller named ("the guides
      // cover …"), or one the same tool's call right after got past ("What is it for?" then "Booked").
      if (o.isError && block.slice(block.indexOf(o) + 1).some((x) => x.type === 'call' && x.name === o.name)) continue;
      if (o.isError && outputs.slice(i + 1).some((later) => !later.isError && later.name === o.name)) continue;
      // Ending the call is a directive by the tool's kind: its output is for the model, never read out.
      if (!o.isError && this.byName.get(o.name)?.kind === 'end_call') {
        goodbye = true;
        continue;
      }
      const spoken = speakToolOutput(o.output);
      if (spoken.text) parts.push(spoken.text);
      goodbye ||= spoken.goodbye;
      asksAgain ||= spoken.asksAgain;
    }
    if (goodbye)
      return {
        content: [parts.join(' '), say.goodbye(name)].filter(Boolean).join(' '),
        toolCalls: [],
        reason: 'output',
      };
    let content = parts.join(' ');
    const failed = outputs.filter((o) => o.isError);
    const succeeded = outputs.filter((o) => !o.isError);
    const state = await this.replay(items.length);

    if (this.mayCallTools && failed.length > 0) {
      const back = this.handBackOnRefusal(failed);
      if (back) return { content: back.content, toolCalls: [back.call], reason: 'handoff' };
      // "The guides cover A, B and C": the one the caller's words named, rather than asking.
      const retry = retryWithListedOption(
        block,
        failed,
        this.byName,
        this.userTurns().map((t) => t.item.text),
      );
      if (retry) return { content: '', toolCalls: [retry], reason: 'tool' };
      // "costs a $50 fee; if they agree, call again with accept_fee true" after "charge the fifty
      // dollars, just cancel it": already agreed, so the call again with the flag set.
      const agreed = retryAgreedUpFront(block, failed, this.byName, this.latestCallerLine());
      if (agreed) return { content: '', toolCalls: [agreed], reason: 'tool' };
      // A refusal that names another of our tools as the first step: do that step.
      for (const o of failed) {
        const prereq = this.tools.find(
          (t) => t.kind === 'business' && t.name !== o.name && namesPrerequisite(o.output, t),
        );
        if (!prereq || state.done.has(prereq.name)) continue;
        const frame = await this.frameFromHistory(prereq, state);
        await this.withLastLine(frame);
        if (!frame.expecting) {
          const statements = content
            .split(SENTENCE_BREAK)
            .filter((s) => !s.endsWith('?'))
            .join(' ');
          return {
            content: statements,
            toolCalls: [{ name: prereq.name, args: this.callArgs(frame) }],
            reason: 'tool',
          };
        }
        if (!asksAgain) content = `${content} ${this.question(frame)}`.trim();
        return { content, toolCalls: [], reason: 'ask' };
      }
      // A refusal asking for what the caller said earlier ("What is the visit for?" after "her
      // booster shots"): the call again with it, never with a value it was already refused with.
      for (const o of failed) {
        const tool = this.byName.get(o.name);
        if (!tool || tool.kind !== 'business' || !this.callable.includes(tool)) continue;
        const refused = this.lastRefusedArgs(tool);
        const asked = [...this.askedForByRefusal(tool)].filter((p) => refused[p.name] === undefined);
        const found = asked.length ? await this.saidEarlier(tool, asked) : {};
        if (Object.keys(found).length === 0) continue;
        const frame = await this.frameFromHistory(tool, state, { ...refused, ...found });
        if (!frame.expecting)
          return { content: '', toolCalls: [{ name: tool.name, args: this.callArgs(frame) }], reason: 'tool' };
      }
    }
    if (this.mayCallTools && succeeded.length > 0) {
      for (const o of succeeded) {
        const tool = this.byName.get(o.name);
        if (!tool) continue;
        // The request that waited for this one ("verify first, then the refund").
        if (state.deferred && state.deferred.prerequisite === tool.name) {
          const turn = this.view.items[state.deferred.index];
          const a = turn?.type === 'user' ? await this.policy.analyse(this.classifier, turn.text) : undefined;
          const frame = await this.openFrame(state.deferred.tool, a, state.deferred.index, state);
          await this.addLaterTyped(frame, state.deferred.index);
          frame.expecting = this.firstMissing(frame);
          if (!frame.expecting)
            return { content, toolCalls: [{ name: frame.tool.name, args: this.callArgs(frame) }], reason: 'tool' };
          return { content: `${content} ${this.question(frame)}`.trim(), toolCalls: [], reason: 'ask' };
        }
        // A call refused earlier for want of what just succeeded: try it again now — unless what
        // succeeded offers choices ("call find_times first" → "Free times: A; B; C"): the caller
        // picks one, the refused call's old value was no pick.
        const pending = state.refused.find((r) => r.tool.name !== tool.name && namesPrerequisite(r.error, tool));
        const offersChoices = (readOffered(toolOutputText(o.output))?.options.length ?? 0) >= 2;
        if (pending && !offersChoices) {
          const frame = await this.frameFromHistory(pending.tool, state, pending.args);
          if (!frame.expecting)
            return { content, toolCalls: [{ name: pending.tool.name, args: this.callArgs(frame) }], reason: 'tool' };
        }
        // Who the caller is, looked up after they asked for something here: now that request.
        const waited = await this.requestBeforeLookup(tool, state);
        if (waited)
          return { content, toolCalls: [{ name: waited.tool.name, args: this.callArgs(waited) }], reason: 'tool' };
        // The transfer this success completes ("A time is held with hold_slot"): take it now.
        const onward = transferCompletedBy(
          tool,
          toolOutputText(o.output),
          this.callable.filter((t) => t.kind === 'handoff' || t.kind === 'call'),
        );
        if (onward && tool.kind === 'business') {
          const frame = await this.frameFromHistory(onward, state);
          return { content, toolCalls: [{ name: onward.name, args: this.callArgs(frame) }], reason: 'handoff' };
        }
      }
    }
    // Options listed for a caller who already said which one they want ("whatever's first on
    // Monday", "Tuesday afternoon, the one pm"): that one is taken, not asked about.
    const said = items[start - 1]?.type === 'user' ? (items[start - 1] as UserItem).text : undefined;
    if (this.mayCallTools && failed.length === 0 && said) {
      const norm = (await this.policy.analyse(this.classifier, said)).u.norm;
      for (const o of succeeded) {
        const offered = readOffered(toolOutputText(o.output));
        const pick = offered
          ? (selectByPlaceOrTime(norm, offered) ?? (SOONEST.test(said) ? offered.options[0] : undefined))
          : undefined;
        const outcome = pick ? await this.takePick(pick, items.length, state, undefined, offered) : undefined;
        // "whenever's soonest" for a step that would still take down the caller's details itself (a
        // booking under their name): the options are read out and the caller picks, so the details
        // asked next answer that step, not a capture the caller did not expect yet.
        if (outcome?.kind === 'call' && SOONEST.test(said) && this.toolWouldAsk(outcome.frame)) continue;
        if (outcome?.kind === 'call') {
          const statements = content
            .split(SENTENCE_BREAK)
            .filter((x) => !x.endsWith('?'))
            .join(' ');
          return {
            content: statements,
            toolCalls: [{ name: outcome.frame.tool.name, args: this.callArgs(outcome.frame) }],
            reason: 'tool',
          };
        }
      }
    }
    // A read-back done, and the caller had already asked to commit ("yes, now it's right, submit it").
    if (this.mayCallTools && failed.length === 0 && succeeded.length > 0) {
      const commit = this.commitAfterReadBack(
        succeeded.map((o) => o.name),
        state,
        this.latestCallerLine(),
      );
      const frame = commit ? await this.frameFromHistory(commit, state) : undefined;
      if (commit && frame && !frame.expecting)
        return { content, toolCalls: [{ name: commit.name, args: this.callArgs(frame) }], reason: 'tool' };
    }
    // The same breath asked for the next step too ("two margheritas, and I'll pay at pickup"): go on.
    // Also after an entry's own step (the account looked up from "I'm Ann Lee, ann@x.com, and I
    // want a refund on my last bill" as the caller arrived): the line that brought them, spoken
    // before this agent's opening words.
    const arrivedWith =
      !said && this.view.entry?.from && items[start - 1]?.type === 'assistant' && items[start - 2]?.type === 'user'
        ? (items[start - 2] as UserItem).text
        : undefined;
    const breath = said ?? arrivedWith;
    if (this.mayCallTools && failed.length === 0 && succeeded.length > 0 && breath) {
      const calls = block.filter((i) => i.type === 'call').map((c) => c as { args: Record<string, unknown> });
      const answered = succeeded.some((o) => {
        const tool = this.byName.get(o.name);
        return tool !== undefined && answersGeneralQuestions(tool);
      });
      const next = await this.nextStepSaidWith(calls, breath, this.view.entry?.from, answered);
      if (next) {
        const frame = await this.frameFromHistory(next, state);
        return { content, toolCalls: [{ name: next.name, args: this.callArgs(frame) }], reason: 'handoff' };
      }
    }
    // The caller took leave in the turn that asked for this ("book it, thanks, bye"): the work is
    // done, so the call ends rather than asking whether there is anything else.
    const endTool = this.callable.find((t) => t.kind === 'end_call');
    const lastUser = this.latestCallerLine();
    if (endTool && failed.length === 0 && succeeded.length > 0 && lastUser && !asksAgain) {
      const a = await this.policy.analyse(this.classifier, lastUser);
      // Done in the same breath as confirming the committing step ("perfect, thanks. That was it"): the call ends too.
      const committed = succeeded.some((o) => {
        const tool = this.byName.get(o.name);
        return tool !== undefined && commitVerbs(tool).length > 0;
      });
      if (a.goodbye && (isFarewell(a.text) || committed) && !content.includes('?'))
        return { content, toolCalls: [{ name: endTool.name, args: {} }], reason: 'end' };
    }
    // A request whose question was open when the caller gave another tool's details instead
    // ("could you tell me the invoice ID?" → name and email → the account found): ask it again.
    const waiting = state.interrupted;
    if (this.mayCallTools && waiting && failed.length === 0 && succeeded.length > 0 && !asksAgain) {
      const lastSaid = this.userTurns().at(-1)?.item.text;
      const leaving = lastSaid !== undefined && (await this.policy.analyse(this.classifier, lastSaid)).goodbye;
      const frame: Frame = { ...waiting, args: { ...waiting.args }, skipped: new Set(waiting.skipped) };
      frame.expecting = this.firstMissing(frame);
      if (!leaving && frame.expecting && !content.includes('?') && this.callable.includes(frame.tool))
        return { content: `${content} ${this.question(frame)}`.trim(), toolCalls: [], reason: 'ask' };
    }
    if (!content) content = failed.length ? "Sorry, that didn't work. What would you like to do?" : say.anythingElse();
    return { content, toolCalls: [], reason: 'output' };
  }
}
