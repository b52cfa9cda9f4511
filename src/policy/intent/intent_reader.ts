// Which tool an utterance asks for: the classifier's ranking tempered by cues, exact values and
// the runner-up, and the tools an utterance's values alone complete.
import { dateAbout, humanize, type ParamSpec } from '../param_spec.js';
import { LISTS_OPTIONS, UNDO_CUES, UNDOING_TOOL } from '../lexicon/index.js';
import { extractArgs } from '../slot_filling.js';
import { matchEnum } from '../slots/index.js';
import { withoutIntroduction } from '../free_text.js';
import { argumentAsked, questionBefore } from '../step/asked.js';
import { commitVerbSaid, commitVerbNegatedIn } from '../step/commit.js';
import type { ToolInfo } from '../tool_catalog.js';
import { distinctiveWords, stemHit } from '../tool_relations.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';
import type { Analysis } from '../analysis/analysis.js';
import { ESCALATION_KINDS } from '../context/turn_context.js';
import type { Outcome, State } from '../frame/frame.js';
import { ValueRoutes } from './value_routes.js';
import { stem } from '../lexicon/index.js';
import { GENERIC_WORDS } from '../lexicon/generic_words.js';

/** The stems of a text's content words (five letters or more, not everyday filler). */
function contentStems(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 5 && !GENERIC_WORDS.has(w))
      .map(stem),
  );
}
import { asksForThing, nameWords, requestPart, undoesUnasked } from './request_words.js';

/** Intents: from scores to a tool (or a conversational act). */
export class IntentReader extends ValueRoutes {
  /** Rank tool intents: the best tool, how sure, and a close runner-up tool if any. */
  protected intent(
    a: Analysis,
    workDone = false,
  ): { tool?: ToolInfo; score: number; confident: boolean; runnerUp?: ToolInfo; conversational?: string } {
    const none = a.scores.find((s) => s.intent === 'None')?.score ?? 0;
    const known = a.scores
      .filter((s) => s.intent !== 'None' && (s.intent.startsWith('__') || this.byName.has(s.intent)))
      .map((s) => ({ ...s }));
    // "yes", "thanks", "no" are conversational only when that is about all that was said:
    // "no, my router still blinks red" is about the router.
    const conversational = known.find((s) => s.intent.startsWith('__'));
    const topTool = known.find((s) => {
      const kind = this.byName.get(s.intent)?.kind;
      return kind === 'business' || kind === 'handoff' || kind === 'call';
    });
    // A request word said with it ("my bill is wrong") is the request; "wrong" alone would be a "no".
    const request = withoutIntroduction(a.text);
    const toolCoverage = topTool ? this.classifier.coverage(topTool.intent, request) : 0;
    const toolWordSaid =
      conversational !== undefined &&
      toolCoverage >= POLICY_THRESHOLDS.toolWordCoverage &&
      toolCoverage >= this.classifier.coverage(conversational.intent, request);
    const short =
      !toolWordSaid &&
      (a.words <= POLICY_THRESHOLDS.shortWords ||
        (a.words <= POLICY_THRESHOLDS.shortWords + 1 &&
          (conversational?.score ?? 0) >= POLICY_THRESHOLDS.conversationalShort));
    // Escalation is decided by explicit cues (asking for a person, frustration); the classifier
    // may only add it when it is sure, and never offers it as one side of a clarifying question.
    // Handing back (return) is likewise for when the caller is done, not a guess from loose words.
    // A tool that runs on details alone (verify a name and email) needs those details said, or its name.
    const commitSaid = this.commitHere(a.text);
    // "cancel my piano lesson" where one desk's tools can cancel: not the desk that signs up.
    const isTransfer = (t: ToolInfo) => t.kind === 'handoff' || t.kind === 'call';
    const undoDesk = this.undoingTransfer(a, this.callable.filter(isTransfer));
    const ranked = known.filter((s) => {
      if (s.intent.startsWith('__')) return false;
      const tool = this.byName.get(s.intent)!;
      if (this.needsValues(tool) && !this.valuesOrNameGiven(tool, a) && tool !== commitSaid) return false;
      if (undoesUnasked(tool, a.text)) return false;
      if (undoDesk && isTransfer(tool) && tool !== undoDesk) return false;
      // A transfer whose guard still refuses ("a time is held") is not where this line goes yet.
      if ((tool.kind === 'handoff' || tool.kind === 'call') && tool.ready?.() === false) return false;
      // "book it" where this agent has a tool that books: its step, not the desk whose name says
      // "booking" (even when the step cannot run yet, its guard tells the caller why).
      if ((tool.kind === 'handoff' || tool.kind === 'call') && commitSaid) return false;
      return (
        !(ESCALATION_KINDS.has(tool.kind) || (tool.kind === 'return' && !workDone)) ||
        s.score >= POLICY_THRESHOLDS.unpromptedTransferScore
      );
    });
    // Intents out of the running here (conversational ones past a few words — "not"/"thanks" are
    // then part of a request — and handing back or escalating without cause) give up their share.
    const out = known
      .filter((s) => !ranked.includes(s) && (!short || !s.intent.startsWith('__')))
      .reduce((sum, s) => sum + s.score, 0);
    if (out > 0 && out < POLICY_THRESHOLDS.outOfRunningShareMax) for (const r of ranked) r.score = r.score / (1 - out);
    // Of the tools here, the one whose step was named by its verb leads.
    const named = commitSaid ? ranked.findIndex((r) => r.intent === commitSaid.name) : -1;
    if (named > 0) {
      const [c] = ranked.splice(named, 1);
      c!.score = Math.max(c!.score, ranked[0]!.score);
      ranked.unshift(c!);
    }
    const best = ranked[0];
    if (conversational && short && (!best || conversational.score >= best.score)) {
      return {
        score: conversational.score,
        confident: false,
        conversational: conversational.score >= POLICY_THRESHOLDS.conversationalMin ? conversational.intent : undefined,
      };
    }
    if (!best) return { score: 0, confident: false, conversational: short ? conversational?.intent : undefined };
    const tool = this.byName.get(best.intent)!;
    const second = ranked[1];
    // "None" (words no tool knows) lowers the top score but is not a rival intent: callers use
    // plenty of words the examples never did.
    const margin = best.score - (second?.score ?? 0);
    // A step named by its own verb ("book it") is what the line asks for, however plain the words.
    const confident =
      named >= 0 ||
      (best.score >= this.policy.minConfidence &&
        margin >= this.policy.minMargin &&
        best.score >= none * POLICY_THRESHOLDS.noneRatio);
    const runnerUpTool = second ? this.byName.get(second.intent) : undefined;
    const side = (t: ToolInfo) => !ESCALATION_KINDS.has(t.kind) && t.kind !== 'return' && t.kind !== 'end_call';
    const close =
      runnerUpTool &&
      side(runnerUpTool) &&
      side(tool) &&
      margin < this.policy.minMargin &&
      second!.score >= POLICY_THRESHOLDS.runnerUpMin;
    return { tool, score: best.score, confident, runnerUp: close ? runnerUpTool : undefined };
  }

  /** The line says the verb of one of this agent's committing tools ("book it", "reserve that one"). */
  protected commitHere(text: string): ToolInfo | undefined {
    if (commitVerbNegatedIn(text)) return undefined;
    return this.callable.find((t) => commitVerbSaid(text, t));
  }

  /** A tool that works on who the caller is (a name, an email): pointless until those are said. */
  protected needsValues(tool: ToolInfo): boolean {
    const required = tool.params.filter((p) => p.required || p.alternative);
    return (
      tool.kind === 'business' &&
      required.some((p) => p.kind === 'person_name' || p.kind === 'email') &&
      required.every((p) => p.kind !== 'text' && p.kind !== 'reason')
    );
  }

  /** One of the tool's required listed choices said in its own or everyday words ("no, leave it" for "decline"). */
  protected choiceSaid(tool: ToolInfo, a: Analysis): boolean {
    const choices = tool.params.filter((p) => p.required && (p.enumValues?.length ?? 0) > 1);
    return choices.some((p) => (matchEnum(a.u, p.enumValues!, p.description)?.via ?? 'typo') !== 'typo');
  }

  protected valuesOrNameGiven(tool: ToolInfo, a: Analysis): boolean {
    if (distinctiveWords(tool).some((w) => stemHit(a.u.lower, w))) return true;
    // A listed choice said in its own or its everyday words: a value of the tool, as an id or a name would be.
    if (this.choiceSaid(tool, a)) return true;
    return extractArgs(tool, a.u, this.extractOptions(tool, { typedOnly: true })).typed.length > 0;
  }

  /** Of two close candidates, the one this utterance's exact values are for, or that it completes. */
  protected breakTie(a: Analysis, x: ToolInfo, y: ToolInfo): ToolInfo | undefined {
    const typed = (t: ToolInfo) => extractArgs(t, a.u, this.extractOptions(t, { typedOnly: true })).typed.length;
    const tx = typed(x);
    const ty = typed(y);
    if (tx !== ty) return tx > ty ? x : y;
    // "can someone ring me back?" between a callback and a ticket: the one whose thing was asked for.
    const nx = asksForThing(a, x);
    return nx !== asksForThing(a, y) ? (nx ? x : y) : undefined;
  }

  /** An agent that only greets and forwards (one onward transfer, no business tools) sends everything there. */
  protected defaultRoute(): ToolInfo | undefined {
    if (this.callable.some((t) => t.kind === 'business')) return undefined;
    const onward = this.callable.filter((t) => t.kind === 'handoff' || t.kind === 'call');
    return onward.length === 1 ? onward[0] : undefined;
  }

  /**
   * A request the classifier leans to without being sure ("the tub overflowed this morning and it
   * leaked through the ceiling" for a tool saving what happened and when): taken when it is the
   * top-ranked business tool and the utterance gives one of its required, non-free-text values.
   */
  protected toolLeanedToWithValues(a: Analysis, tool: ToolInfo | undefined, score: number): ToolInfo | undefined {
    if (!tool || tool.kind !== 'business' || score < POLICY_THRESHOLDS.leanScore) return undefined;
    // A tool that runs on who the caller is: only for a listed choice said for it ("no, leave it"
    // for a decision), never for the caller's name alone.
    if (this.needsValues(tool) && !this.choiceSaid(tool, a)) return undefined;
    if (undoesUnasked(tool, a.text)) return undefined;
    const ex = extractArgs(tool, a.u, this.extractOptions(tool, {}));
    // A search that needs nothing ("find free times, on a day, with a vet — all optional") is
    // leaned to by any of its narrowing values: the day and the vet asked about.
    const searches =
      tool.params.length > 0 &&
      tool.params.every((p) => !p.required) &&
      LISTS_OPTIONS.test(`${humanize(tool.name)} ${tool.description}`);
    // Who the caller is (a card, an email) narrows nothing: a lookup by it is no search.
    const narrows = (p: ParamSpec) => p.kind !== 'identifier' && p.kind !== 'email' && p.kind !== 'phone';
    // The day something happened ("yesterday") is one of its values too; a day to arrange is picked
    // from what is offered, not a reason to take a tool (unless the tool is what offers them).
    const given = tool.params.filter(
      (p) =>
        (p.required || (searches && narrows(p))) &&
        p.kind !== 'text' &&
        p.kind !== 'reason' &&
        (ex.values[p.name] !== undefined ||
          (ex.dates[p.name]?.hasDay === true && (searches || dateAbout(p) === 'past'))),
    );
    return given.length > 0 ? tool : undefined;
  }

  /** A tool the classifier leans to whose name the caller says in full ("just open a ticket" → open_ticket). */
  protected toolNamedInFull(a: Analysis, tool: ToolInfo | undefined, score: number): ToolInfo | undefined {
    if (!tool || tool.kind !== 'business' || score <= 0) return this.thingAskedFor(a);
    const words = nameWords(tool);
    if (score >= POLICY_THRESHOLDS.leanScore && words.length >= 2 && words.every((w) => stemHit(a.u.lower, w)))
      return tool;
    return asksForThing(a, tool) ? tool : this.thingAskedFor(a);
  }

  /**
   * The business tool ranked first, leaning but unsure, when the line says a word that tool's name
   * or description alone of this agent's tools uses ("my wallet got stolen" → the tool that reports
   * a "lost or stolen" card, not the one that reads the card's loans).
   */
  protected toolByOwnWord(a: Analysis, tool: ToolInfo | undefined, score: number): ToolInfo | undefined {
    if (!tool || tool.kind !== 'business' || score < POLICY_THRESHOLDS.leanScore) return undefined;
    const wordsOf = (t: ToolInfo) => contentStems(`${humanize(t.name)} ${t.description}`);
    const own = wordsOf(tool);
    const elsewhere = new Set(
      this.callable.filter((t) => t !== tool && t.kind === 'business').flatMap((t) => [...wordsOf(t)]),
    );
    return [...contentStems(a.u.lower)].some((w) => own.has(w) && !elsewhere.has(w)) ? tool : undefined;
  }

  /**
   * The business tool ranked first of this agent's whose thing the line asks for by name, when a
   * hand-back or a person ranked above it ("could you put in a ticket so someone checks my line once
   * it's fixed?" → the ticket, not "fixed" handing back nor "someone" for a person).
   */
  protected thingAskedFor(a: Analysis): ToolInfo | undefined {
    const first = a.scores
      .map((s) => this.byName.get(s.intent))
      .find((t) => t?.kind === 'business' && this.callable.includes(t));
    return first && !undoesUnasked(first, a.text) && asksForThing(a, first) ? first : undefined;
  }

  /**
   * The transfer whose target agent handles what was said ("three diavolas to go" → the agent whose
   * tool lists diavola), for a request the transfers' own words did not place. Clear winners only.
   */
  protected transferByScope(
    a: Analysis,
    among?: readonly ToolInfo[],
    least: number = POLICY_THRESHOLDS.scopeWords,
  ): ToolInfo | undefined {
    const ranked = this.classifier
      .scopeScores(requestPart(a))
      .filter((s) => (among ?? this.callable).some((t) => t.name === s.intent));
    const [best, second] = ranked;
    if (!best || best.score < least) return undefined;
    if (second && second.score * POLICY_THRESHOLDS.scopeLead > best.score) return undefined;
    return this.byName.get(best.intent);
  }

  /**
   * Of two close transfers, the one whose target's work the utterance names ("one funghi pizza and
   * a caesar salad" between a menu desk and the desk whose tool adds dishes).
   */
  protected scopeTie(a: Analysis, x: ToolInfo, y: ToolInfo): ToolInfo | undefined {
    const transfer = (t: ToolInfo) => t.kind === 'handoff' || t.kind === 'call' || t.kind === 'return';
    if (!transfer(x) || !transfer(y)) return undefined;
    return this.undoingTransfer(a, [x, y]) ?? this.transferByScope(a, [x, y]);
  }

  /**
   * "cancel my booking RT-2290" between two desks that both know bookings: the one whose tools
   * undo something (cancel_booking), when the line asks to undo and only one of them can.
   */
  protected undoingTransfer(a: Analysis, among: readonly ToolInfo[]): ToolInfo | undefined {
    if (!UNDO_CUES.test(a.text)) return undefined;
    const undoes = among.filter((t) => (t.later ?? []).some((l) => UNDOING_TOOL.test(l.name)));
    return undoes.length === 1 ? undoes[0] : undefined;
  }

  /** The agent's own pending question ("Could you give me the ZIP code?"), asked again. */
  protected async askAgain(index: number, state: State, gaveDetails: boolean): Promise<Outcome | undefined> {
    if (state.frame) return undefined;
    const question = questionBefore(this.view.items, index);
    const target = question ? argumentAsked(question, this.callable, (t) => this.factsFor(t)) : undefined;
    if (!target) return undefined;
    const frame = await this.openFrame(target.tool, undefined, index, state);
    frame.expecting = target.param;
    return { kind: 'ask', frame, fresh: false, answered: gaveDetails, reask: !gaveDetails };
  }
}
