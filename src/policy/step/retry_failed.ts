// A check that failed, tried again with the value the caller corrects ("oh sorry, it's July
// twelfth, not the twenty first"): the asserted value replaces the one it corrects, the value
// said after "not" is never taken, and the other arguments are kept. A day said without a year
// keeps the year of the value it corrects.
import { agreesToCost, COST_WORDS } from '../lexicon/cost_consent.js';
import { SETTLES_FOR } from '../lexicon/correction_cues.js';
import type { Analysis } from '../analysis/analysis.js';
import type { Outcome, State, Frame } from '../frame/frame.js';
import type { ParamSpec } from '../param_spec.js';
import { valueFits } from '../value_fits.js';
import { dateComplete, dateToValue } from '../slot_dates.js';
import { extractArgs } from '../slot_filling.js';
import { lengthChangesEnd } from '../slots/date_args.js';
import { findNumbers, findYesNo, prepareUtterance, type FoundDateTime } from '../slots/index.js';
import type { ToolInfo } from '../tool_catalog.js';
import { argumentAsked, questionBefore } from './asked.js';
import { requestBeforeFarewell } from '../cues.js';
import { Committer } from './commit_step.js';
import { correctedNumber, isCorrection } from './correction.js';
import { WANT_CUES } from '../lexicon/index.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';
import { escapeRegExp } from '../regexp.js';

// "oh sorry, it's the twelfth", "I mixed it up", "my mistake": the caller owns up to a wrong value.
const SELF_CORRECTION = /\b(?:sorry|mixed (?:it|them) up|my (?:mistake|bad)|i misread|i got it wrong)\b/i;

// ", not the twenty first", "not Tuesday": the value denied, up to the end of its clause.
const DENIED = /(?:,\s*|\s+)(?:and\s+)?not\s+(?:the\s+|on\s+|a\s+)?[^,.;!?]+/gi;

/** The caller's words without the values they deny ("July twelfth, not the twenty first" → "July twelfth"). */
export function assertedPart(text: string): string {
  return text.replace(DENIED, ' ').replace(/\s+/g, ' ').trim();
}

/** A day said without a year ("July twelfth") takes the year of the value it corrects ("1984-07-21"). */
export function correctedDay(p: ParamSpec, found: FoundDateTime, previous: unknown): string {
  const said = dateToValue(p, found);
  const old = typeof previous === 'string' ? /^(\d{4})-\d{2}-\d{2}/.exec(previous) : null;
  if (!old || /\b\d{4}\b/.test(found.text) || !/^\d{4}-\d{2}-\d{2}/.test(said)) return said;
  return `${old[1]}${said.slice(4)}`;
}

// "I'm sure", "I've double checked", "it's definitely that": the caller stands by the value.
const STANDS_BY =
  /\b(?:i'?m (?:sure|certain|positive)|i am (?:sure|certain|positive)|definitely|double[- ]?checked|checked (?:it )?(?:again|twice)|that'?s (?:right|correct)|it'?s (?:right|correct))\b/i;

/**
 * The yes/no argument a refusal asks to set when the caller is sure ("if they are sure, call again
 * with confirmed true", "retry with override set to true"), if it names one of the tool's own.
 */
export function flagToSet(error: string, params: readonly ParamSpec[]): ParamSpec | undefined {
  return params.find((p) => {
    if (p.type !== 'boolean') return false;
    const name = p.name.replace(/[_-]+/g, '[ _-]');
    return new RegExp(`\\b${name}\\b\\W{0,3}(?:(?:set )?(?:to|as|=|:)\\s*)?true\\b`, 'i').test(error);
  });
}

// The caller's own next step ("I'll check the website", "I'm going to try that").
const OWN_PLAN = /\b(?:i'?ll|i will|i'?m going to|i'?m gonna|we'?ll|we will|let me)\b/i;

/** Retrying the call that failed with the caller's corrected value. */
export class FailedRetry extends Committer {
  protected retryCorrected(a: Analysis, state: State): Outcome | undefined {
    const last = state.lastCall;
    if (!last?.error || state.frame || last.tool.kind !== 'business' || !this.callable.includes(last.tool))
      return undefined;
    // "oh the max is three? okay then just one more": the value settled for is what follows the cue.
    const settles = SETTLES_FOR.exec(a.text);
    const asserted = settles ? a.text.slice(settles.index) : assertedPart(a.text);
    const denies = !settles && asserted !== a.text.replace(/\s+/g, ' ').trim();
    // A new length for a refused span ("ok, then just three weeks") changes it without a cue.
    const opts = this.extractOptions(last.tool, {});
    const newLength = lengthChangesEnd(a.u, last.tool.params, last.args, opts.now, opts.dateOrder);
    const cued =
      !!settles ||
      denies ||
      isCorrection(a.text) ||
      SELF_CORRECTION.test(a.text) ||
      !!newLength ||
      this.otherChoiceAfterRefusal(a, last.tool, last.args, last.error);
    const doubted = cued ? [] : this.doubtedWithOther(a, last.tool, last.args, last.error);
    if (!cued && doubted.length === 0) return undefined;
    const ex = extractArgs(last.tool, prepareUtterance(asserted), { ...opts, held: last.args });
    const frame: Frame = { tool: last.tool, args: { ...last.args }, dates: {}, skipped: new Set() };
    let changed = false;
    for (const p of last.tool.params) {
      const d = ex.dates[p.name];
      const v = d?.hasDay ? correctedDay(p, d, last.args[p.name]) : ex.values[p.name];
      if (v === undefined || p.kind === 'text' || p.kind === 'reason' || !valueFits(p, v)) continue;
      // Without a cue, only the value the refusal doubted changes; the rest is only added to.
      if (!cued && last.args[p.name] !== undefined && !doubted.includes(p)) continue;
      if (JSON.stringify(v) !== JSON.stringify(last.args[p.name])) {
        frame.args[p.name] = v;
        changed = true;
      }
    }
    // "then just one more": a bare number settled for is the one count the tool takes.
    const number =
      settles && !changed
        ? correctedNumber(
            findNumbers(prepareUtterance(asserted)).map((f) => f.value),
            last.tool.params,
            last.args,
          )
        : undefined;
    if (number && valueFits(number.param, number.value)) {
      frame.args[number.param.name] = number.value;
      changed = true;
    }
    if (!changed) return undefined;
    frame.expecting = this.firstMissing(frame);
    return frame.expecting ? undefined : { kind: 'call', frame, fresh: false };
  }

  /**
   * Another listed value for a choice the refused call made, one the refusal offered ("no kayak
   * is free … offer canoe at $20 an hour" → "fine, the canoe then"): the same call with the new choice,
   * the rest kept. Only a value said outright in a short line ("my other booking" names no
   * "other" problem: the refusal never offered it).
   */
  private otherChoiceAfterRefusal(a: Analysis, tool: ToolInfo, args: Record<string, unknown>, error: string): boolean {
    if (a.words > POLICY_THRESHOLDS.askedValueWords) return false;
    const offered = (v: unknown) =>
      typeof v === 'string' && new RegExp(`\\b${escapeRegExp(v.replace(/_/g, ' '))}\\b`, 'i').test(error);
    const typed = extractArgs(tool, a.u, this.extractOptions(tool, { typedOnly: true })).values;
    return tool.params.some(
      (p) =>
        p.kind === 'enum' &&
        args[p.name] !== undefined &&
        typed[p.name] !== undefined &&
        typed[p.name] !== args[p.name] &&
        offered(typed[p.name]) &&
        valueFits(p, typed[p.name]),
    );
  }

  /**
   * A refusal that names a value it was given as wrong ("The surname Whitman does not match
   * booking RT-4821"), and a line giving another value for that same argument ("hang on, it's
   * under my partner's name, Whitfield"): a correction, cue or not.
   */
  private doubtedWithOther(a: Analysis, tool: ToolInfo, args: Record<string, unknown>, error: string): ParamSpec[] {
    const typed = extractArgs(tool, a.u, this.extractOptions(tool, { typedOnly: true })).values;
    return tool.params.filter((p) => {
      const was = args[p.name];
      const now = typed[p.name];
      return (
        typeof was === 'string' &&
        was.trim().length >= 3 &&
        new RegExp(`\\b${escapeRegExp(was.trim())}\\b`, 'i').test(error) &&
        typeof now === 'string' &&
        now.toLowerCase() !== was.toLowerCase() &&
        valueFits(p, now)
      );
    });
  }

  /**
   * A refusal that asks whether the caller is sure of a value, and to call again with a yes/no
   * argument set ("unusually high … if they are sure, call again with confirmed true"): the caller
   * standing by it ("yes, I double checked, it's 19841") is that call again, with the flag set.
   */
  protected retryConfirmed(a: Analysis, state: State): Outcome | undefined {
    const last = state.lastCall;
    if (!last?.error || state.frame || last.tool.kind !== 'business' || !this.callable.includes(last.tool))
      return undefined;
    const flag = flagToSet(last.error, last.tool.params);
    if (!flag || last.args[flag.name] === true) return undefined;
    // "ugh, ok fine, I agree to the charge, just cancel it" to a refusal naming a cost: a yes.
    const agreed = COST_WORDS.test(last.error) && agreesToCost(a.text);
    if (findYesNo(a.u) !== true && !STANDS_BY.test(a.text) && !agreed) return undefined;
    if (isCorrection(a.text) || SELF_CORRECTION.test(a.text)) return undefined;
    // A different value said now is a correction, not the same value confirmed.
    const said = extractArgs(last.tool, a.u, this.extractOptions(last.tool, { typedOnly: true })).values;
    for (const [k, v] of Object.entries(said))
      if (last.args[k] !== undefined && JSON.stringify(v) !== JSON.stringify(last.args[k])) return undefined;
    const frame: Frame = {
      tool: last.tool,
      args: { ...last.args, [flag.name]: true },
      dates: {},
      skipped: new Set(),
    };
    return { kind: 'call', frame, fresh: false };
  }

  /**
   * The value a refusal asked for ("I need the client number first"), given on its own ("client
   * number m s two zero eight seven"): the refused call again with it, before the words name
   * another tool (an id's label is every tool's word). A line that also asks for something
   * (wants, a date or time) is read as a request instead.
   */
  protected retryWithAsked(a: Analysis, state: State): Outcome | undefined {
    const last = state.lastCall;
    if (!last?.error || state.frame || last.tool.kind !== 'business' || !this.callable.includes(last.tool))
      return undefined;
    if (WANT_CUES.test(a.text) || a.words > POLICY_THRESHOLDS.askedValueWords) return undefined;
    const asked = [...this.askedForByRefusal(last.tool)].filter((p) => last.args[p.name] === undefined);
    if (!asked.length) return undefined;
    // The one id it asked for is the one the caller reads out, even as bare digits ("four eight two
    // one, gonzalez" for "the card number and the surname").
    const ids = asked.filter((p) => p.kind === 'identifier');
    const expecting = ids.length === 1 ? ids[0] : undefined;
    const ex = extractArgs(last.tool, a.u, this.extractOptions(last.tool, { typedOnly: true, expecting }));
    const given = asked.filter((p) => ex.typed.includes(p.name) && valueFits(p, ex.values[p.name]));
    // The id given, and the one other thing asked for said beside it ("…, gonzalez" for the surname).
    const rest = asked.filter((p) => !given.includes(p));
    if (expecting && given.includes(expecting) && rest.length === 1) {
      const other = extractArgs(last.tool, a.u, this.extractOptions(last.tool, { expecting: rest[0] })).values;
      if (valueFits(rest[0]!, other[rest[0]!.name])) {
        ex.values[rest[0]!.name] = other[rest[0]!.name];
        ex.typed.push(rest[0]!.name);
        given.push(rest[0]!);
      }
    }
    // Only all it asked for ("your full name and a phone number" wants the name read as an answer).
    if (given.length !== asked.length || Object.keys(ex.dates).length > 0) return undefined;
    const frame: Frame = { tool: last.tool, args: { ...last.args }, dates: {}, skipped: new Set() };
    for (const p of given) frame.args[p.name] = ex.values[p.name];
    // What else the tool takes, said with it ("reference r t 4821, name dana whitfield"): kept
    // too, or the call is refused again for the surname just heard.
    for (const p of last.tool.params)
      if (frame.args[p.name] === undefined && ex.typed.includes(p.name) && valueFits(p, ex.values[p.name]))
        frame.args[p.name] = ex.values[p.name];
    const read = extractArgs(last.tool, a.u, this.extractOptions(last.tool, {}));
    // A name closing the short answer ("booking r t 3954, priya shah"): whose it is, kept too,
    // though a name no dictionary knows is no typed value.
    for (const p of last.tool.params)
      if (p.kind === 'person_name' && frame.args[p.name] === undefined && valueFits(p, read.values[p.name]))
        frame.args[p.name] = read.values[p.name];
    // A whole day said with it ("david chen, september thirtieth 1985" when the name was asked):
    // kept too (typed values alone leave dates out).
    for (const [k, d] of Object.entries(read.dates)) {
      const p = last.tool.params.find((q) => q.name === k);
      if (!p || frame.args[k] !== undefined || !dateComplete(p, d)) continue;
      const value = dateToValue(p, d);
      if (valueFits(p, value)) frame.args[k] = value;
    }
    frame.expecting = this.firstMissing(frame);
    return frame.expecting
      ? { kind: 'ask', frame, fresh: false, answered: true, reask: false }
      : { kind: 'call', frame, fresh: false };
  }

  /** Details said with a goodbye that complete a tool on their own (exact values, or the answer to the agent's question). */
  protected async beforeGoodbye(a: Analysis, index: number, state: State): Promise<Outcome | undefined> {
    const byValues = this.toolFilledByValues(a, state.settled);
    if (byValues) {
      const frame = await this.openFrame(byValues, a, index, state);
      if (!frame.expecting && !this.unmetPrerequisite(byValues, state)) return { kind: 'call', frame, fresh: true };
    }
    // "yes open a ticket, send someone out. thanks, bye": a tool here asked for before the goodbye
    // is called first, when it has all it needs.
    // What the caller will do themselves ("sweet, I'll check the careers page. bye") asks for nothing.
    const request = requestBeforeFarewell(a.text);
    if (request && !OWN_PLAN.test(request)) {
      const asked = await this.policy.analyse(this.classifier, request);
      const intent = this.intent(asked, state.done.size > 0);
      const tool = intent.confident && intent.tool?.kind === 'business' ? intent.tool : undefined;
      if (tool && tool !== state.lastCall?.tool && !this.unmetPrerequisite(tool, state)) {
        const frame = await this.openFrame(tool, asked, index, state);
        if (!frame.expecting) return { kind: 'call', frame, fresh: true };
      }
    }
    const question = questionBefore(this.view.items, index);
    const target = question ? argumentAsked(question, this.callable, (t) => this.factsFor(t)) : undefined;
    if (!target || this.unmetPrerequisite(target.tool, state)) return undefined;
    const frame = await this.openFrame(target.tool, undefined, index, state);
    frame.expecting = target.param;
    if (!this.absorb(frame, a, false).answered) return undefined;
    frame.expecting = this.firstMissing(frame);
    return frame.expecting ? undefined : { kind: 'call', frame, fresh: false };
  }

  protected unmetPrerequisite(tool: ToolInfo, state: State): ToolInfo | undefined {
    if (tool.kind !== 'business') return undefined;
    return this.prerequisiteFor(tool, state);
  }
}
