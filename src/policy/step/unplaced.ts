// The end of a caller turn nothing surer placed: the same call again with a correction, a short
// answer to the agent's own question, a tool leaned to with one of its values, another desk's work,
// a question for a tool or the desk handed back to, a note taken, or the open question again.
import { newOverRecordDesk } from '../intent/new_or_existing.js';
import { acknowledgement, asksFor, isQuestion, withdraws } from '../cues.js';
import { FURTHER_REQUEST } from '../lexicon/request_shape.js';
import { ASKS_IF_HELD } from '../lexicon/selection.js';
import { REMOVE_CUES } from '../lexicon/order_words.js';
import { addsItems, asksQuestion, takesItemOut } from '../intent/catalogue.js';
import { CONVERSATIONAL } from '../intent_classifier.js';
import { extractArgs } from '../slot_filling.js';
import { isDescriptive, withoutIntroduction } from '../free_text.js';
import { findPersonName } from '../slots/index.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';
import type { Analysis } from '../analysis/analysis.js';
import { ESCALATION_KINDS } from '../context/turn_context.js';
import { ACKNOWLEDGED, type Frame, type Outcome, type State } from '../frame/frame.js';
import { StepSequence } from './step_sequence.js';
import { requestPart } from '../intent/request_words.js';
import { meantInstead, routeByMeaning } from '../intent/meaning_route.js';
import { otherChoicesNamed } from './refined_choice.js';
import { commitVerbs, recordsDecision } from './commit.js';
import type { ToolInfo } from '../tool_catalog.js';

/** What the classifier's reading of a line gives (see IntentReader.intent). */
export type IntentReading = ReturnType<StepSequence['intent']>;

/** Steps for a line no surer rule placed. */
export class Unplaced extends StepSequence {
  protected async unplaced(state: State, a: Analysis, index: number, intent: IntentReading): Promise<Outcome> {
    const returnTool = this.callable.find((t) => t.kind === 'return');
    // A correction right after a failed call ("no, my email is ann@x.com"), or a detail that
    // refines the last answer ("I'm in Riverside" after an outage check): the same call again.
    // A step that committed (booked, filed) is not done again on a value a question mentions next
    // ("is my cargo bike done yet?" right after the hybrid was booked); a correction still is ("not
    // that bill, the one before, BL-7702").
    // A day for a request announced earlier, said after the work here: back to where it is served;
    // the work here was done (a tool succeeded), so the hand-back says so.
    const dayBack = !state.frame && state.done.size > 0 && !a.goodbye ? this.dayForAnnounced(a, index) : undefined;
    if (dayBack) {
      const frame = await this.openFrame(dayBack, a, index, state);
      for (const p of dayBack.params)
        if (p.kind === 'boolean' && frame.args[p.name] === undefined) frame.args[p.name] = true;
      frame.expecting = this.firstMissing(frame);
      if (!frame.expecting) return { kind: 'call', frame, fresh: true };
    }
    const committed = state.lastCall && !state.lastCall.error && commitVerbs(state.lastCall.tool).length > 0;
    // Nor a call whose refusal said it already holds ("already a patient; nothing to register").
    const settled = state.lastCall && state.settled?.has(state.lastCall.tool.name);
    if (state.lastCall && state.lastCall.tool.kind === 'business' && !settled && !(committed && isQuestion(a.text))) {
      const last = state.lastCall;
      const retry: Frame = { tool: last.tool, args: { ...last.args }, dates: {}, skipped: new Set() };
      const ex = extractArgs(last.tool, a.u, this.extractOptions(last.tool, { typedOnly: !last.error }));
      const changed = Object.entries(ex.values).some(([k, v]) => JSON.stringify(last.args[k]) !== JSON.stringify(v));
      // "yeah, just the diavola" right after the mushroom one came off: what stays, not the next to go.
      const keeps = !last.error && takesItemOut(last.tool) && !REMOVE_CUES.test(a.text);
      if (last.error ? this.absorb(retry, a, false).any : changed && ex.typed.length > 0 && !keeps) {
        if (!last.error) {
          const said = extractArgs(last.tool, a.u, this.extractOptions(last.tool, {})).values;
          Object.assign(retry.args, ex.values, otherChoicesNamed(last.tool, said, last.args, ex.values));
        }
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

    // A tool the classifier leans to, given one of its values ("it leaked this morning") or named
    // in full ("just open a ticket").
    const leaned = state.frame
      ? undefined
      : (this.toolLeanedToWithValues(a, intent.tool, intent.score) ??
        this.toolNamedInFull(a, intent.tool, intent.score));
    if (leaned && (await this.decidedAgain(leaned, a, index, state)))
      return { kind: 'smalltalk', intent: ACKNOWLEDGED };
    if (leaned) return this.start(meantInstead(requestPart(a), leaned, this.callable) ?? leaned, a, index, state);

    // Nothing placed the request: the agent whose work it names ("three diavolas", "my bucket"),
    // also after work done here ("and I want last month's bill refunded" at the technical desk).
    // Not while a request is open: mid-request words belong to the request.
    // Nor when it gives a value one of this agent's own tools takes ("INV-3101, the installer never came").
    // A reaction ending in thanks ("fifty gigs is plenty. okay cool, thanks"): after work done, a
    // specialist hands back; otherwise "you're welcome", never "sorry, I didn't catch that".
    // After work done here, another desk's work the caller already asked for earlier in the call
    // ("the database, yeah, postgres" at billing, the database named in the first breath): there.
    const announced =
      !state.frame && state.done.size > 0 && !a.goodbye && !this.givesOwnValue(a)
        ? this.announcedEarlier(a, index)
        : undefined;
    if (announced) return this.start(announced, a, index, state);
    const ack = state.frame ? undefined : acknowledgement(a.text);
    if (ack?.thanks) {
      if (returnTool && state.done.size > 0) return this.start(returnTool, a, index, state);
      return { kind: 'smalltalk', intent: CONVERSATIONAL.thanks };
    }
    // Only taking note ("oh, a fiber cut. okay"): the agent asks what else, nothing more.
    if (ack && state.done.size > 0) return { kind: 'smalltalk', intent: ACKNOWLEDGED };
    if (!state.frame && !a.goodbye && withdraws(a.text)) return { kind: 'smalltalk', intent: CONVERSATIONAL.deny };
    const open = !state.frame && !a.goodbye && !this.givesOwnValue(a);
    // "yes please, open a ticket" is more than a yes when the words name another desk's work plainly.
    const chatter = intent.conversational !== undefined && a.words <= POLICY_THRESHOLDS.shortWords;
    // A question that nothing here is in the running for ("while I have you, when's my next
    // invoice?") names the other desk's work plainly with one word, also after work done here.
    const plainQuestion = asksQuestion(a.text) && !intent.confident;
    const byScope = open
      ? this.transferByScope(
          a,
          undefined,
          (state.done.size > 0 || chatter) && !plainQuestion
            ? POLICY_THRESHOLDS.scopeWordsAfterWork
            : POLICY_THRESHOLDS.scopeWords,
        )
      : undefined;
    // A question where no tool answers it ("what do you have that's gluten free?" at the front
    // desk): the one agent reached from here whose work is answering such questions — not the desk
    // that takes orders for what the question names.
    const askThere =
      !state.frame && asksQuestion(a.text) && (!byScope || (byScope.later ?? []).some(addsItems))
        ? this.transferForQuestion(a)
        : undefined;
    if (askThere) return this.start(askThere, a, index, state);
    if (byScope) return this.start(this.answeredHere(a, byScope) ?? byScope, a, index, state);

    // A question nothing else placed ("is it SOC 2 compliant") goes to the one tool here that
    // answers the caller's questions in their words.
    // A question no tool here answers, where the agent handed back to has one: back there.
    const searchDesk = !state.frame ? this.searchDeskForThing(a) : undefined;
    if (searchDesk) return this.start(searchDesk, a, index, state);
    const handBack = !state.frame ? this.returnForQuestion(a) : undefined;
    if (handBack) return this.start(handBack, a, index, state);
    // A further request said as one after the work here ("oh and while I have you, I need to keep
    // the car one extra day" at the breakdown desk) that nothing here serves: back to the agent
    // that routes, with the request, rather than "didn't catch that".
    if (
      returnTool &&
      !state.frame &&
      state.done.size > 0 &&
      !intent.confident &&
      FURTHER_REQUEST.test(a.text) &&
      asksFor(a.text) &&
      !this.givesOwnValue(a)
    )
      return this.start(returnTool, a, index, state);
    const answers = !state.frame && isQuestion(a.text) ? (this.questionTool() ?? this.topicQuestionTool(a)) : undefined;
    if (answers) return this.start(answers, a, index, state);

    const name = findPersonName(a.u, false, this.classifier.vocabulary);
    const route = this.defaultRoute();
    const describes = isDescriptive(withoutIntroduction(a.text), new Set());
    if (route && !intent.conversational && (describes || name)) return this.start(route, a, index, state);
    // Days and choices that complete one onward desk's tool ("what have you got from monday for
    // three days"): that desk, before guessing from the words' meaning.
    const completed =
      open && !this.callable.some((t) => t.kind === 'business') ? this.transferCompletedByValues(a) : undefined;
    if (completed) return this.start(completed, a, index, state);
    // A request nothing above placed ("can I get more of her ear drops", "my dog just ate
    // chocolate"): the desk whose description names what it means, or one question between the
    // two closest — never "noted" and silence.
    const meant =
      !state.frame && !a.goodbye
        ? routeByMeaning(
            requestPart(a),
            this.callable,
            state.done.size > 0 ? POLICY_THRESHOLDS.meaningAfterWork : POLICY_THRESHOLDS.meaningMin,
          )
        : undefined;
    if (meant && 'tool' in meant && ESCALATION_KINDS.has(meant.tool.kind))
      return { kind: 'escalate', tool: meant.tool, reason: this.escalationReason(a) };
    if (meant && 'tool' in meant) return this.start(meant.tool, a, index, state);
    if (meant && !this.detailAsked(index)) {
      const undoing = this.undoingTransfer(a, meant.options);
      if (undoing) return this.start(undoing, a, index, state);
      const fresh = newOverRecordDesk(a, ...meant.options);
      if (fresh) return this.start(fresh, a, index, state);
      return { kind: 'clarify', options: meant.options };
    }

    // A bare "yes" (or "yes, ending eight nine") to the agent's own question for a detail: the
    // question stands, so it is put again instead of "what can I help you with?".
    if (intent.conversational === CONVERSATIONAL.affirm && !name) {
      const still = await this.askAgain(index, state, true);
      if (still) return still;
    }
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
    // "do you guys sell iphones" that nothing here or onward serves: understood, and not done here.
    if (!state.frame && ASKS_IF_HELD.test(a.text)) return { kind: 'smalltalk', intent: CONVERSATIONAL.offtopic };
    return { kind: 'miss' };
  }

  /**
   * "yes, decline it" right after the decline was recorded: the same decision or commit, with the
   * same values, that just went through. Saying it again changes nothing, so it is not done twice.
   */
  protected async decidedAgain(tool: ToolInfo, a: Analysis, index: number, state: State): Promise<boolean> {
    const last = state.lastCall;
    if (!last || last.error || last.tool !== tool || !recordsDecision(tool)) return false;
    const again = await this.openFrame(tool, a, index, state);
    return JSON.stringify(this.callArgs(again)) === JSON.stringify(last.args);
  }
}
