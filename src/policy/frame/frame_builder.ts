// Building a request: its arguments from facts, earlier turns and this utterance, and the next
// argument to ask for.
import { countAskedBefore } from '../step/asked.js';
import { type ParamSpec } from '../param_spec.js';
import { valueFits } from '../value_fits.js';
import { extractArgs } from '../slot_filling.js';
import {
  cleanText,
  describingPart,
  isDescriptive,
  namedPart,
  namesAThing,
  withoutChosenKinds,
  withoutIntroduction,
} from '../free_text.js';
import { dateComplete, dateToValue, mergeDate } from '../slot_dates.js';
import { toolOutputText } from '../speakable.js';
import type { ToolInfo } from '../tool_catalog.js';
import { polarity } from '../call_outcome.js';
import { answersQuestions, asksQuestion } from '../intent/catalogue.js';
import type { Analysis } from '../analysis/analysis.js';
import { TurnContext, type OutputItem } from '../context/turn_context.js';
import type { Frame, State } from './frame.js';
import type { TurnItem } from '../conversation.js';
import { matchEnum } from '../slots/enum.js';
import { prepareUtterance } from '../slots/index.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';
import { idFromResults, sourceTool } from './from_results.js';
import { listingCallArgs } from './listed_choice.js';
import { takenBackParams } from './taken_back.js';
import { refusedChanges } from './only_changeable.js';
import { asksFor, forOtherCase } from './refusal_names.js';
import { SENTENCE_BREAK } from '../sentences.js';

/** Frames: open, fill and complete requests for one tool. */
export class FrameBuilder extends TurnContext {
  protected isSoft(frame: Frame, p: ParamSpec): boolean {
    // Transfers ask once for optional details they carry (a name, what is needed), then go anyway.
    return (
      (frame.tool.kind === 'handoff' || frame.tool.kind === 'call') &&
      !p.required &&
      !p.neverAsk &&
      !p.hasDefault &&
      p.kind !== 'reason' &&
      p.kind !== 'boolean' &&
      p.name !== 'reason' &&
      !frame.skipped.has(p.name)
    );
  }

  protected firstMissing(frame: Frame): ParamSpec | undefined {
    const params = frame.tool.params;
    const filled = (p: ParamSpec) => valueFits(p, frame.args[p.name]);
    const required = params.find((p) => p.required && !filled(p));
    if (required) return required;
    const either = params.find(
      (p) => p.alternative && !filled(p) && !filled(params.find((q) => q.name === p.alternative)!),
    );
    if (either) return either;
    const askedFor = this.askedForByRefusal(frame.tool);
    const needed = params.find((p) => !p.required && !filled(p) && askedFor.has(p));
    if (needed) return needed;
    return params.find((p) => this.isSoft(frame, p) && !filled(p));
  }

  /**
   * Optional arguments a refusal asked for ("I need both the card number and the surname. Ask for
   * whichever is missing."): named by their label in a failed call's message since this tool last
   * succeeded. Tools that check their own inputs declare them optional; their refusal says what is
   * needed, so those are asked for, not guessed or skipped. Read from the whole chat, as the call
   * is replayed turn by turn.
   */
  private refusalAsks?: { tool: ToolInfo; items: readonly TurnItem[]; length: number; found: Set<ParamSpec> };

  protected askedForByRefusal(tool: ToolInfo): Set<ParamSpec> {
    const items = this.view.items;
    // Opening a frame and finding its first missing argument both ask, for the same chat.
    const cached = this.refusalAsks;
    if (cached?.tool === tool && cached.items === items && cached.length === items.length) return cached.found;
    const optional = tool.params.filter((p) => !p.required && p.kind !== 'boolean');
    const found = new Set<ParamSpec>();
    this.refusalAsks = { tool, items, length: items.length, found };
    if (!optional.length || tool.kind !== 'business') return found;
    // "For move_out: the account number" while the refused call was a move_in: not asked for.
    const refused = this.lastRefusedArgs(tool);
    for (let i = items.length - 1; i >= 0; i -= 1) {
      const item = items[i]!;
      if (item.type !== 'output') continue;
      if (!item.isError && item.name === tool.name) break;
      const said = item.output.toLowerCase();
      if (!item.isError) continue;
      // "What is the visit for? Ask: a checkup, a vaccination or a dental": a question listing a list's values.
      const listsValues = (p: ParamSpec) =>
        said.includes('?') && (p.enumValues ?? []).filter((v) => said.includes(v.toLowerCase())).length >= 2;
      for (const p of optional)
        if (!forOtherCase(p, tool, refused) && (asksFor(p, said) || listsValues(p))) found.add(p);
    }
    return found;
  }

  /** Start a request for `tool`: facts, earlier typed values, the same tool's last call, then this turn. */
  protected async openFrame(tool: ToolInfo, a: Analysis | undefined, index: number, state?: State): Promise<Frame> {
    const args: Record<string, unknown> = { ...this.factsFor(tool) };
    // Said before this agent took over, in a part of the call its chat does not hold.
    Object.assign(args, await this.typedEarlier(tool));
    for (const { index: i, item } of this.userTurns()) {
      if (i >= index) break;
      const earlier = await this.policy.analyse(this.classifier, item.text);
      Object.assign(args, extractArgs(tool, earlier.u, this.extractOptions(tool, { typedOnly: true })).values);
    }
    const previous = state?.done.get(tool.name);
    // Only a step sequence ("I tried that, what next?") continues the last call: same details,
    // next step. Any other call is a new request ("and one penne" after "two pizzas"): its values
    // come from this request and the answers to its questions, never from the call before.
    const continues = previous !== undefined && tool.params.some((p) => p.counter);
    if (previous && continues) {
      for (const p of tool.params) {
        if (p.counter) {
          const last = typeof previous[p.name] === 'number' ? (previous[p.name] as number) : 1;
          args[p.name] = last + 1;
        } else if (previous[p.name] !== undefined && args[p.name] === undefined) args[p.name] = previous[p.name];
      }
    }
    // The same request narrowed after a call listed the values of a choice it left open.
    for (const [k, v] of Object.entries(listingCallArgs(tool, state, this.view.items) ?? {}))
      if (args[k] === undefined) args[k] = v;
    // A refusal that asked for more ("I need the card number too"): what was given stands.
    if (tool.kind === 'business' && this.askedForByRefusal(tool).size > 0)
      for (const [k, v] of Object.entries(this.lastRefusedArgs(tool))) if (args[k] === undefined) args[k] = v;
    const frame: Frame = { tool, args, dates: {}, skipped: new Set() };
    // Asking again ("still not working") is not a new description: free text stays as first said.
    // A hand-back's result comes from what the tools did, not from the caller's closing words.
    const counted = tool.params.filter((p) => p.counter).map((p) => [p.name, args[p.name]] as const);
    // "How many people would use it?" asked before the request opened: a bare number answers it.
    const unfilled = tool.params.filter((p) => args[p.name] === undefined);
    frame.expecting = a ? countAskedBefore(this.view.items, index, unfilled) : undefined;
    if (a) this.absorb(frame, a, !continues && tool.kind !== 'return');
    // "tried that one too": the step counter goes on from the last call, whatever number was said.
    if (previous && continues) for (const [name, n] of counted) frame.args[name] = n;
    if (a && tool.kind === 'business') {
      otherWhenNoneFits(frame, a);
      await this.kindFromEarlier(frame, index);
    }
    if (tool.kind === 'business') this.fillFromResults(frame, a);
    if (tool.kind === 'return') this.fillReturn(frame, a);
    await this.backfillText(frame, index);
    frame.expecting = this.firstMissing(frame);
    return frame;
  }

  /** The arguments of this tool's last call, when it was refused. */
  protected lastRefusedArgs(tool: ToolInfo): Record<string, unknown> {
    const items = this.view.items;
    for (let i = items.length - 1; i >= 0; i -= 1) {
      const item = items[i]!;
      if (item.type !== 'call' || item.name !== tool.name) continue;
      const output = items.slice(i + 1).find((o) => o.type === 'output' && o.callId === item.callId);
      return output?.type === 'output' && output.isError ? item.args : {};
    }
    return {};
  }

  /** Ids another tool's result supplies (see from_results.ts), for arguments still empty. */
  protected fillFromResults(frame: Frame, a: Analysis | undefined): void {
    const names = this.callable.map((t) => t.name);
    for (const p of frame.tool.params) {
      if (p.kind !== 'identifier' || frame.args[p.name] !== undefined) continue;
      const source = sourceTool(p, names);
      const id = source ? idFromResults(source, this.view.items, a?.text ?? '') : undefined;
      if (id && valueFits(p, id)) frame.args[p.name] = id;
    }
  }

  /**
   * A kind with an "other" (what happened: water, theft, other) that this line did not name: the
   * latest earlier line that named one in its words ("somebody nicked two bikes" said first, then
   * "last night, two bikes and a mower gone"). `required`: also a required kind with no "other",
   * for a step the agent proposed (its request was said before, in the caller's own words).
   */
  protected async kindFromEarlier(frame: Frame, index: number, required = false): Promise<void> {
    const kinds = frame.tool.params.filter(
      (p) =>
        ((p.enumValues ?? []).some((v) => /^other$/i.test(v)) &&
          (frame.args[p.name] === undefined || /^other$/i.test(String(frame.args[p.name])))) ||
        (required && p.kind === 'enum' && p.required && frame.args[p.name] === undefined),
    );
    if (!kinds.length) return;
    const lines = [
      ...this.view.earlier,
      ...this.userTurns()
        .filter((t) => t.index < index)
        .map((t) => t.item.text),
    ];
    for (const p of kinds) {
      for (const line of [...lines].reverse()) {
        const m = matchEnum(
          (await this.policy.analyse(this.classifier, line)).u,
          p.enumValues ?? [],
          p.description,
          p.listed,
        );
        if (!m || m.via === 'typo' || /^other$/i.test(m.value)) continue;
        frame.args[p.name] = m.value;
        break;
      }
    }
  }

  /** Exact values (ids, emails, cue-introduced names and birth dates) the caller said before this agent's chat began. */
  protected async typedEarlier(tool: ToolInfo): Promise<Record<string, unknown>> {
    const values: Record<string, unknown> = {};
    for (const text of this.view.earlier) {
      const earlier = await this.policy.analyse(this.classifier, text);
      Object.assign(values, extractArgs(tool, earlier.u, this.extractOptions(tool, { typedOnly: true })).values);
    }
    return values;
  }

  /** Returning to the caller's previous agent: the result is what the tools said and the caller's words. */
  /** The caller's words name work of a desk reached back through this hand-back ("the bill part"). */
  private namesWorkBack(back: ToolInfo, a: Analysis): boolean {
    const said = this.classifier.scopeScores(a.text).find((s) => s.intent === back.name)?.score ?? 0;
    return said >= POLICY_THRESHOLDS.scopeWords;
  }

  protected fillReturn(frame: Frame, a: Analysis | undefined): void {
    const lastOutput = [...this.view.items]
      .reverse()
      .find((i): i is OutputItem => i.type === 'output' && !i.isError && this.byName.get(i.name)?.kind === 'business');
    const outcome = lastOutput ? toolOutputText(lastOutput.output).split(SENTENCE_BREAK)[0] : undefined;
    for (const p of frame.tool.params) {
      if (frame.args[p.name] !== undefined) continue;
      if (p.kind === 'boolean' && a) {
        // Taking leave without a yes or no ("ok, I'll think about it. bye"), or moving on to the
        // work of a desk back there ("now the bill part"): done if a tool did its work.
        // Or with a question only the agent back there answers ("and what time do you close?").
        const movesOn =
          a.goodbye ||
          this.namesWorkBack(frame.tool, a) ||
          (asksQuestion(a.text) && (frame.tool.back ?? []).some(answersQuestions));
        // Nothing a tool did here: the flag is false whatever the caller's words ("fine. bye").
        const v = lastOutput === undefined ? false : (polarity(a.text) ?? (movesOn ? true : undefined));
        if (v !== undefined) frame.args[p.name] = v;
      } else if (
        p.type === 'string' &&
        /\b(?:summary|what was done|outcome|result|note)\b/i.test(`${p.label} ${p.description}`)
      ) {
        const caller = a ? cleanText(a.text, 120) : '';
        const parts = [outcome, caller ? `Caller: ${caller}` : undefined].filter(Boolean);
        const value = cleanText(parts.join(' '), p.maxLength ?? 300);
        if (valueFits(p, value)) frame.args[p.name] = value;
      }
    }
  }

  /**
   * A required description ("summary") the caller gave before asking: what they said they need
   * (a known fact) and their latest descriptive turn.
   */
  protected async backfillText(frame: Frame, beforeIndex: number): Promise<void> {
    const missing = frame.tool.params.filter(
      (p) => p.required && p.kind === 'text' && !p.options && frame.args[p.name] === undefined,
    );
    if (!missing.length || frame.tool.kind !== 'business') return;
    const request = new Set(this.extractOptions(frame.tool, {}).requestWords);
    let latest: string | undefined;
    let named: string | undefined;
    for (const { item } of this.userTurns()
      .filter((t) => t.index < beforeIndex)
      .reverse()) {
      const earlier = await this.policy.analyse(this.classifier, item.text);
      if (earlier.noise || earlier.goodbye || !isDescriptive(withoutIntroduction(earlier.text), request)) continue;
      const described = describingPart(withoutIntroduction(earlier.text), request);
      latest = cleanText(described);
      // A title or search words: the name in the request, not the whole line around it.
      named = cleanText(namedPart(withoutChosenKinds(described, frame.tool.params, frame.args), request));
      break;
    }
    const detail = this.factDetail ? cleanText(this.factDetail) : undefined;
    const parts = [detail, latest].filter((p): p is string => Boolean(p));
    if (parts.length === 2 && parts[0]!.toLowerCase() === parts[1]!.toLowerCase()) parts.pop();
    if (!parts.length) return;
    const text = parts.map((p) => p.replace(/[.!?]*$/, '.')).join(' ');
    for (const p of missing) {
      const v = cleanText(named && namesAThing(p) ? named : text, p.maxLength ?? 300);
      const value = p.type === 'array' ? [v] : v;
      if (valueFits(p, value)) frame.args[p.name] = value;
    }
  }

  /** Add what one utterance says to a frame (later values override earlier ones: corrections). */
  protected absorb(frame: Frame, a: Analysis, opening: boolean): { answered: boolean; any: boolean; strong: boolean } {
    const expecting = frame.expecting;
    const ex = extractArgs(frame.tool, a.u, this.extractOptions(frame.tool, { expecting, opening, held: frame.args }));
    let any = false;
    for (const [k, v] of Object.entries(ex.values)) {
      frame.args[k] = v;
      any = true;
    }
    for (const [k, d] of Object.entries(ex.dates)) {
      const p = frame.tool.params.find((q) => q.name === k)!;
      const merged = mergeDate(frame.dates[k], d);
      frame.dates[k] = merged;
      if (dateComplete(p, merged)) {
        const value = dateToValue(p, merged);
        if (valueFits(p, value)) frame.args[k] = value;
      }
      any = true;
    }
    const alt = expecting?.alternative;
    const answered =
      expecting !== undefined &&
      (ex.values[expecting.name] !== undefined ||
        ex.dates[expecting.name] !== undefined ||
        (alt !== undefined && ex.values[alt] !== undefined));
    const strong =
      expecting !== undefined &&
      (ex.typed.includes(expecting.name) ||
        ex.dates[expecting.name] !== undefined ||
        (alt !== undefined && ex.typed.includes(alt)));
    // A day or time found is as exact as a typed value ("Thursday morning" while the number is asked).
    const dated = Object.values(ex.dates).some((d) => d.hasDay || d.hasTime);
    return { answered, any: any && (answered || ex.typed.length > 0 || dated || opening), strong };
  }

  protected callArgs(frame: Frame): Record<string, unknown> {
    const args: Record<string, unknown> = {};
    const back = this.takenBackNow(frame.tool);
    // "only the departure day can change": the other changes that call carried are not asked again.
    const refused = frame.tool.kind === 'business' ? refusedChanges(frame.tool, this.view.items) : {};
    for (const p of frame.tool.params) {
      const v = frame.args[p.name];
      if (p.name in refused && JSON.stringify(refused[p.name]) === JSON.stringify(v)) continue;
      if (v !== undefined && valueFits(p, v) && !back.has(p.name)) args[p.name] = v;
    }
    return args;
  }

  /**
   * The details the caller's latest line takes back by name and does not give anew ("forget the
   * account number then, use my email"): whichever way the call was put together (a retry of a
   * refused one, earlier turns read again), the value given up on is left out.
   */
  private takenBackNow(tool: ToolInfo): Set<string> {
    const line = this.userTurns().at(-1)?.item.text;
    const back = line ? takenBackParams(line, tool.params) : [];
    if (!back.length) return new Set();
    const now = extractArgs(tool, prepareUtterance(line!), this.extractOptions(tool, { typedOnly: true })).values;
    return new Set(back.filter((p) => now[p.name] === undefined).map((p) => p.name));
  }

  /** Typed values said after a request was put on hold ("my email is …" while verifying). */
  protected async addLaterTyped(frame: Frame, after: number): Promise<void> {
    for (const { index, item } of this.userTurns()) {
      if (index <= after) continue;
      const a = await this.policy.analyse(this.classifier, item.text);
      Object.assign(
        frame.args,
        extractArgs(frame.tool, a.u, this.extractOptions(frame.tool, { typedOnly: true })).values,
      );
    }
  }

  /**
   * Values for `params` the caller said earlier in the call, in any words the argument knows
   * ("her booster shots" for a listed vaccination): the latest line that gives each.
   */
  protected async saidEarlier(tool: ToolInfo, params: readonly ParamSpec[]): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    const lines = [...this.view.earlier, ...this.userTurns().map((t) => t.item.text)];
    for (const text of lines) {
      const a = await this.policy.analyse(this.classifier, text);
      const values = extractArgs(tool, a.u, this.extractOptions(tool, {})).values;
      for (const p of params)
        if (values[p.name] !== undefined && valueFits(p, values[p.name])) out[p.name] = values[p.name];
    }
    return out;
  }

  /** A frame for `tool` from the whole conversation (facts, typed values, earlier args). */
  protected async frameFromHistory(tool: ToolInfo, state: State, seed: Record<string, unknown> = {}): Promise<Frame> {
    const frame = await this.openFrame(tool, undefined, this.view.items.length, state);
    Object.assign(frame.args, seed);
    frame.expecting = this.firstMissing(frame);
    return frame;
  }
}

/**
 * A request described at length that names none of a list's values ("a baseball came through the
 * window" for water, fire, theft, storm or other): the list's "other" value, when it has one.
 */
function otherWhenNoneFits(frame: Frame, a: Analysis): void {
  if (a.words < POLICY_THRESHOLDS.describedWords) return;
  for (const p of frame.tool.params) {
    const values = p.enumValues ?? [];
    const other = values.find((v) => /^other$/i.test(v));
    if (!other) continue;
    // A near spelling in a long description ("window" for "wind") is no value named.
    const m = matchEnum(a.u, values, p.description, p.listed);
    if (m && m.via !== 'typo') continue;
    if (frame.args[p.name] !== undefined && frame.args[p.name] !== m?.value) continue;
    frame.args[p.name] = other;
  }
}
