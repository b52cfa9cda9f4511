// Details the caller gives before they are asked, and several requests in one breath:
// - "Luis Ortega, 978 555 0177, a storm knocked a tree on my roof yesterday" fills the contact
//   tool and the incident tool of the same agent: both are called;
// - "policy HM-551207, born February 3rd 1979" while the form is still being filled is for a tool
//   of the next agent: it is acknowledged, the open question is asked again, and the next agent
//   (whose chat may not hold that line: CallMemory) uses it instead of asking.
import type { Analysis } from '../analysis/analysis.js';
import type { Frame, Outcome, State } from '../frame/frame.js';
import { IntentReader } from '../intent/intent_reader.js';
import * as say from '../replies.js';
import { extractArgs } from '../slot_filling.js';
import { cleanText, withoutIntroduction } from '../free_text.js';
import { asksBeyondTelling } from '../cues.js';
import { guessKind, type ToolInfo } from '../tool_catalog.js';
import { argumentAsked, questionBefore } from './asked.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';
import { entryLines } from '../entry_script.js';
import { splitParts } from './several_items.js';
import { findNumbers, prepareUtterance } from '../slots/index.js';
import { findDateTimes } from '../slots/date_time.js';
import { findDurations } from '../slots/duration.js';
import { SENTENCE_BREAK } from '../sentences.js';
import { ASKS_TO_ACT, GO_AHEAD_IDIOMS, LISTS_OPTIONS, QUESTION_WORDS, SELECTS_OFFERED } from '../lexicon/index.js';
import { answersGeneralQuestions } from '../intent/catalogue.js';
import { escapeRegExp } from '../regexp.js';
import { humanize } from '../param_spec.js';

// Argument kinds whose values are the caller's own details or the request's facts, not words about it.
const DETAIL_KINDS = new Set(['text', 'reason', 'boolean']);

// "pencil me in" or "lock it in" after "great": the go-ahead for what was just done, no request of its own.
// A clause that opens by asking for information ("who should I ring", "and what time is that").
const INFORMATION_QUESTION = new RegExp(
  `^(?:(?:and|so|ok(?:ay)?|also|but|then|now)[,.!]?\\s+)*(?:${QUESTION_WORDS.map(escapeRegExp).join('|')})\\b`,
  'i',
);
const GO_AHEAD = new RegExp(`\\b(?:${GO_AHEAD_IDIOMS.map(escapeRegExp).join('|')})\\b`, 'i');

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}\b/;

/**
 * A part of a line that carries a value a call already used ("a team of sixty" for team_size 60,
 * "Dana" for a name) asked for that call, not for a further step.
 */
export function carriesUsedValue(part: string, used: Record<string, unknown>[]): boolean {
  const values = used.flatMap((args) => Object.values(args)).filter((v) => v !== null && v !== undefined);
  const text = part.toLowerCase();
  const said = (v: string) => v.length > 2 && text.includes(v.toLowerCase().replace(/_/g, ' '));
  if (values.some((v) => typeof v === 'string' && said(v))) return true;
  const u = prepareUtterance(part);
  // A day is sent as a calendar day ("2026-12-12"), said as words ("a week from today", "for four
  // nights"): a part that says a day or a length, after a call that took one, said that call's dates.
  const tookDay = values.some((v) => typeof v === 'string' && CALENDAR_DAY.test(v));
  if (tookDay && (findDateTimes(u, new Date(), undefined, 'forward').some((d) => d.hasDay) || findDurations(u).length))
    return true;
  const numbers = new Set(findNumbers(u).map((f) => f.value));
  return values.some((v) => typeof v === 'number' && numbers.has(v));
}

// A clause ending on the label of a value said after it ("… under my wife's name", "… the surname is").
const VALUE_FOLLOWS = /\b(?:name|number|is|under)\s*$/i;

/** Volunteered details: used where they fit, acknowledged where they are for later. */
export class Volunteered extends IntentReader {
  /**
   * Other business tools of this agent that the same utterance completes on its own ("…, and a
   * storm knocked a tree on my roof yesterday" with the contact details): called after the first.
   * Each needs two details of its own from this utterance (a name and a phone; what happened and
   * when); a detail the first call already uses (the same name) says nothing about a second request.
   */
  protected async alsoFilled(outcome: Outcome, a: Analysis, index: number, state: State): Promise<Outcome> {
    if (outcome.kind !== 'call' || outcome.frame.tool.kind !== 'business') return outcome;
    const taken = [outcome.frame, ...(outcome.more ?? [])];
    const used = new Set(taken.flatMap((f) => Object.values(f.args).map((v) => JSON.stringify(v))));
    const more: Frame[] = [];
    const listing = taken.some(
      (f) =>
        !f.tool.params.some((p) => p.required) && LISTS_OPTIONS.test(`${humanize(f.tool.name)} ${f.tool.description}`),
    );
    for (const tool of this.callable) {
      if (tool.kind !== 'business' || taken.some((f) => f.tool === tool) || state.done.has(tool.name)) continue;
      if (!tool.params.some((p) => p.required) || this.unmetFirst(tool, state)) continue;
      // A pick from what a search offers waits for the offer: "Saturday afternoon" asks for the
      // free times then, it does not take one of them in the same breath.
      if (listing && SELECTS_OFFERED.test(tool.description)) continue;
      const ex = extractArgs(tool, a.u, this.extractOptions(tool, { opening: true }));
      const own = tool.params.filter(
        (p) =>
          !DETAIL_KINDS.has(p.kind) &&
          (ex.values[p.name] !== undefined || ex.dates[p.name] !== undefined) &&
          !used.has(JSON.stringify(ex.values[p.name])),
      );
      if (own.length < 2) continue;
      const frame = await this.openFrame(tool, a, index, state);
      if (frame.expecting) continue;
      more.push(frame);
    }
    return more.length ? { ...outcome, more: [...(outcome.more ?? []), ...more] } : outcome;
  }

  /** A prerequisite still to be done before `tool` (kept by the stepper). */
  protected unmetFirst(tool: ToolInfo, state: State): boolean {
    return this.prerequisiteFor(tool, state) !== undefined;
  }

  /**
   * On entry: this agent's tools that details the caller already gave complete (a policy number and
   * birth date said while the form was being filled; a phone number for the payment link said while
   * ordering). Exact values only, at least one required one from the caller's words, and the tool
   * is the one the entry question asks about or the one the line that gave the value was about.
   */
  protected async volunteeredOnEntry(question: string | undefined): Promise<Frame[]> {
    const asked = question ? argumentAsked(question, this.callable, (t) => this.factsFor(t))?.tool : undefined;
    const lines = [...this.view.earlier, ...this.userTurns().map((t) => t.item.text)];
    if (!lines.length) return [];
    const frames: Frame[] = [];
    for (const tool of this.callable) {
      const required = tool.params.filter((p) => p.required);
      if (tool.kind !== 'business' || !required.length || this.factsShowDone(tool)) continue;
      if (this.view.items.some((i) => i.type === 'call' && i.name === tool.name)) continue;
      const facts = this.factsFor(tool);
      let fromCaller = false;
      let about = false;
      for (const line of lines) {
        const a = await this.policy.analyse(this.classifier, line);
        const ex = extractArgs(tool, a.u, this.extractOptions(tool, { typedOnly: true }));
        const gives = required.some((p) => ex.values[p.name] !== undefined && facts[p.name] === undefined);
        // "can I sign him up for the 3d printing class" names a topic of the tool that answers
        // questions, but asks to act: nothing volunteered for that tool.
        if (!gives || (answersGeneralQuestions(tool) && ASKS_TO_ACT.test(line))) continue;
        fromCaller = true;
        const top = a.scores.find((s) => this.byName.get(s.intent)?.kind === 'business');
        if (top?.intent === tool.name) about = true;
      }
      if (!fromCaller || !(about || asked === tool)) continue;
      const frame = await this.openFrame(tool, undefined, this.view.items.length);
      if (!frame.expecting) frames.push(frame);
    }
    return frames;
  }

  /**
   * Exact details in this utterance that a tool here or of an agent further on takes (an id, a
   * birth date, an email, a phone number, a name said as one): the caller gave something, even if
   * nothing can be done with it yet.
   */
  protected carriesDetails(a: Analysis): boolean {
    const tools = this.tools.flatMap((t) => (t.kind === 'business' ? [t] : (t.later ?? [])));
    return tools.some((t) => extractArgs(t, a.u, this.extractOptions(t, { typedOnly: true })).typed.length > 0);
  }

  /**
   * Only details for an agent further on ("PB-12345, and I was born March 3rd 1980" while the form
   * is filled): exact values a later tool takes and none a tool here takes.
   */
  protected onlyForLater(a: Analysis): boolean {
    const typed = (t: ToolInfo) => extractArgs(t, a.u, this.extractOptions(t, { typedOnly: true })).typed.length > 0;
    const here = this.tools.filter((t) => t.kind === 'business');
    const later = this.tools.flatMap((t) => t.later ?? []);
    return !here.some(typed) && later.some(typed);
  }

  /**
   * The turn would act on details meant for later: open a new request here that they do not serve,
   * or leave the question the caller was asked for a transfer none of whose words they said.
   */
  protected detailsForLaterOnly(outcome: Outcome, a: Analysis, state: State, index: number): boolean {
    const freshHere = outcome.kind === 'ask' && outcome.fresh && outcome.frame.tool.kind === 'business';
    const away =
      outcome.kind === 'call' &&
      (outcome.frame.tool.kind === 'handoff' || outcome.frame.tool.kind === 'call') &&
      (state.frame?.expecting !== undefined || this.detailAsked(index)) &&
      this.classifier.coverage(outcome.frame.tool.name, a.text) < POLICY_THRESHOLDS.toolWordCoverage;
    return (freshHere && this.onlyForLater(a)) || (away && this.carriesDetails(a));
  }

  /**
   * After a tool did what the first part of a breath asked ("two margheritas, and I'll pay at
   * pickup"): the onward transfer a later part asks for, when that part alone clearly names it, it
   * is open now (its guards pass), and the part carries none of the values the call just used.
   */
  protected async nextStepSaidWith(
    done: { args: Record<string, unknown> }[],
    said: string,
    from?: string,
    answeredQuestion = false,
  ): Promise<ToolInfo | undefined> {
    const parts = splitParts(said);
    if (parts.length < 2) return undefined;
    const used = done.map((d) => d.args);
    for (const [i, part] of parts.entries()) {
      if (i === 0) continue;
      // A clause of its own ("I'll pay at pickup"), not a trailing word or two ("the landline").
      if (part.split(/\s+/).length < 3 || GO_AHEAD.test(part)) continue;
      // "… at night, who should I ring": after a tool answered the caller's question, a clause asking
      // for information is that question, not a request for another desk.
      if (answeredQuestion && INFORMATION_QUESTION.test(part)) continue;
      // Only chatter around it ("okay, and what would that cost us for twenty five people"): this
      // part was the request the tools just served, not a next step said with it.
      if (!parts.some((p, j) => j !== i && cleanText(p).split(/\s+/).length >= 2)) continue;
      // A clause whose value comes in the next part ("it's booked under my partner's name, Lee")
      // carries that value.
      if (VALUE_FOLLOWS.test(part) && carriesUsedValue(`${part} ${parts[i + 1] ?? ''}`, used)) continue;
      const a = await this.policy.analyse(this.classifier, part);
      const intent = this.intent(a, true);
      const tool = intent.confident ? intent.tool : undefined;
      if (!tool || (tool.kind !== 'handoff' && tool.kind !== 'call') || tool.ready?.() === false) continue;
      // Never back to the agent the caller just came from.
      if (from !== undefined && tool.target === from) continue;
      if (carriesUsedValue(part, used)) continue;
      return tool;
    }
    return undefined;
  }

  /**
   * On entry: a clause of the caller's last line that alone clearly asks for an onward transfer of
   * this agent (not back where the caller came from) whose guards pass.
   */
  protected async partForHere(from: string): Promise<{ name: string; args: Record<string, unknown> } | undefined> {
    const last = this.userTurns().at(-1);
    if (!last) return undefined;
    // The whole line leans to work this agent does ("I want a refund" at billing, not yet sure):
    // no part of it is a request for somewhere else.
    const whole = this.intent(await this.policy.analyse(this.classifier, last.item.text), true);
    if (whole.tool?.kind === 'business') return undefined;
    const used = this.servedSince(last.index);
    for (const part of splitParts(last.item.text)) {
      // "this is Tomás García" introduces the caller; it asks for nothing.
      if (withoutIntroduction(part).trim().split(/\s+/).length < 3) continue;
      if (carriesUsedValue(part, used)) continue;
      // A line a tool before this hop served only told things ("as soon as possible, our contract
      // ends in three weeks" answered the qualifying question): a part that asks for nothing is no request.
      if (used.length > 0 && !asksBeyondTelling(part)) continue;
      const intent = this.intent(await this.policy.analyse(this.classifier, part), true);
      const tool = intent.confident ? intent.tool : undefined;
      if (!tool || (tool.kind !== 'handoff' && tool.kind !== 'call') || tool.target === from) continue;
      if (tool.ready?.() === false) continue;
      const frame = await this.openFrame(tool, undefined, this.view.items.length);
      return { name: tool.name, args: this.callArgs(frame) };
    }
    return undefined;
  }

  /**
   * The arguments of business calls that succeeded after the caller's line at `index`: what they
   * used ("a team of sixty" → team_size 60) was their request, not one for a later agent.
   * Transfers do not count: the details they carry are the request the next agent serves.
   */
  protected servedSince(index: number): Record<string, unknown>[] {
    // Only the caller's last line has calls recorded across agents.
    if (this.view.items.slice(index + 1).some((i) => i.type === 'user')) return [];
    return this.view.servedSinceLast.flatMap((c) => {
      const kind = this.tools.find((t) => t.name === c.name)?.kind ?? guessKind(c.name, '');
      return kind === 'business' ? [c.args] : [];
    });
  }

  /** The parts of a caller's line that no business call since it used ('' when all were used). */
  protected unservedPart(text: string, index: number): string {
    const served = this.servedSince(index);
    if (!served.length) return text;
    return splitParts(text)
      .filter((p) => !carriesUsedValue(p, served))
      .join(', ');
  }

  /** The agent's last line asked for one of its tools' details ("Could you give me the ZIP code?"). */
  protected detailAsked(index: number): boolean {
    const question = questionBefore(this.view.items, index);
    return question !== undefined && argumentAsked(question, this.callable, (t) => this.factsFor(t)) !== undefined;
  }

  /** The question still open here, to ask after acknowledging details for later. */
  protected openQuestion(frame: Frame | undefined, index: number): string {
    if (frame?.expecting) return this.question(frame);
    // The agent's last line: its own question, or what it said is still needed ("Still needed: full name").
    for (let i = index - 1; i >= 0; i--) {
      const item = this.view.items[i]!;
      if (item.type === 'user') break;
      if (item.type !== 'assistant') continue;
      const sentences = item.text.split(SENTENCE_BREAK);
      const question = [...sentences].reverse().find((s) => s.trim().endsWith('?'));
      if (question && !/^Sorry\b/.test(question)) return question.trim();
      break;
    }
    // Else what the agent was told to ask on entry ("ask for their full name and a callback number").
    const entry = this.view.entry ? entryLines(this.view.entry.instruction, {}).question : undefined;
    if (entry) return entry;
    const offer = say.optionsSentence(this.offerable());
    return offer ? `I can ${offer}. What would you like to do?` : say.anythingElse();
  }

  /** The question for a frame's next argument. */
  protected question(frame: Frame): string {
    const p = frame.expecting!;
    const alternative = p.alternative ? frame.tool.params.find((q) => q.name === p.alternative) : undefined;
    if (alternative && !p.required) return say.askForEither(p, alternative);
    const partial = frame.dates[p.name];
    return say.askFor(p, partial?.hasDay ? partial.date : undefined);
  }
}
