// Answers to what the agent itself put to the caller: a question in its own words, a proposal
// ("shall I …?"), or options it offered ("the first one", "the 11 o'clock").

import { type ParamSpec } from '../param_spec.js';
import { valueFits } from '../value_fits.js';
import { extractArgs } from '../slot_filling.js';
import { type FoundDateTime, findDateTimes, findYesNo, matchEnum, prepareUtterance } from '../slots/index.js';
import { agentLabel, type ToolInfo } from '../tool_catalog.js';
import { type Offered, selectOffered, takesIt, timeNotOffered } from './offered.js';
import { agentLineBefore, argumentAsked, questionBefore } from './asked.js';
import { offersPerson, proposalBefore, takesUpPersonOffer } from './proposal.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';
import type { Analysis } from '../analysis/analysis.js';
import { ESCALATION_KINDS } from '../context/turn_context.js';
import type { Frame, Outcome, State } from '../frame/frame.js';
import { SELECTS_OFFERED, Starter } from './start.js';
import { PICKED_ARGUMENT } from '../lexicon/index.js';
import { cleanText } from '../free_text.js';
import { byPosition } from '../cues.js';
import { toolOutputText } from '../speakable.js';
import { SENTENCE_BREAK } from '../sentences.js';

// A refusal that tells the agent to send the caller back where they came from ("Say so honestly
// and hand the caller back so the router can find the right team").
const HAND_BACK_DIRECTION =
  /\b(?:hand|send|pass|return|transfer)\s+(?:the caller|them|the customer)\s+back\b|\bhand(?:ing)? (?:it|them) back\b/i;

/** Answers to the agent's own question, proposal or offered options. */
export class Answers extends Starter {
  /** The caller answering a question the agent put in its own words (an entry line), not one the policy asked. */
  protected async answerToAgentQuestion(a: Analysis, index: number, state: State): Promise<Outcome | undefined> {
    const question = questionBefore(this.view.items, index);
    if (!question) return undefined;
    const target =
      argumentAsked(question, this.callable, (t) => this.factsFor(t)) ??
      (await this.ownQuestionFor(question, index, state));
    if (!target) return undefined;
    const frame = await this.openFrame(target.tool, undefined, index, state);
    frame.expecting = target.param;
    // The question asks for it now: the caller's answer replaces a guess from earlier lines, which
    // stays when the line gives none ("yes, go ahead").
    const guess = frame.args[target.param.name];
    delete frame.args[target.param.name];
    const took = this.absorb(frame, a, false);
    if (frame.args[target.param.name] === undefined && guess !== undefined) frame.args[target.param.name] = guess;
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

  /**
   * The argument whose question this policy would put exactly so ("Could you tell me the make of
   * the machine?" asked on entry for a part of the caller's line): a free-text argument too, which
   * `argumentAsked` cannot tell from the question's words alone.
   */
  private async ownQuestionFor(
    question: string,
    index: number,
    state: State,
  ): Promise<{ tool: ToolInfo; param: ParamSpec } | undefined> {
    const asked = question.trim();
    for (const tool of this.callable) {
      if (tool.kind !== 'business') continue;
      const frame = await this.openFrame(tool, undefined, index, state);
      // Filled or not (the frame may hold a guess from earlier lines), the question asks for it now.
      for (const param of tool.params) {
        if (!param.required) continue;
        if (this.question({ ...frame, expecting: param }).trim() === asked) return { tool, param };
      }
    }
    return undefined;
  }

  /**
   * A refusal that directs the caller back (the question is not this desk's): the return tool, as
   * not resolved, with what failed and what the caller asked; the words to say are the refusal's
   * statement without the direction. Nothing when this agent cannot hand back.
   */
  protected handBackOnRefusal(
    failed: readonly { output: unknown }[],
  ): { content: string; call: { name: string; args: Record<string, unknown> } } | undefined {
    const back = this.callable.find((t) => t.kind === 'return');
    const refusal = failed.map((o) => toolOutputText(o.output as string)).find((t) => HAND_BACK_DIRECTION.test(t));
    if (!back || !refusal) return undefined;
    const statement = refusal.split(SENTENCE_BREAK)[0]!;
    const asked = this.latestCallerLine();
    const args: Record<string, unknown> = {};
    for (const p of back.params) {
      if (p.kind === 'boolean') args[p.name] = false;
      else if (p.type === 'string')
        args[p.name] = cleanText([statement, asked ? `Caller: ${asked}` : ''].filter(Boolean).join(' '), 300);
    }
    return { content: HAND_BACK_DIRECTION.test(statement) ? '' : statement, call: { name: back.name, args } };
  }

  /** The last call succeeded since the caller last spoke, and this line gives it nothing new. */
  protected justDone(index: number, state: State): boolean {
    const last = state.lastCall;
    if (!last || last.error || last.tool.kind !== 'business') return false;
    for (let i = index - 1; i >= 0; i--) {
      const item = this.view.items[i]!;
      if (item.type === 'user') return false;
      if (item.type === 'output' && !item.isError && item.name === last.tool.name) break;
    }
    const said = this.view.items[index];
    if (said?.type !== 'user') return false;
    const u = prepareUtterance(said.text);
    return (
      Object.keys(extractArgs(last.tool, u, this.extractOptions(last.tool, { typedOnly: true })).values).length === 0
    );
  }

  /** The agent just offered to bring in a person, and the caller asks to be put through. */
  protected personOfferTakenUp(a: Analysis, index: number): boolean {
    const clause = proposalBefore(this.view.items, index);
    return clause !== undefined && offersPerson(clause) && takesUpPersonOffer(a.text);
  }

  /** The offer the agent just made, taken up: a person brought in, or the tool the offer describes. */
  protected async acceptProposal(a: Analysis, index: number, state: State): Promise<Outcome | undefined> {
    if (a.words > POLICY_THRESHOLDS.shortWords + 2) return undefined;
    const clause = proposalBefore(this.view.items, index);
    // "I can X, or Y": a yes does not say which; the caller's own words decide.
    if (!clause || /\bor\b/i.test(clause)) return undefined;
    const escalation = this.escalationTool();
    if (offersPerson(clause, escalation?.target && agentLabel(escalation.target))) {
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

  /**
   * "my email is priya dot n at example dot net" right after a result that offered more once the
   * caller is checked ("once verified with your email, I can give you the tracking too"): the
   * detail is for another tool here that takes it (the check the offer waits on), as a yes with it
   * would be. Only when the offer is of the tool that just answered.
   */
  protected async detailForOffer(a: Analysis, index: number, state: State): Promise<Outcome | undefined> {
    const last = state.lastCall;
    if (!last || last.error || last.tool.kind !== 'business') return undefined;
    const clause = proposalBefore(this.view.items, index);
    if (!clause || /\bor\b/i.test(clause)) return undefined;
    const offered = this.intent(await this.policy.analyse(this.classifier, clause), true);
    if (!offered.confident || offered.tool !== last.tool) return undefined;
    const check = this.toolGivenValues(a, last.tool, last.args);
    return check ? this.start(check, a, index, state) : undefined;
  }

  /**
   * Where a pick goes: the argument being asked for, else the tool that takes "the one the caller
   * picked" — of several (book at an offered time, move to one), the one the caller's request is
   * about, else one a refusal is waiting on, else the first the agent lists.
   */
  protected async selectionTarget(
    frame: Frame | undefined,
    state?: State,
    index = this.view.items.length,
  ): Promise<{ tool: ToolInfo; param: ParamSpec } | undefined> {
    if (frame?.expecting && frame.expecting.type === 'string') return { tool: frame.tool, param: frame.expecting };
    // The tool's description says it takes a pick, or its argument's does ("flight_number: the new
    // flight the caller picked").
    const pickParam = (t: ToolInfo) =>
      t.params.find(
        (p) =>
          p.required &&
          p.type === 'string' &&
          p.kind !== 'text' &&
          p.kind !== 'reason' &&
          PICKED_ARGUMENT.test(p.description),
      ) ?? (SELECTS_OFFERED.test(t.description) ? t.params.find((p) => p.required && p.type === 'string') : undefined);
    const takesPick = this.callable.filter((t) => t.kind === 'business' && pickParam(t) !== undefined);
    if (takesPick.length === 0) return undefined;
    const tool =
      takesPick.length === 1
        ? takesPick[0]!
        : ((await this.requestedAmong(takesPick, index)) ??
          state?.refused.map((r) => r.tool).findLast((t) => takesPick.includes(t)) ??
          takesPick[0]!);
    return { tool, param: pickParam(tool)! };
  }

  /** Of several tools, the one the caller's latest line that clearly asks for one of them asks for. */
  protected async requestedAmong(tools: ToolInfo[], index: number): Promise<ToolInfo | undefined> {
    const turns = this.userTurns().filter((t) => t.index < index);
    for (const turn of turns.reverse()) {
      const a = await this.policy.analyse(this.classifier, turn.item.text);
      const ranked = tools
        .map((tool) => ({ tool, score: a.scores.find((s) => s.intent === tool.name)?.score ?? 0 }))
        .sort((x, y) => y.score - x.score);
      const [best, second] = ranked;
      if (
        best!.score >= POLICY_THRESHOLDS.pickTakerMin &&
        best!.score >= second!.score * POLICY_THRESHOLDS.pickTakerLead
      )
        return best!.tool;
    }
    return undefined;
  }

  /** The agent's last line before `index` (or a refusal it read out) names two or more of `values`. */
  private lastAgentLineLists(index: number, values: readonly string[]): boolean {
    const text = agentLineBefore(this.view.items, index);
    const said = text?.toLowerCase() ?? '';
    return text !== undefined && text.includes('?') && values.filter((v) => said.includes(v.toLowerCase())).length >= 2;
  }

  protected async pickFromOffered(a: Analysis, index: number, state: State): Promise<Outcome | undefined> {
    const offered = this.offeredBefore(index);
    if (!offered) return undefined;
    // The value awaited named outright or by its listed words ("up and running next month"): the
    // answer, not a pick by one shared word ("month") among the options read out.
    // Or the value a refusal just asked for ("What is the visit for? Ask: a checkup, …").
    const last = state.lastCall;
    const awaited =
      state.frame?.expecting ??
      (last?.error && last.tool.kind === 'business'
        ? this.firstMissing({ tool: last.tool, args: { ...last.args }, dates: {}, skipped: new Set() })
        : undefined);
    if (awaited?.kind === 'enum') {
      const m = matchEnum(a.u, awaited.enumValues ?? [], awaited.description, awaited.listed);
      if (m && m.via !== 'typo') return undefined;
      // "the first one" right after the question that listed the values ("What is the visit for? A
      // checkup, vaccination or …?"): the answer to that question, not a pick among earlier options.
      const values = awaited.enumValues ?? [];
      if (this.lastAgentLineLists(index, values)) {
        const at = byPosition(a.u.norm, values.length);
        if (at === undefined || a.u.norm.split(/\s+/).length > POLICY_THRESHOLDS.pickWords) return undefined;
        const base = state.frame ?? last!;
        const frame: Frame = {
          tool: base.tool,
          args: { ...base.args, [awaited.name]: values[at] },
          dates: {},
          skipped: new Set(),
        };
        frame.expecting = this.firstMissing(frame);
        return frame.expecting
          ? { kind: 'ask', frame, fresh: false, answered: true, reask: false }
          : { kind: 'call', frame, fresh: false };
      }
    }
    // "ok go ahead" after options listed for "whenever's soonest": the earliest, the first listed.
    const pick =
      selectOffered(a.u.norm, offered) ??
      ((findYesNo(a.u) === true || takesIt(a.text)) && this.askedSoonestBefore(index) ? offered.options[0] : undefined);
    if (!pick) {
      // A time that was not offered ("can I do 4 o'clock?"): say so and offer the ones there are.
      const asked = (await this.selectionTarget(state.frame, state, index))
        ? timeNotOffered(a.u.norm, offered)
        : undefined;
      return asked ? { kind: 'not_offered', asked, options: offered.options } : undefined;
    }
    return this.takePick(pick, index, state, a, offered);
  }

  /** The one day a text names ("Free times on Saturday, December 5"), without a time of day. */
  protected dayOf(text: string): FoundDateTime | undefined {
    const days = findDateTimes(prepareUtterance(text), this.now, this.policy.dateOrder).filter((d) => d.hasDay);
    return days.length === 1 ? { ...days[0]!, hasTime: false } : undefined;
  }

  /** The option picked, put where a pick goes (the argument asked for, or the tool that holds a pick). */
  protected async takePick(
    pick: string,
    index: number,
    state: State,
    a?: Analysis,
    offered?: Offered,
  ): Promise<Outcome | undefined> {
    const target = await this.selectionTarget(state.frame, state, index);
    if (!target) return this.narrowLastCall(pick, state);
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
    // Times listed under their day ("Free times on Saturday, December 5: 9 AM; 3 PM"): "the 3
    // o'clock" is at 3 PM on that day, not today.
    const day = offered?.leadIn ? this.dayOf(offered.leadIn) : undefined;
    if (day) frame.dates[target.param.name] = day;
    this.absorb(frame, { u: prepareUtterance(pick) } as Analysis, false);
    if (frame.args[target.param.name] === undefined || target.param.kind === 'text')
      frame.args[target.param.name] = pick;
    // The rest of the same breath fills the other arguments ("two carbonara please" picks the dish
    // from those listed and says how many; "email is fine, ann dot lee at example dot com" gives
    // the address with the pick).
    if (a) {
      const rest: Frame = { ...frame, args: {}, dates: {}, skipped: new Set(), expecting: undefined };
      this.absorb(rest, a, false);
      const typed = extractArgs(frame.tool, a.u, this.extractOptions(frame.tool, { typedOnly: true })).values;
      for (const [k, v] of Object.entries({ ...typed, ...rest.args }))
        if (k !== target.param.name && frame.args[k] === undefined) frame.args[k] = v;
    }
    // A detail the tool would take down itself ("The tool asks if it is missing") is asked once
    // when the caller picks: the call then carries what they said. (A pick said before the
    // options were read out goes ahead: the tool asks.)
    frame.expecting = this.firstMissing(frame) ?? (a ? this.toolWouldAsk(frame) : undefined);
    return frame.expecting
      ? { kind: 'ask', frame, fresh: false, answered: true, reask: false }
      : { kind: 'call', frame, fresh: false };
  }

  /**
   * A pick among what the last call listed ("whichever one is cheapest" of "economy at $39 a day,
   * compact at $45 a day, …") that names a choice of one of its own arguments left open: the same
   * call again with that choice (a quote for every class narrowed to the class picked).
   */
  private narrowLastCall(pick: string, state: State): Outcome | undefined {
    const last = state.lastCall;
    if (!last || last.error || state.frame || last.tool.kind !== 'business') return undefined;
    const values = extractArgs(last.tool, prepareUtterance(pick), this.extractOptions(last.tool, {})).values;
    const open = last.tool.params.filter(
      (p) => p.kind === 'enum' && last.args[p.name] === undefined && values[p.name] !== undefined,
    );
    if (open.length !== 1) return undefined;
    const p = open[0]!;
    const frame: Frame = {
      tool: last.tool,
      args: { ...last.args, [p.name]: values[p.name] },
      dates: {},
      skipped: new Set(),
    };
    return { kind: 'call', frame, fresh: false };
  }

  /** An optional detail the tool asks for itself when missing, not yet said nor passed over. */
  protected toolWouldAsk(frame: Frame): ParamSpec | undefined {
    if (frame.tool.kind !== 'business') return undefined;
    return frame.tool.params.find(
      (p) => p.toolAsks && !p.required && !frame.skipped.has(p.name) && !valueFits(p, frame.args[p.name]),
    );
  }
}
