// Tools a line reaches by its values rather than its words: a record id only one onward desk takes,
// details that complete another tool, an item and a count, which way an item goes, an order or a
// question said where another desk serves it.
import { ACQUIRE_CUES, REFERS_BACK, REMOVE_CUES } from '../lexicon/index.js';
import { addsItems, answersQuestions, orders, takesItemOut } from './catalogue.js';
import { asksSomething } from '../cues.js';
import { prepareUtterance } from '../slots/index.js';
import { speakToolOutput } from '../speakable.js';
import { extractArgs, type Extracted } from '../slot_filling.js';
import { isCount } from '../param_spec.js';
import { findCounts } from '../slots/count.js';
import { findIdentifiers } from '../slots/identifier.js';
import type { ToolInfo } from '../tool_catalog.js';
import type { Analysis } from '../analysis/analysis.js';
import type { Frame } from '../frame/frame.js';
import { FrameBuilder } from '../frame/frame_builder.js';
import { requestPart, undoesUnasked } from './request_words.js';
import { clearDesk, troubleDesk } from './meaning_route.js';

/** Routes by values, under the intent reader. */
export class ValueRoutes extends FrameBuilder {
  /**
   * A record's id said ("ticket SC-4835", "ticket four eight two two") that no tool here takes and
   * the tools of exactly one onward desk do: that desk's business ("what's the holdup with my
   * bike, ticket 4822" is about the ticket, not a question for the front desk's notes).
   */
  protected transferForRecordId(a: Analysis): ToolInfo | undefined {
    const takesId = (t: ToolInfo) => {
      if (t.kind !== 'business' || !t.params.some((p) => p.kind === 'identifier')) return false;
      const typed = extractArgs(t, a.u, this.extractOptions(t, { typedOnly: true })).typed;
      return t.params.some((p) => p.kind === 'identifier' && typed.includes(p.name));
    };
    if (this.callable.some(takesId)) return undefined;
    const desks = this.callable.filter(
      (t) => (t.kind === 'handoff' || t.kind === 'call') && t.ready?.() !== false && (t.later ?? []).some(takesId),
    );
    if (desks.length <= 1) return desks[0];
    // The line's own request decides first ("book a grooming for pip, member number 2210" goes to
    // booking, though the records desk's every tool takes the member number too).
    const text = requestPart(a);
    const meant = clearDesk(text, desks) ?? troubleDesk(text, desks);
    if (meant) return meant;
    // Several desks take the id ("booking r t four eight two one … bring the car back later" where
    // the booking desk, roadside and the desk that adds extras after a new booking all take a
    // reference): the desks whose work is that record (all their tools take it), then the one of
    // those the line's meaning names.
    const shares = new Map(
      desks.map((t) => {
        const work = (t.later ?? []).filter((l) => l.kind === 'business');
        return [t, work.filter(takesId).length / Math.max(1, work.length)] as const;
      }),
    );
    const most = Math.max(...shares.values());
    const about = desks.filter((d) => shares.get(d) === most);
    return about.length === 1 ? about[0] : clearDesk(text, about);
  }

  /**
   * The one onward desk with a tool this line completes on its own: every required argument of it
   * a day, a choice or a number the line gives ("what have you got from next monday for three days"
   * fills a quote's pick-up and return days). Free text, names and ids never count (any desk takes
   * those), nor a tool that requires nothing.
   */
  protected transferCompletedByValues(a: Analysis): ToolInfo | undefined {
    const typedKinds = new Set(['date', 'datetime', 'time', 'enum', 'number']);
    const completes = (t: ToolInfo) => {
      const required = t.params.filter((p) => p.required);
      if (t.kind !== 'business' || required.length === 0 || !required.every((p) => typedKinds.has(p.kind)))
        return false;
      const ex = extractArgs(t, a.u, this.extractOptions(t, {}));
      return required.every((p) => ex.values[p.name] !== undefined || ex.dates[p.name]?.hasDay === true);
    };
    const desks = this.callable.filter(
      (t) => (t.kind === 'handoff' || t.kind === 'call') && t.ready?.() !== false && (t.later ?? []).some(completes),
    );
    if (desks.length <= 1) return desks[0];
    // A tool every one of those desks has (adding extras, at the booking desk and the desk that
    // changes bookings) says nothing about which: the one desk completed by a tool of its own.
    const everywhere = (name: string) => desks.every((d) => (d.later ?? []).some((l) => l.name === name));
    const own = desks.filter((d) => (d.later ?? []).some((l) => !everywhere(l.name) && completes(l)));
    return own.length === 1 ? own[0] : undefined;
  }

  /** The business tool whose required arguments this utterance fills on its own with exact formats. */
  protected toolFilledByValues(a: Analysis, settled?: ReadonlySet<string>): ToolInfo | undefined {
    let best: { tool: ToolInfo; filled: number } | undefined;
    let tie = false;
    for (const tool of this.callable) {
      if (tool.kind !== 'business' || tool.params.length === 0 || undoesUnasked(tool, a.text)) continue;
      // A request a refusal settled ("already a patient here") is not made again by details alone.
      if (settled?.has(tool.name)) continue;
      const ex = besideExact(tool, extractArgs(tool, a.u, this.extractOptions(tool, { typedOnly: true })), () =>
        extractArgs(tool, a.u, this.extractOptions(tool, {})),
      );
      // Two exact details, required or not ("Ann Lee, 978 555 0142" for a name and an optional phone).
      const strong = tool.params.filter((p) => ex.typed.includes(p.name)).length;
      const frame: Frame = { tool, args: { ...this.factsFor(tool), ...ex.values }, dates: {}, skipped: new Set() };
      // Or the one exact detail a tool takes and nothing else ("ann at example dot com" for a tool
      // that only needs an email): it says what to do with it.
      // Only an exact format (an email, a phone, an id), never a listed item ("the basil" is no removal).
      const whole =
        strong >= 1 &&
        strong === tool.params.length &&
        tool.params.every((p) => p.kind === 'email' || p.kind === 'phone' || p.kind === 'identifier');
      if ((strong < 2 && !whole) || this.firstMissing(frame)) continue;
      if (!best || strong > best.filled) {
        best = { tool, filled: strong };
        tie = false;
      } else if (strong === best.filled) tie = true;
    }
    return best && !tie ? best.tool : undefined;
  }

  /**
   * The business tool an item and a count said without request words are for ("the penne then,
   * three of those"): the only one whose listed values name the item and that takes a quantity.
   */
  protected toolForItemAndCount(a: Analysis): ToolInfo | undefined {
    if (findCounts(a.u).length === 0) return undefined;
    const fits = this.callable.filter((t) => {
      if (t.kind !== 'business' || !t.params.some((p) => p.kind === 'number' && isCount(p))) return false;
      // The item may be named by a synonym ("the penne" for penne arrabbiata): any listed value will do.
      const values = extractArgs(t, a.u, this.extractOptions(t, {})).values;
      return t.params.some((p) => (p.kind === 'enum' || p.options) && p.required && values[p.name] !== undefined);
    });
    return fits.length === 1 ? fits[0] : undefined;
  }

  /**
   * Tools that take the same item (put in / take out), told apart by which way the caller's words
   * go: "I wanna order a carbonara" puts it in, "no salad after all" takes it out. The item must be
   * named and only one of those tools go that way.
   */
  protected toolByItemDirection(a: Analysis): ToolInfo | undefined {
    const named = this.callable.filter((t) => {
      if (t.kind !== 'business') return false;
      const values = extractArgs(t, a.u, this.extractOptions(t, {})).values;
      return t.params.some((p) => p.kind === 'enum' && p.required && values[p.name] !== undefined);
    });
    if (named.length === 0) return undefined;
    const text = requestPart(a);
    const removing = REMOVE_CUES.test(text);
    const acquiring = ACQUIRE_CUES.test(text.replace(new RegExp(REMOVE_CUES.source, 'gi'), ' '));
    if (removing === acquiring) return undefined;
    // A question about the item ("before I order, does the gelato have nuts?") is not ordering it.
    if (acquiring && !orders(text)) return undefined;
    const fits = named.filter((t) => (removing ? takesItemOut(t) : !takesItemOut(t) && addsItems(t)));
    return fits.length === 1 ? fits[0] : undefined;
  }

  /**
   * An order said where nothing takes orders ("I'll take one of those" at the catalogue desk): the
   * one transfer whose agent puts listed items in an order, when the words order something — an
   * item it lists, how many, or one just talked about. Questions about items stay here.
   */
  protected transferForOrder(a: Analysis): ToolInfo | undefined {
    if (this.callable.some(addsItems)) return undefined;
    const text = requestPart(a);
    const targets = this.callable.filter(
      (t) => (t.kind === 'handoff' || t.kind === 'call') && (t.later ?? []).some(addsItems),
    );
    if (targets.length !== 1) return undefined;
    const adder = targets[0]!.later!.find(addsItems)!;
    const values = extractArgs(adder, a.u, this.extractOptions(adder, {})).values;
    const named = adder.params.some((p) => p.kind === 'enum' && values[p.name] !== undefined);
    const counted = findCounts(a.u).length > 0;
    // No ordering words, but an item it lists and how many ("ok the mushroom one then, just one"):
    // a pick from what was talked about, not a question.
    if (!orders(text))
      return named && counted && !asksSomething(text) && !REMOVE_CUES.test(text) ? targets[0] : undefined;
    return named || counted || REFERS_BACK.test(text) ? targets[0] : undefined;
  }

  /**
   * A question this agent has no tool to answer: the one transfer whose agent answers questions and
   * does little else (a catalogue or FAQ desk), when there is one.
   */
  protected transferForQuestion(a: Analysis): ToolInfo | undefined {
    if (this.callable.some(answersQuestions) || orders(requestPart(a))) return undefined;
    const desks = this.callable.filter((t) => {
      if (t.kind !== 'handoff' && t.kind !== 'call') return false;
      const work = (t.later ?? []).filter((l) => l.kind === 'business');
      return work.length > 0 && work.every(answersQuestions);
    });
    return desks.length === 1 ? desks[0] : undefined;
  }

  /**
   * "I'll take one of those" names no item: the one item the call talked about last (a tool's
   * answer, the agent's line or the caller's own question before it), added to the words.
   */
  protected async withReferent(a: Analysis, index: number): Promise<Analysis> {
    const adder = this.callable.find(addsItems);
    const text = requestPart(a);
    if (!adder || !orders(text) || !REFERS_BACK.test(text)) return a;
    const param = adder.params.find((p) => p.kind === 'enum' && p.required)!;
    const opts = this.extractOptions(adder, {});
    if (extractArgs(adder, a.u, opts).values[param.name] !== undefined) return a;
    for (let i = index - 1; i >= 0; i -= 1) {
      const item = this.view.items[i]!;
      const said =
        item.type === 'output'
          ? item.isError
            ? ''
            : speakToolOutput(item.output).text
          : 'text' in item
            ? item.text
            : '';
      if (!said) continue;
      const value = extractArgs(adder, prepareUtterance(said), opts).values[param.name];
      if (value === undefined) continue;
      return this.policy.analyse(this.classifier, `${a.text} ${String(value).replace(/[_-]+/g, ' ')}`);
    }
    return a;
  }

  /**
   * Another business tool that one of this utterance's exact values (an id, an email) is for.
   * `held`: values the line repeats for a call already made ("what fits the three of us" after a
   * quote for 3), which are no new detail for another tool.
   */
  protected toolGivenValues(a: Analysis, not: ToolInfo, held: Record<string, unknown> = {}): ToolInfo | undefined {
    const repeated = new Set(Object.values(held).map((v) => String(v).toLowerCase()));
    const fresh = (t: ToolInfo) => {
      const ex = extractArgs(t, a.u, this.extractOptions(t, { typedOnly: true }));
      return ex.typed.filter((k) => !repeated.has(String(ex.values[k]).toLowerCase())).length;
    };
    const scored = this.callable
      .filter((t) => t.kind === 'business' && t !== not)
      .map((t) => ({
        t,
        n: fresh(t),
        s: a.scores.find((x) => x.intent === t.name)?.score ?? 0,
      }))
      .filter((x) => x.n > 0)
      .sort((x, y) => y.n - x.n || y.s - x.s);
    return scored[0]?.t;
  }

  /** The utterance gives an exact value (an id, an email) one of this agent's business tools takes. */
  protected givesOwnValue(a: Analysis): boolean {
    return this.callable.some(
      (t) =>
        t.kind === 'business' &&
        (extractArgs(t, a.u, this.extractOptions(t, { typedOnly: true })).typed.length > 0 ||
          // An id of letters and digits ("INV-3101") said without its cue word is still an id.
          t.params.some(
            (p) =>
              p.kind === 'identifier' &&
              findIdentifiers(a.u, p.pattern).some((f) => /[a-z]/i.test(f.value) && /\d/.test(f.value)),
          )),
    );
  }
}

/**
 * "anna kim, 978 555 0177": a name in a part of its own beside a phone number or email the same
 * tool takes is as exact as they are, though no cue ("my name is") introduced it.
 */
function besideExact(tool: ToolInfo, typed: Extracted, loose: () => Extracted): Extracted {
  const names = tool.params.filter((p) => p.kind === 'person_name' && typed.values[p.name] === undefined);
  const exact = tool.params.some((p) => (p.kind === 'phone' || p.kind === 'email') && typed.typed.includes(p.name));
  if (!names.length || !exact) return typed;
  const more = loose();
  const named = names.filter((p) => more.typed.includes(p.name) && more.values[p.name] !== undefined);
  if (!named.length) return typed;
  return {
    ...typed,
    values: { ...typed.values, ...Object.fromEntries(named.map((p) => [p.name, more.values[p.name]])) },
    typed: [...typed.typed, ...named.map((p) => p.name)],
  };
}
