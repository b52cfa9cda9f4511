// One caller turn against the state so far: escalate, pick from what was offered, answer the
// question asked, switch request, hang up, clarify, or say it was not understood.
import {
  acknowledgement,
  afterTakingBack,
  afterOpeningClosing,
  hasClosingWord,
  hasSwitchCue,
  isFarewell,
  isGoodbye,
  ordinalChoice,
  takenBack,
  withdraws,
  asksSomething,
} from '../cues.js';
import { addsItems, answersGeneralQuestions, asksQuestion } from '../intent/catalogue.js';
import { CONVERSATIONAL } from '../intent_classifier.js';
import { extractArgs } from '../slot_filling.js';
import { describingPart, isDescriptive } from '../free_text.js';
import { findDateTimes, findYesNo } from '../slots/index.js';
import { transferForChangedTime } from '../intent/change_elsewhere.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';
import type { Analysis } from '../analysis/analysis.js';
import { ESCALATION_KINDS } from '../context/turn_context.js';
import { ACKNOWLEDGED, type Frame, type Outcome, type State } from '../frame/frame.js';
import { SameCallAgain } from './same_call_again.js';
import { ASKS_AVAILABILITY, ASKS_IF_NEEDED, ASKS_TO_ACT, QUESTION_WORDS } from '../lexicon/index.js';
import { asksSettledAgain, toolAfterSettled } from './after_settled.js';
import { namesThing, requestPart } from '../intent/request_words.js';
import type { ToolInfo } from '../tool_catalog.js';
import { meantInstead } from '../intent/meaning_route.js';
import { newOverRecordDesk } from '../intent/new_or_existing.js';
import { priceDesk } from '../intent/price_question.js';
import { wantsPerson } from './wants_person.js';

// A line opening with a question word ("what exactly does … cover?").
const WH_OPENING = new RegExp(`^\\s*(?:${QUESTION_WORDS.join('|')})\\b`, 'i');

// An option named by its place among others ("the later one", "the other one").
const OTHER_OPTION = /\b(?:later|earlier|other|first|second|last|next) one\b/i;

/** Steps: what the agent does about one caller turn. */
export class Stepper extends SameCallAgain {
  /** One caller turn: what the agent does about it, given the state built from earlier turns. */
  protected async step(state: State, a: Analysis, index: number, lowConfidence: boolean): Promise<Outcome> {
    // "actually can we do the one o'clock instead" where nothing takes a time: to the agent that
    // does (a request of its own, never details for later).
    const toChange =
      index === this.view.items.length - 1 && !a.noise && !lowConfidence
        ? transferForChangedTime(
            a.text,
            () => findDateTimes(a.u, this.now, this.policy.dateOrder).length > 0 || OTHER_OPTION.test(a.text),
            this.callable,
          )
        : undefined;
    if (toChange) return this.start(toChange, a, index, state);
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

    const wantsOut = wantsPerson(a, state, intent, escalation, this.callable);
    if (wantsOut) {
      if (escalation) return { kind: 'escalate', tool: escalation, reason: this.escalationReason(a) };
      if (a.frustration.wantsHuman) return { kind: 'no_human' };
    }

    // "no, don't do it, forget the refund": the request a line takes back is not started by it
    // (its own word in the line is no request). What follows the taking back is the turn ("forget
    // the link, I'll pay when I pick it up"); with nothing after it, nothing is started.
    const back = takenBack(a.text);
    if (back.length > 0 && !a.goodbye && !state.frame?.expecting) {
      const rest = afterTakingBack(a.text);
      if (!rest) return { kind: 'smalltalk', intent: CONVERSATIONAL.deny };
      const named: (ToolInfo | undefined)[] = [];
      for (const clause of back) named.push(this.intent(await this.policy.analyse(this.classifier, clause)).tool);
      // The taken-back request tied with another ("text me a link, no, forget the link, I'll pay
      // when I pick it up"): the rest says which.
      if (
        (intent.tool !== undefined && named.includes(intent.tool)) ||
        (intent.runnerUp !== undefined && named.includes(intent.runnerUp))
      )
        return this.stepOne(state, await this.policy.analyse(this.classifier, rest), index, lowConfidence);
    }

    // "ok if a person has to approve it, fine, put me through" right after the agent offered one.
    if (escalation && this.personOfferTakenUp(a, index))
      return { kind: 'escalate', tool: escalation, reason: 'The caller accepted the offer to bring in a person.' };

    // "do you have anything thursday evening?" after times were listed: a new search with what the
    // line narrows it by, not a pick of a time that was never offered.
    const search = this.offeredBefore(index) && ASKS_AVAILABILITY.test(a.text) ? this.searchTool() : undefined;
    if (search) {
      const ex = extractArgs(search, a.u, this.extractOptions(search, {}));
      const narrows = Object.keys(ex.values).length > 0 || Object.values(ex.dates).some((d) => d.hasDay || d.hasTime);
      const frame = narrows ? await this.openFrame(search, a, index, state) : undefined;
      if (frame && !frame.expecting) return { kind: 'call', frame, fresh: true };
    }

    // Taking up another tool here that a refusal proposed ("… move that visit instead?").
    const proposed = await this.refusalProposalTaken(a, index, state);
    if (proposed) return proposed;

    // A pick among the options just offered ("the first one", "the 2pm one", "ok go ahead").
    const picked = await this.pickFromOffered(a, index, state);
    if (picked) return picked;

    // "did that, still frozen" while going through steps one at a time: the next step.
    const nextStep = await this.nextStepOnReport(a, index, state);
    if (nextStep) return nextStep;

    // "ok then put blue train on hold instead" after a refusal for what a search found: search first.
    const otherThing = await this.otherThingAfterRefusal(a, index, state);
    if (otherThing) return otherThing;

    // "actually, make that 25" right after a call: the same call again with the corrected value.
    const corrected =
      this.retryConfirmed(a, state) ??
      this.retryWithAsked(a, state) ??
      this.swapped(a, state) ??
      this.correction(a, state) ??
      this.retryCorrected(a, state);
    if (corrected) return corrected;

    // "just the one, nothing else" right after the item went in: the count was right, nothing new
    // is asked for (done here when the rest says so).
    const confirmed = this.countConfirmed(a, state);
    if (confirmed !== undefined && !isFarewell(confirmed)) {
      const onward = isGoodbye(confirmed) ? this.onwardWhenDone(undefined) : undefined;
      if (onward) return this.start(onward, a, index, state);
      if (!confirmed || acknowledgement(confirmed) || isGoodbye(confirmed) || /^(?:please|thanks?)\b/i.test(confirmed))
        return { kind: 'smalltalk', intent: ACKNOWLEDGED };
    }

    // Taking up an offer of work only the desk handed back to does ("ok can I book that then").
    const served = this.offerServedBack(a, index, state);
    if (served) return this.start(served, a, index, state);

    // After a read-back or an offer: "yes that's right, file it" commits (before any goodbye in
    // the same breath), "hold on, don't submit it yet" holds it, "one more thing…" goes back.
    const move = this.commitMove(a, index, state);
    if (move?.kind === 'hold' || move?.kind === 'decline') {
      const endTool = this.callable.find((t) => t.kind === 'end_call');
      if (move.kind === 'decline' && a.goodbye) return { kind: 'end', tool: endTool };
      return { kind: 'hold', tool: move.tool, declined: move.kind === 'decline' };
    }
    if (move) return (await this.quoteTaken(move.tool, a, index, state)) ?? this.start(move.tool, a, index, state);

    // "whenever's soonest" before anything was offered: list what is available, earliest first.
    const soonest = await this.soonestListing(a, index, state);
    if (soonest) return soonest;

    // "How much would a tune-up be?": the one desk or tool about prices, whatever the thing leans to.
    const price =
      !state.frame && index === this.userTurns().at(-1)?.index ? priceDesk(requestPart(a), this.callable) : undefined;
    if (price && !(intent.confident && intent.tool === price)) return this.start(price, a, index, state);

    // A record's id only one onward desk takes ("ticket 4822, what's the holdup"): there, unless
    // the line plainly asks for something else (a question for the front desk's notes is not that).
    // (A hang-up the classifier guessed from a long line is no such request: goodbyes are said.)
    const asked = intent.confident && intent.tool && !(intent.tool.kind === 'end_call' && !a.goodbye);
    const record =
      !state.frame && !(asked && !answersGeneralQuestions(intent.tool!)) ? this.transferForRecordId(a) : undefined;
    if (record) return this.start(record, a, index, state);

    // An order said where nothing takes orders ("I'll take one of those" at the catalogue desk):
    // to the agent that does. Only the turn being answered: earlier ones were said elsewhere.
    const toOrder = index === this.view.items.length - 1 ? this.transferForOrder(a) : undefined;
    if (toOrder) return this.start(toOrder, a, index, state);

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
    // "What exactly does the eighty-nine ninety-five cover?" while an id is awaited: a question for
    // another tool here, not the id read out of its numbers.
    const asksOther = other?.kind === 'business' && WH_OPENING.test(a.text);
    const switching =
      other !== undefined &&
      (!answer.answered ||
        asksOther ||
        hasSwitchCue(a.text) ||
        requestNotAnswer ||
        (!answer.any && intent.score >= POLICY_THRESHOLDS.switchScore));
    // "actually never mind, I'll sort it out myself" while a detail is awaited: the request is
    // dropped, not asked again (a goodbye in the same breath is handled as one below).
    if (frame && !other && !answer.strong && !a.goodbye && withdraws(a.text))
      return { kind: 'smalltalk', intent: CONVERSATIONAL.deny };
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
      // The offer was the tool that just answered ("once verified, I can give you the tracking
      // too"): what the line adds is for the step it waits on (the account number: the check).
      const again =
        accepted?.kind === 'call' && accepted.frame.tool.kind === 'business'
          ? await this.sameCallAgain(accepted.frame.tool, a, index, state)
          : undefined;
      if (accepted) return again ?? accepted;
    }

    // An exact detail right after a result that offered more once the caller is checked.
    const forOffer =
      !frame && !(intent.confident && intent.tool) && !a.goodbye && this.givesOwnValue(a)
        ? await this.detailForOffer(a, index, state)
        : undefined;
    if (forOffer) return forOffer;

    const returnTool = this.callable.find((t) => t.kind === 'return');
    const endTool = this.callable.find((t) => t.kind === 'end_call');
    // Hanging up is final: the classifier alone decides it only for short, clear closings.
    const closing =
      a.goodbye ||
      (intent.confident &&
        intent.tool?.kind === 'end_call' &&
        intent.score >= POLICY_THRESHOLDS.closingScore &&
        a.words <= POLICY_THRESHOLDS.closingMaxWords &&
        hasClosingWord(a.text) &&
        this.classifier.coverage(intent.tool.name, a.text) >= POLICY_THRESHOLDS.closingCoverage);
    // "yes that's it" to the agent's question for a detail or a choice ("text or email?"): a yes to
    // what was said before it, not the end of the call; the question stands.
    if (closing && !isFarewell(a.text) && findYesNo(a.u) === true && this.detailAsked(index))
      return { kind: 'noted', frame: state.frame, question: this.openQuestion(state.frame, index), acknowledged: true };
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
    // "that's it. we'll pay when we pick up": done here, and the rest is for the step after this
    // one — on along the onward transfer, unless the rest is for a tool of this agent.
    if (!closing && afterOpeningClosing(a.text) && !(intent.confident && intent.tool?.kind === 'business')) {
      const onward = this.onwardWhenDone(intent.confident ? intent.tool : undefined);
      if (onward) return this.start(onward, a, index, state);
    }
    // A specialist without a hang-up hands a finished caller back (with a result) instead.
    const finished = closing || (intent.conversational === CONVERSATIONAL.thanks && state.done.size > 0 && !frame);
    if (finished && returnTool) return this.start(returnTool, a, index, state);

    if (state.pendingChoice) {
      const [x, y] = state.pendingChoice;
      const pick = ordinalChoice(a.text);
      // "sure, a ticket is fine" to "a call back, or a ticket?": the one whose thing is named.
      const named = [x, y].filter((t) => namesThing(a, t));
      let chosen = pick === 0 ? x : pick === 1 ? y : named.length === 1 ? named[0] : undefined;
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
    const filledInstead =
      frame && !answer.answered && !switching ? this.toolFilledByValues(a, state.settled) : undefined;
    if (filledInstead && filledInstead !== frame?.tool) return this.start(filledInstead, a, index, state);

    if (frame && probe && !switching) {
      if (probe.expecting && (this.isSoft(probe, probe.expecting) || probe.expecting === this.toolWouldAsk(probe))) {
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
    const byValues = this.toolFilledByValues(a, state.settled);
    if (
      byValues &&
      !(
        intent.confident &&
        intent.tool &&
        intent.tool !== byValues &&
        // "…the 3d printing class, can you sign him up": asked to act, the facts are what it is about.
        (this.breakTie(a, intent.tool, byValues) === intent.tool || ASKS_TO_ACT.test(a.text))
      )
    ) {
      // "I'm Ann Lee, ann@x.com, I need a refund": the details are for the lookup the request must
      // wait for; the request is what the line asks, and waits for it (as on arrival).
      if (
        intent.confident &&
        intent.tool?.kind === 'business' &&
        intent.tool !== byValues &&
        this.prerequisiteFor(intent.tool, state) === byValues
      )
        return this.start(intent.tool, a, index, state);
      // "my son wants the 3d printing class, can i sign him up": a value of the desk that answers
      // questions ("printing") in a line that wants something done goes where its meaning says.
      const instead = meantInstead(requestPart(a), byValues, this.callable);
      if (instead) return this.start(instead, a, index, state);
      // "oh, mobile data was switched off" right after the outage check for mobile: nothing new for it.
      return (await this.sameCallAgain(byValues, a, index, state)) ?? this.start(byValues, a, index, state);
    }
    // An item and how many, with no request words ("the penne then, three of those").
    // Or an item with which way it goes ("I wanna order a carbonara", "no salad after all").
    const byItem = intent.confident ? undefined : (this.toolForItemAndCount(a) ?? this.toolByItemDirection(a));
    if (byItem) return this.start(byItem, a, index, state);

    // Requests for two desks in one breath: the one said first.
    const first =
      intent.tool?.kind === 'handoff' || intent.tool?.kind === 'call'
        ? await this.firstOfSeveralTransfers(a)
        : undefined;
    if (first) return this.start(first, a, index, state);
    // Details said right after a refusal settled a request ("already a patient; nothing to
    // register"): for the other tool here they fill, else noted — not that request again.
    const afterSettled = state.frame
      ? undefined
      : toolAfterSettled(a, state, this.callable, (t) => this.extractOptions(t, {}));
    if (afterSettled) return this.start(afterSettled, a, index, state);
    if (
      intent.confident &&
      intent.tool &&
      state.settled?.has(intent.tool.name) &&
      !asksSettledAgain(a) &&
      this.carriesDetails(a)
    )
      return { kind: 'noted', frame: state.frame, question: this.openQuestion(state.frame, index) };
    if (intent.confident && intent.tool && !ESCALATION_KINDS.has(intent.tool.kind) && intent.tool.kind !== 'end_call') {
      // A question plainly for a tool of the agent handed back to ("what time are you open
      // Saturday?" at the catalogue desk): back there, not a search here.
      const back = !state.frame && intent.tool.kind === 'business' ? this.returnForQuestion(a, true) : undefined;
      if (back) return this.start(back, a, index, state);
      // Asked again right after it answered ("invoice 2041" after the invoices were read).
      const moved =
        intent.tool.kind === 'business' ? await this.sameCallAgain(intent.tool, a, index, state) : undefined;
      if (moved) return moved;
      // A question about an item ("does the dill grow indoors?") is looked up, not ordered.
      const lookUp = addsItems(intent.tool) && asksQuestion(a.text) ? this.questionTool() : undefined;
      const chosen = lookUp ?? this.answeredHere(a, intent.tool) ?? intent.tool;
      return this.start(meantInstead(requestPart(a), chosen, this.callable) ?? chosen, a, index, state);
    }
    // "yes please send someone out" right after the report it asks for went in: a yes to work
    // just done, with nothing new for it and nothing else asked for, is acknowledged, not misheard.
    if (
      !state.frame &&
      !intent.confident &&
      (intent.conversational === CONVERSATIONAL.affirm || findYesNo(a.u) === true) &&
      !asksSomething(a.text) &&
      a.text.split(/\s+/).length <= POLICY_THRESHOLDS.yesToDoneWords &&
      this.justDone(index, state) &&
      !this.classifier.scopeScores(requestPart(a)).some((x) => x.score >= POLICY_THRESHOLDS.scopeWords)
    )
      return { kind: 'smalltalk', intent: ACKNOWLEDGED };
    if (intent.tool && intent.runnerUp && intent.score >= POLICY_THRESHOLDS.clarifyMin) {
      // "can I just walk in or do I need to book": whether the step is needed, before which step.
      const pick =
        (ASKS_IF_NEEDED.test(a.text) ? this.answeredHere(a, intent.tool, intent.runnerUp) : undefined) ??
        this.breakTie(a, intent.tool, intent.runnerUp) ??
        this.scopeTie(a, intent.tool, intent.runnerUp) ??
        newOverRecordDesk(a, intent.tool, intent.runnerUp) ??
        this.answeredHere(a, intent.tool, intent.runnerUp);
      if (pick)
        return (
          (pick.kind === 'business' ? await this.sameCallAgain(pick, a, index, state) : undefined) ??
          this.start(pick, a, index, state)
        );
      return { kind: 'clarify', options: [intent.tool, intent.runnerUp] };
    }

    // Words only leaning to the tool that just answered ("oh, data was switched off"): not it again.
    const unplaced = await this.unplaced(state, a, index, intent);
    const again =
      unplaced.kind === 'call' && unplaced.frame.tool.kind === 'business'
        ? await this.sameCallAgain(unplaced.frame.tool, a, index, state)
        : undefined;
    return again ?? unplaced;
  }
}
