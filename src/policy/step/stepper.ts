// One caller turn against the state so far: escalate, pick from what was offered, answer the
// question asked, switch request, hang up, clarify, or say it was not understood.
import { hasSwitchCue, isFarewell, ordinalChoice } from '../cues.js';
import { CONVERSATIONAL } from '../intent_classifier.js';
import { valueFits, type ParamSpec } from '../param_spec.js';
import {
  cleanText,
  describingPart,
  countsPeople,
  extractArgs,
  isCount,
  isDescriptive,
  withoutIntroduction,
} from '../slot_filling.js';
import { findNumbers, findPersonName, findYesNo, prepareUtterance } from '../slots/index.js';
import type { ToolInfo } from '../tool_catalog.js';
import { selectOffered, timeNotOffered } from './offered.js';
import { correctedNumber, isCorrection, repeatable } from './correction.js';
import { dateComplete, dateToValue } from '../slot_dates.js';
import { articleCount, itemsFromParts, splitParts } from './several_items.js';
import { argumentAsked, questionBefore } from './asked.js';
import { offersPerson, proposalBefore } from './proposal.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';
import type { Analysis } from '../analysis/analysis.js';
import { ESCALATION_KINDS } from '../context/turn_context.js';
import type { Frame, Outcome, State } from '../frame/frame.js';
import { FailedRetry } from './retry_failed.js';
import { requestPart } from '../intent/intent_reader.js';

// A transfer's "when" that says this part is over.
const DONE_HERE =
  /\b(?:has|have|got) (?:everything|all)\b|\b(?:is|are) (?:done|finished|complete|ready|arranged|all set)\b|\bnothing (?:else|more)\b/i;
// A tool that takes one of the options just offered ("Hold the free time the caller picked").
const SELECTS_OFFERED = /\b(?:offered|picked|picks|chosen|chose|choice|selected|from the (?:ones|options|list))\b/i;

// "whenever's soonest", "the earliest you have", "first available": any option, the earliest one.
const SOONEST =
  /\b(?:soonest|earliest|first (?:available|free|opening|slot)|next (?:available|free|opening)|as soon as (?:possible|you can)|asap)\b/i;
// A tool that lists options, taking nothing it cannot do without ("Leave out for the earliest").
const LISTS_OPTIONS = /\b(?:find|search|list|look up|available|free|open(?:ings)?|earliest|soonest)\b/i;

/** Steps: what the agent does about one caller turn. */
export class Stepper extends FailedRetry {
  /** The caller's previous turn asked for the earliest option ("whenever's soonest"). */
  protected askedSoonestBefore(index: number): boolean {
    for (let i = index - 1; i >= 0; i--) {
      const item = this.view.items[i]!;
      if (item.type === 'user') return SOONEST.test(item.text);
    }
    return false;
  }

  /** The one business tool here that lists options with no required arguments (the earliest first). */
  protected searchTool(): ToolInfo | undefined {
    const fits = this.callable.filter(
      (t) =>
        t.kind === 'business' &&
        !t.params.some((p) => p.required) &&
        LISTS_OPTIONS.test(`${t.name.replace(/_/g, ' ')} ${t.description}`),
    );
    const earliest = fits.filter((t) => t.params.some((p) => /\b(?:earliest|soonest|first)\b/i.test(p.description)));
    return earliest.length === 1 ? earliest[0] : fits.length === 1 ? fits[0] : undefined;
  }

  /** Open a request, or its prerequisite first (the request waits in `deferred`). */
  protected async start(tool: ToolInfo, a: Analysis, index: number, state: State): Promise<Outcome> {
    const prereq = this.unmetPrerequisite(tool, state);
    if (prereq) {
      const frame = await this.openFrame(prereq, undefined, index, state);
      frame.deferred = { tool, index };
      // The request turn may carry the prerequisite's details too ("refund 2041, I'm Ann Lee, ann@x.com").
      Object.assign(frame.args, extractArgs(prereq, a.u, this.extractOptions(prereq, { typedOnly: true })).values);
      // Its exact values all said with the request ("LN-20417, March 3rd 1990. yes, lodge it"): read them as its own.
      if (prereq.params.every((p) => p.kind !== 'text' && p.kind !== 'reason')) {
        const probe: Frame = { ...frame, args: { ...frame.args }, dates: {}, skipped: new Set() };
        this.absorb(probe, a, false);
        if (!this.firstMissing(probe)) Object.assign(frame.args, probe.args);
      }
      frame.expecting = this.firstMissing(frame);
      return frame.expecting
        ? { kind: 'ask', frame, fresh: true, answered: false, reask: false }
        : { kind: 'call', frame, fresh: true };
    }
    const frame = await this.openFrame(tool, a, index, state);
    this.countFromArticle(frame, a.u.norm);
    const several = tool.kind === 'business' ? await this.severalItems(tool, a, index, state) : undefined;
    if (several) return several;
    return frame.expecting
      ? { kind: 'ask', frame, fresh: true, answered: false, reask: false }
      : { kind: 'call', frame, fresh: true };
  }

  /** "I'd like a funghi pizza": the thing is named and the article says how many. */
  protected countFromArticle(frame: Frame, text: string): void {
    const asked = frame.expecting;
    if (!asked || !isCount(asked) || (asked.type !== 'integer' && asked.type !== 'number')) return;
    // "a" counts one thing, never a number of people ("we are looking for a CRM" is no team of one).
    if (countsPeople(asked)) return;
    // The thing counted must be named by a value from a list (a dish, a product): free text such as a
    // use case ("we are looking for a CRM") names nothing, and its article counts nobody.
    const named = frame.tool.params.some(
      (p) =>
        p !== asked &&
        p.required &&
        frame.args[p.name] !== undefined &&
        ((p.enumValues?.length ?? 0) > 0 || (p.options?.length ?? 0) > 0),
    );
    const one = named ? articleCount(text) : undefined;
    if (one === undefined) return;
    frame.args[asked.name] = one;
    frame.expecting = this.firstMissing(frame);
  }

  /** "two diavola pizzas and a caesar salad": one call per item, each complete on its own. */
  protected async severalItems(tool: ToolInfo, a: Analysis, index: number, state: State): Promise<Outcome | undefined> {
    const texts = splitParts(a.u.norm);
    if (texts.length < 2) return undefined;
    const count = tool.params.find((p) => p.required && (p.type === 'integer' || p.type === 'number'));
    const parts = texts.map((text) => {
      const values = extractArgs(tool, prepareUtterance(text), this.extractOptions(tool, {})).values;
      // "a caesar salad", "can I get a funghi pizza": the article is a count of one.
      if (count && values[count.name] === undefined && isCount(count)) values[count.name] = articleCount(text);
      if (count && values[count.name] === undefined) delete values[count.name];
      return { text, values };
    });
    const items = itemsFromParts(parts, tool.params);
    if (!items) return undefined;
    const frames: Frame[] = [];
    for (const values of items) {
      const frame = await this.openFrame(tool, undefined, index, state);
      Object.assign(frame.args, values);
      frame.expecting = this.firstMissing(frame);
      if (frame.expecting) return undefined;
      frames.push(frame);
    }
    return { kind: 'call', frame: frames[0]!, fresh: true, more: frames.slice(1) };
  }

  /** A correction of the call just made ("actually, make that Thursday"): that call again, corrected. */
  protected correction(a: Analysis, state: State): Outcome | undefined {
    const last = state.lastCall;
    if (!last || last.error || state.frame || last.tool.kind !== 'business' || !isCorrection(a.text)) return undefined;
    if (!repeatable(last.tool.description) || !this.callable.includes(last.tool)) return undefined;
    const ex = extractArgs(last.tool, a.u, this.extractOptions(last.tool, {}));
    const frame: Frame = { tool: last.tool, args: { ...last.args }, dates: {}, skipped: new Set() };
    let changed = false;
    for (const p of last.tool.params) {
      const v = ex.values[p.name];
      if (v === undefined || p.kind === 'text' || p.kind === 'reason') continue;
      if (JSON.stringify(v) !== JSON.stringify(last.args[p.name])) {
        frame.args[p.name] = v;
        changed = true;
      }
    }
    for (const p of last.tool.params) {
      const d = ex.dates[p.name];
      if (!d || !dateComplete(p, d)) continue;
      const v = dateToValue(p, d);
      if (v !== last.args[p.name]) {
        frame.args[p.name] = v;
        changed = true;
      }
    }
    const number = correctedNumber(
      findNumbers(a.u).map((f) => f.value),
      last.tool.params,
      last.args,
    );
    if (!changed && number && valueFits(number.param, number.value)) {
      frame.args[number.param.name] = number.value;
      changed = true;
    }
    if (!changed) return undefined;
    frame.expecting = this.firstMissing(frame);
    return frame.expecting ? undefined : { kind: 'call', frame, fresh: false };
  }

  /** One caller turn: what the agent does about it, given the state built from earlier turns. */
  protected async step(state: State, a: Analysis, index: number, lowConfidence: boolean): Promise<Outcome> {
    const outcome = await this.stepOne(state, a, index, lowConfidence);
    // Words that only carry details for a later agent are not a request here, nor a reason to leave
    // a question unanswered for another agent: noted, and the open question asked again.
    if (this.detailsForLaterOnly(outcome, a, state, index))
      return { kind: 'noted', frame: state.frame, question: this.openQuestion(state.frame, index) };
    // Whatever the turn does, the same breath may complete another of this agent's tools too.
    return this.alsoFilled(outcome, a, index, state);
  }

  protected async stepOne(state: State, a: Analysis, index: number, lowConfidence: boolean): Promise<Outcome> {
    if (a.injected && a.text.replace(/[^a-z]/gi, '').length < 3) return { kind: 'injection' };
    if (a.noise || lowConfidence) return { kind: 'miss' };
    const intent = this.intent(a, state.done.size > 0);
    const escalation = this.escalationTool();

    // The classifier alone escalates only when sure and the caller is not answering a question.
    const classifierEscalates =
      intent.confident &&
      intent.tool !== undefined &&
      ESCALATION_KINDS.has(intent.tool.kind) &&
      intent.score >= POLICY_THRESHOLDS.classifierEscalation &&
      !state.frame?.expecting;
    const wantsOut =
      a.frustration.wantsHuman ||
      a.frustration.level === 'strong' ||
      (a.frustration.level === 'mild' && state.misses + state.failures >= POLICY_THRESHOLDS.mildFrustrationTroubles) ||
      classifierEscalates;
    if (wantsOut) {
      if (escalation) return { kind: 'escalate', tool: escalation, reason: this.escalationReason(a) };
      if (a.frustration.wantsHuman) return { kind: 'no_human' };
    }

    // A pick among the options just offered ("the first one", "the 2pm one", "ok go ahead").
    const picked = await this.pickFromOffered(a, index, state);
    if (picked) return picked;

    // "actually, make that 25" right after a call: the same call again with the corrected value.
    const corrected = this.correction(a, state) ?? this.retryCorrected(a, state);
    if (corrected) return corrected;

    // After a read-back or an offer: "yes that's right, file it" commits (before any goodbye in
    // the same breath), "hold on, don't submit it yet" holds it, "one more thing…" goes back.
    const move = this.commitMove(a, index, state);
    if (move?.kind === 'hold' || move?.kind === 'decline') {
      const endTool = this.callable.find((t) => t.kind === 'end_call');
      if (move.kind === 'decline' && a.goodbye) return { kind: 'end', tool: endTool };
      return { kind: 'hold', tool: move.tool, declined: move.kind === 'decline' };
    }
    if (move) return this.start(move.tool, a, index, state);

    // "whenever's soonest" before anything was offered: list what is available, earliest first.
    const soonest = SOONEST.test(a.text) ? this.searchTool() : undefined;
    if (soonest) {
      const frame: Frame = { tool: soonest, args: {}, dates: {}, skipped: new Set(soonest.params.map((p) => p.name)) };
      return { kind: 'call', frame, fresh: true };
    }

    // An answer to the question just asked comes first: "the engineer left cables in my yard" is
    // the ticket's description, whatever else it sounds like.
    const frame = state.frame;
    let probe: Frame | undefined;
    let answer = { answered: false, any: false, strong: false };
    if (frame) {
      probe = { ...frame, args: { ...frame.args }, dates: { ...frame.dates }, skipped: new Set(frame.skipped) };
      answer = this.absorb(probe, a, false);
    }
    const other =
      frame && intent.confident && intent.tool && intent.tool.name !== frame.tool.name ? intent.tool : undefined;
    // A free-text "answer" that is really a request ("please create the ticket") switches requests.
    const requestNotAnswer =
      other !== undefined &&
      !answer.strong &&
      !isDescriptive(
        describingPart(a.text, this.extractOptions(other, {}).requestWords),
        this.extractOptions(other, {}).requestWords,
      );
    const switching =
      other !== undefined &&
      (!answer.answered ||
        hasSwitchCue(a.text) ||
        requestNotAnswer ||
        (!answer.any && intent.score >= POLICY_THRESHOLDS.switchScore));
    if (frame && probe && answer.answered && !switching) {
      probe.expecting = this.firstMissing(probe);
      return probe.expecting
        ? { kind: 'ask', frame: probe, fresh: false, answered: true, reask: false }
        : { kind: 'call', frame: probe, fresh: false };
    }

    // "yes go ahead" after the agent offered something ("I can escalate you to a person."): do it.
    if (
      !frame &&
      !(intent.confident && intent.tool) &&
      (intent.conversational === CONVERSATIONAL.affirm || findYesNo(a.u) === true)
    ) {
      const accepted = await this.acceptProposal(a, index, state);
      if (accepted) return accepted;
    }

    const returnTool = this.callable.find((t) => t.kind === 'return');
    const endTool = this.callable.find((t) => t.kind === 'end_call');
    // Hanging up is final: the classifier alone decides it only for short, clear closings.
    const closing =
      a.goodbye ||
      (intent.confident &&
        intent.tool?.kind === 'end_call' &&
        intent.score >= POLICY_THRESHOLDS.closingScore &&
        a.words <= POLICY_THRESHOLDS.closingMaxWords &&
        this.classifier.coverage(intent.tool.name, a.text) >= POLICY_THRESHOLDS.closingCoverage);
    // "HM-482913, July 12th 1984. yes, submit it. bye": the details that complete a tool (or answer
    // the agent's question) are acted on first; the goodbye follows once the tool has answered.
    if (closing && !frame) {
      const first = await this.beforeGoodbye(a, index, state);
      if (first) return first;
    }
    if (closing && !endTool && !returnTool && !isFarewell(a.text)) {
      // Done with this part ("that's everything") where the agent cannot hang up: move on along
      // the onward transfer that fits (order done → payment), or check; never a goodbye.
      const onward = this.onwardWhenDone(intent.confident ? intent.tool : undefined);
      return onward ? this.start(onward, a, index, state) : { kind: 'wrap_up' };
    }
    if (closing && (endTool || !returnTool)) return { kind: 'end', tool: endTool };
    // A specialist without a hang-up hands a finished caller back (with a result) instead.
    const finished = closing || (intent.conversational === CONVERSATIONAL.thanks && state.done.size > 0 && !frame);
    if (finished && returnTool) return this.start(returnTool, a, index, state);

    if (state.pendingChoice) {
      const [x, y] = state.pendingChoice;
      const pick = ordinalChoice(a.text);
      let chosen = pick === 0 ? x : pick === 1 ? y : undefined;
      if (!chosen) {
        const sx = a.scores.find((s) => s.intent === x.name)?.score ?? 0;
        const sy = a.scores.find((s) => s.intent === y.name)?.score ?? 0;
        if (Math.max(sx, sy) >= POLICY_THRESHOLDS.choiceMin && Math.abs(sx - sy) >= POLICY_THRESHOLDS.choiceLead)
          chosen = sx > sy ? x : y;
      }
      state.pendingChoice = undefined;
      if (chosen) return this.start(chosen, a, index, state);
    }

    // Not the answer, but another tool's details in full ("Luis Ortega, 978 555 0177" while the
    // incident's date is awaited): that tool now; the open question comes back after it.
    const filledInstead = frame && !answer.answered && !switching ? this.toolFilledByValues(a) : undefined;
    if (filledInstead && filledInstead !== frame?.tool) return this.start(filledInstead, a, index, state);

    if (frame && probe && !switching) {
      if (probe.expecting && this.isSoft(probe, probe.expecting)) {
        // Asked once for an optional detail and the caller moved on: go without it.
        probe.skipped.add(probe.expecting.name);
        probe.expecting = this.firstMissing(probe);
        return probe.expecting
          ? { kind: 'ask', frame: probe, fresh: false, answered: answer.any, reask: false }
          : { kind: 'call', frame: probe, fresh: false };
      }
      if (answer.any || (intent.confident && intent.tool?.name === frame.tool.name)) {
        probe.expecting = this.firstMissing(probe);
        return probe.expecting
          ? { kind: 'ask', frame: probe, fresh: false, answered: answer.any, reask: false }
          : { kind: 'call', frame: probe, fresh: false };
      }
      if (intent.conversational === CONVERSATIONAL.deny || intent.conversational === CONVERSATIONAL.offtopic) {
        // "No" / something unrelated while we wait for an answer: drop the request rather than loop.
        return { kind: 'smalltalk', intent: intent.conversational };
      }
      if (!intent.confident) {
        // Details for something later ("my policy number is …" while the form is filled): noted, not a miss.
        if (this.carriesDetails(a)) return { kind: 'noted', frame, question: this.question(frame) };
        return { kind: 'ask', frame, fresh: false, answered: false, reask: true };
      }
    }

    // Facts with no request words ("Ann Lee, ann@x.com"): the tool they complete, unless the
    // request names another tool that also takes them.
    const byValues = this.toolFilledByValues(a);
    if (
      byValues &&
      !(
        intent.confident &&
        intent.tool &&
        intent.tool !== byValues &&
        this.breakTie(a, intent.tool, byValues) === intent.tool
      )
    ) {
      return this.start(byValues, a, index, state);
    }
    // An item and how many, with no request words ("the penne then, three of those").
    const byItem = intent.confident ? undefined : this.toolForItemAndCount(a);
    if (byItem) return this.start(byItem, a, index, state);

    if (intent.confident && intent.tool && !ESCALATION_KINDS.has(intent.tool.kind) && intent.tool.kind !== 'end_call') {
      // Asked again right after it answered ("invoice 2041" after the invoices were read):
      // the new detail is for another tool, not a repeat of the same call.
      const last = state.lastCall;
      if (last && !last.error && last.tool === intent.tool && intent.tool.kind === 'business') {
        const again = await this.openFrame(intent.tool, a, index, state);
        if (JSON.stringify(this.callArgs(again)) === JSON.stringify(last.args)) {
          const alternative = this.toolGivenValues(a, intent.tool);
          if (alternative) return this.start(alternative, a, index, state);
        }
      }
      return this.start(intent.tool, a, index, state);
    }
    if (intent.tool && intent.runnerUp && intent.score >= POLICY_THRESHOLDS.clarifyMin) {
      const pick = this.breakTie(a, intent.tool, intent.runnerUp) ?? this.scopeTie(a, intent.tool, intent.runnerUp);
      if (pick) return this.start(pick, a, index, state);
      return { kind: 'clarify', options: [intent.tool, intent.runnerUp] };
    }

    // A correction right after a failed call ("no, my email is ann@x.com"), or a detail that
    // refines the last answer ("I'm in Riverside" after an outage check): the same call again.
    if (state.lastCall && state.lastCall.tool.kind === 'business') {
      const last = state.lastCall;
      const retry: Frame = { tool: last.tool, args: { ...last.args }, dates: {}, skipped: new Set() };
      const ex = extractArgs(last.tool, a.u, this.extractOptions(last.tool, { typedOnly: !last.error }));
      const changed = Object.entries(ex.values).some(([k, v]) => JSON.stringify(last.args[k]) !== JSON.stringify(v));
      if (last.error ? this.absorb(retry, a, false).any : changed && ex.typed.length > 0) {
        if (!last.error) Object.assign(retry.args, ex.values);
        retry.expecting = this.firstMissing(retry);
        return retry.expecting
          ? { kind: 'ask', frame: retry, fresh: false, answered: true, reask: false }
          : { kind: 'call', frame: retry, fresh: false };
      }
    }

    // A short answer to the agent's own question ("What name should the order be under?" → "Under Maria").
    // Only for turns nothing else understood: the policy's own questions are answered above.
    if (!state.frame) {
      const answered = await this.answerToAgentQuestion(a, index, state);
      if (answered) return answered;
    }

    // A tool the classifier leans to, given one of its values ("it leaked this morning").
    const leaned = state.frame ? undefined : this.toolLeanedToWithValues(a, intent.tool, intent.score);
    if (leaned) return this.start(leaned, a, index, state);

    // Nothing placed the request: the agent whose work it names ("three diavolas", "my bucket"),
    // also after work done here ("and I want last month's bill refunded" at the technical desk).
    // Not while a request is open: mid-request words belong to the request.
    // Nor when it gives a value one of this agent's own tools takes ("INV-3101, the installer never came").
    const open = !state.frame && !a.goodbye && !this.givesOwnValue(a);
    // "yes please, open a ticket" is more than a yes when the words name another desk's work plainly.
    const chatter = intent.conversational !== undefined && a.words <= POLICY_THRESHOLDS.shortWords;
    const byScope = open
      ? this.transferByScope(
          a,
          undefined,
          state.done.size > 0 || chatter ? POLICY_THRESHOLDS.scopeWordsAfterWork : POLICY_THRESHOLDS.scopeWords,
        )
      : undefined;
    if (byScope) return this.start(byScope, a, index, state);

    const name = findPersonName(a.u, false, this.classifier.vocabulary);
    const route = this.defaultRoute();
    const describes = isDescriptive(withoutIntroduction(a.text), new Set());
    if (route && !intent.conversational && (describes || name)) return this.start(route, a, index, state);
    if (intent.conversational) return { kind: 'smalltalk', intent: intent.conversational, name };
    if (route && (describes || name)) return this.start(route, a, index, state);
    if (this.carriesDetails(a)) return { kind: 'noted', question: this.openQuestion(undefined, index) };
    // Waiting for the answer to the agent's own question, and this was not it: ask it again.
    const again = await this.askAgain(
      index,
      state,
      name !== undefined || requestPart(a) !== withoutIntroduction(a.u.norm).trim(),
    );
    if (again) return again;
    return { kind: 'miss' };
  }

  /** The caller answering a question the agent put in its own words (an entry line), not one the policy asked. */
  protected async answerToAgentQuestion(a: Analysis, index: number, state: State): Promise<Outcome | undefined> {
    const question = questionBefore(this.view.items, index);
    if (!question) return undefined;
    const target = argumentAsked(question, this.callable, (t) => this.factsFor(t));
    if (!target) return undefined;
    const frame = await this.openFrame(target.tool, undefined, index, state);
    frame.expecting = target.param;
    const took = this.absorb(frame, a, false);
    if (!took.answered && !took.any) {
      // "Yes, go ahead" to a question about details the caller already gave (earlier in the
      // call, to another agent): those details will do; nothing is asked again.
      if (findYesNo(a.u) !== true || target.param.required) return undefined;
      frame.skipped.add(target.param.name);
      frame.expecting = this.firstMissing(frame);
      return frame.expecting ? undefined : { kind: 'call', frame, fresh: false };
    }
    frame.expecting = this.firstMissing(frame);
    return frame.expecting
      ? { kind: 'ask', frame, fresh: false, answered: true, reask: false }
      : { kind: 'call', frame, fresh: false };
  }

  /** The offer the agent just made, taken up: a person brought in, or the tool the offer describes. */
  protected async acceptProposal(a: Analysis, index: number, state: State): Promise<Outcome | undefined> {
    if (a.words > POLICY_THRESHOLDS.shortWords + 2) return undefined;
    const clause = proposalBefore(this.view.items, index);
    // "I can X, or Y": a yes does not say which; the caller's own words decide.
    if (!clause || /\bor\b/i.test(clause)) return undefined;
    const escalation = this.escalationTool();
    if (offersPerson(clause)) {
      return escalation
        ? { kind: 'escalate', tool: escalation, reason: `The caller accepted the offer to ${clause.slice(0, 120)}.` }
        : undefined;
    }
    const offered = this.intent(await this.policy.analyse(this.classifier, clause), state.done.size > 0);
    const tool = offered.confident ? offered.tool : undefined;
    if (!tool || ESCALATION_KINDS.has(tool.kind) || tool.kind === 'end_call' || tool.kind === 'return')
      return undefined;
    return this.start(tool, a, index, state);
  }

  /** Where a pick goes: the argument being asked for, else the tool that takes "the one the caller picked". */
  protected selectionTarget(frame: Frame | undefined): { tool: ToolInfo; param: ParamSpec } | undefined {
    if (frame?.expecting && frame.expecting.type === 'string') return { tool: frame.tool, param: frame.expecting };
    const takesPick = this.callable.filter(
      (t) =>
        t.kind === 'business' &&
        SELECTS_OFFERED.test(t.description) &&
        t.params.some((p) => p.required && p.type === 'string'),
    );
    if (takesPick.length !== 1) return undefined;
    const tool = takesPick[0]!;
    return { tool, param: tool.params.find((p) => p.required && p.type === 'string')! };
  }

  protected async pickFromOffered(a: Analysis, index: number, state: State): Promise<Outcome | undefined> {
    const offered = this.offeredBefore(index);
    if (!offered) return undefined;
    // "ok go ahead" after options listed for "whenever's soonest": the earliest, the first listed.
    const pick =
      selectOffered(a.u.norm, offered) ??
      ((findYesNo(a.u) === true || /\bgo ahead\b/i.test(a.text)) && this.askedSoonestBefore(index)
        ? offered.options[0]
        : undefined);
    if (!pick) {
      // A time that was not offered ("can I do 4 o'clock?"): say so and offer the ones there are.
      const asked = this.selectionTarget(state.frame) ? timeNotOffered(a.u.norm, offered) : undefined;
      return asked ? { kind: 'not_offered', asked, options: offered.options } : undefined;
    }
    const target = this.selectionTarget(state.frame);
    if (!target) return undefined;
    const frame =
      state.frame && state.frame.tool === target.tool
        ? {
            ...state.frame,
            args: { ...state.frame.args },
            dates: { ...state.frame.dates },
            skipped: new Set(state.frame.skipped),
          }
        : await this.openFrame(target.tool, undefined, index, state);
    // The option as the argument's type wants it (a date-time read from "Tuesday, December 8 at 11 AM").
    frame.expecting = target.param;
    delete frame.args[target.param.name];
    this.absorb(frame, { u: prepareUtterance(pick) } as Analysis, false);
    if (frame.args[target.param.name] === undefined || target.param.kind === 'text')
      frame.args[target.param.name] = pick;
    frame.expecting = this.firstMissing(frame);
    return frame.expecting
      ? { kind: 'ask', frame, fresh: false, answered: true, reask: false }
      : { kind: 'call', frame, fresh: false };
  }

  /**
   * The onward transfer for a caller who is done here: the one the words point to, else the one
   * transfer meant for when this part is done ("The caller has everything they want"). A transfer
   * for something else ("wants to change the order") does not fit.
   */
  protected onwardWhenDone(best: ToolInfo | undefined): ToolInfo | undefined {
    const onward = this.callable.filter((t) => t.kind === 'handoff' || t.kind === 'call');
    if (best && onward.includes(best)) return best;
    const fits = onward.filter((t) => DONE_HERE.test(t.description));
    return fits.length === 1 ? fits[0] : undefined;
  }

  protected escalationReason(a: Analysis): string {
    if (a.frustration.wantsHuman || a.frustration.level === 'none') return 'The caller asked to speak to a person.';
    return `The caller is frustrated: "${cleanText(a.text, 160)}"`;
  }
}
