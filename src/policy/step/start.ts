// Starting on a request: open its frame, take several items or a count said with it, and the
// corrections that repeat the last call with a new value.

import { valueFits } from '../value_fits.js';
import { LISTS_OPTIONS } from '../lexicon/index.js';
import { extractArgs } from '../slot_filling.js';
import { countsPeople, isCount } from '../param_spec.js';
import { findNumbers, prepareUtterance } from '../slots/index.js';
import type { ToolInfo } from '../tool_catalog.js';
import { correctedNumber, isCorrection, repeatable } from './correction.js';
import { dateComplete, dateToValue } from '../slot_dates.js';
import {
  articleCount,
  definiteCount,
  itemsFromParts,
  onlyLabelledValue,
  ownThing,
  splitParts,
} from './several_items.js';
import type { Analysis } from '../analysis/analysis.js';
import type { Frame, Outcome, State } from '../frame/frame.js';
import { FailedRetry } from './retry_failed.js';
import { confirmsCount } from './count_confirmed.js';
import { swapParts } from './swap.js';
import { addsItems, orderedPart, takesItemOut } from '../intent/catalogue.js';
import { LISTED_POINTER_WORDS, SELECTS_OFFERED, stem } from '../lexicon/index.js';
import { GENERIC_WORDS } from '../lexicon/generic_words.js';

// "whenever's soonest", "the earliest you have", "first available", "whatever's first": any
// option, the earliest one.
export const SOONEST =
  /\b(?:soonest|earliest|first (?:available|free|opening|slot)|next (?:available|free|opening)|as soon as (?:possible|you can)|asap|(?:the|that) first one|(?:what|which)(?:ever)?(?:'s| is) first)\b/i;
export { SELECTS_OFFERED };

/** Starting on a request the caller made, and correcting the last one. */
export class Starter extends FailedRetry {
  /** The caller's previous turn asked for the earliest option ("whenever's soonest"). */
  protected askedSoonestBefore(index: number): boolean {
    for (let i = index - 1; i >= 0; i--) {
      const item = this.view.items[i]!;
      if (item.type === 'user') return SOONEST.test(item.text);
    }
    return false;
  }

  /**
   * "whenever's soonest" before anything was offered: the search, narrowed by what the same breath
   * says exactly ("any afternoon, whenever's soonest") and by exact values said before ("i've got
   * a corn snake" at the desk before); nothing else is asked for.
   */
  protected async soonestListing(a: Analysis, index: number, state: State): Promise<Outcome | undefined> {
    const search = SOONEST.test(a.text) ? this.searchTool() : undefined;
    if (!search) return undefined;
    const known = (await this.openFrame(search, undefined, index, state)).args;
    const said = { ...known, ...extractArgs(search, a.u, this.extractOptions(search, { typedOnly: true })).values };
    const skipped = new Set(search.params.map((p) => p.name).filter((n) => said[n] === undefined));
    const frame: Frame = { tool: search, args: said, dates: {}, skipped };
    return { kind: 'call', frame, fresh: true };
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

  /**
   * The search to run before `tool` when `tool` takes one of the options a search just offered
   * ("at one of the times find_times just offered") and no search has listed any in this chat:
   * the search its description names, else the one tool here that lists options.
   */
  protected searchBeforePick(tool: ToolInfo, index: number): ToolInfo | undefined {
    if (tool.kind !== 'business') return undefined;
    // "item_id: The item number from search_catalogue": the tool its argument comes from.
    const source = this.callable.find((t) => t !== tool && t.kind === 'business' && this.argumentFrom(tool, t));
    if (!source && !SELECTS_OFFERED.test(tool.description)) return undefined;
    if (!tool.params.some((p) => p.required && p.type === 'string')) return undefined;
    const named = this.callable.find(
      (t) =>
        t !== tool && t.kind === 'business' && !t.params.some((p) => p.required) && tool.description.includes(t.name),
    );
    const search = source ?? named ?? this.searchTool();
    if (!search || search === tool) return undefined;
    const listed = this.view.items
      .slice(0, index)
      .some((i) => i.type === 'output' && !i.isError && i.name === search.name);
    return listed ? undefined : search;
  }

  /** One of `tool`'s required arguments comes from `source` ("The item number from search_catalogue"). */
  protected argumentFrom(tool: ToolInfo, source: ToolInfo): boolean {
    const named = new RegExp(`\\b${source.name}\\b`);
    return tool.params.some((p) => p.required && p.type === 'string' && named.test(p.description));
  }

  /**
   * The thing a line names for `search` (its free-text query, as the line says it) when no earlier
   * search this call asked for it or listed it: "ok then put blue train on hold instead" after a
   * search found kind of blue. Undefined for a line naming nothing new ("put it on hold at south").
   */
  protected async newThingToSearch(search: ToolInfo, a: Analysis, index: number, state: State): Promise<boolean> {
    const query = search.params.find((p) => p.required && p.kind === 'text');
    if (!query) return false;
    // The request is the line's last sentence ("oh right, I have it out. ok then hold X instead").
    const last = a.text.split(/(?<=[.!?])\s+/).at(-1) ?? a.text;
    const listing = await this.openFrame(search, await this.policy.analyse(this.classifier, last), index, state);
    const said = listing.args[query.name];
    if (typeof said !== 'string') return false;
    // What earlier searches asked for and listed: a word of it ("the dvd one") points back at those.
    const before = this.view.items
      .slice(0, index)
      .flatMap((i) =>
        i.type === 'call' && i.name === search.name
          ? [String(i.args[query.name] ?? '')]
          : i.type === 'output' && i.name === search.name
            ? [i.output]
            : [],
      );
    if (before.length === 0) return false;
    const known = new Set(
      before
        .join(' ')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .map(stem),
    );
    const words = said
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 3 && !GENERIC_WORDS.has(w) && !LISTED_POINTER_WORDS.has(w));
    // One word no search asked for or listed ("dune messiah" after "dune") names another thing.
    return words.some((w) => !known.has(stem(w)));
  }

  /**
   * A request refused for the thing a search found, asked again for another thing by name ("oh I
   * bought that one. ok then put blue train on hold instead"): the search for the thing
   * now named, and the request then goes on with what it finds — never the refused call again with
   * the old thing's number.
   */
  protected async otherThingAfterRefusal(a: Analysis, index: number, state: State): Promise<Outcome | undefined> {
    const last = state.lastCall;
    if (!last?.error || state.frame || last.tool.kind !== 'business' || !this.callable.includes(last.tool))
      return undefined;
    // Said as a change ("… instead", "actually …"): details the refusal asked for ("four eight two
    // one, gonzalez") name no thing to search for.
    if (!isCorrection(a.text)) return undefined;
    const tool = last.tool;
    const search = this.callable.find((t) => t !== tool && t.kind === 'business' && this.argumentFrom(tool, t));
    if (!search || !(await this.newThingToSearch(search, a, index, state))) return undefined;
    const listing = await this.openFrame(search, a, index, state);
    if (listing.expecting) return undefined;
    listing.deferred = { tool, index };
    return { kind: 'call', frame: listing, fresh: true };
  }

  /** Open a request, or its prerequisite first (the request waits in `deferred`). */
  protected async start(tool: ToolInfo, a: Analysis, index: number, state: State): Promise<Outcome> {
    let prereq = this.unmetPrerequisite(tool, state);
    // A guard's prerequisite spares asking for the request's details before it; a request said in
    // full is tried as it is (a refusal then brings the prerequisite in, and the retry after it).
    if (prereq && this.onlyGuardPuts(prereq, tool) && !(await this.openFrame(tool, a, index, state)).expecting)
      prereq = undefined;
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
    // "book Luna in with Dr. Brennan on Friday" where booking takes one of the times a search
    // offers, and none was offered yet: the search first, with what the line says.
    const search = this.searchBeforePick(tool, index);
    if (search) {
      // Only when the line narrows the search (a day, a part of it, a person) or asks for the
      // soonest: "I want to book something for my dog" is asked which day suits.
      const listing = await this.openFrame(search, a, index, state);
      const known = await this.openFrame(search, undefined, index, state);
      const narrows = Object.keys(listing.args).some((k) => listing.args[k] !== known.args[k]);
      if (!listing.expecting && (narrows || SOONEST.test(a.text))) {
        // A search an argument comes from ("the item number from search_catalogue"): the request
        // waits for it and goes on with what it found.
        if (this.argumentFrom(tool, search)) listing.deferred = { tool, index };
        return { kind: 'call', frame: listing, fresh: true };
      }
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
    // "Only the stew? Well, I'll have the stew and a salad": the items are those ordered, not asked about.
    const texts = splitParts(orderedPart(a.u.norm));
    if (texts.length < 2) return undefined;
    const count = tool.params.find((p) => p.required && (p.type === 'integer' || p.type === 'number'));
    // A count of people ("how many would use it"): "me and one part timer" is one group, not two items.
    if (count && countsPeople(count)) return undefined;
    const parts = texts.map((text) => {
      const u = prepareUtterance(text);
      const typed = extractArgs(tool, u, this.extractOptions(tool, { typedOnly: true })).values;
      // "room 214" among the parts: the room, not a second item read from its label word.
      const values = onlyLabelledValue(text, typed)
        ? { ...typed }
        : extractArgs(tool, u, this.extractOptions(tool, {})).values;
      // "a caesar salad", "can I get a funghi pizza": the article is a count of one.
      const guessed = count !== undefined && values[count.name] === undefined && isCount(count);
      if (guessed) values[count.name] = articleCount(text) ?? definiteCount(text);
      if (count && values[count.name] === undefined) delete values[count.name];
      return { text, values, guessed };
    });
    // "the pizza with mushroom, two of this": the count said next is the item's, not the article's one.
    for (const [i, part] of parts.entries()) {
      const next = parts[i + 1]?.values;
      const onlyCount = next && count && Object.keys(next).length === 1 && next[count.name] !== undefined;
      // ("a fruit box and two loaves of bread": the two are the loaves' own, a thing of its own.)
      if (part.guessed && onlyCount && count && !ownThing(parts[i + 1]!.text)) delete part.values[count.name];
    }
    // "a large pepperoni and two cokes" where the list has no cokes: the pepperoni, and the caller is
    // told the cokes were not found (their count is not the pepperoni's).
    const closed = tool.params.some(
      (p) => p.required && ((p.enumValues?.length ?? 0) > 0 || (p.options?.length ?? 0) > 0),
    );
    const unfound: string[] = [];
    const known = closed
      ? parts.filter((part) => {
          // Only a count ("two cokes"): a tool that takes no count has no such part.
          const keys = Object.keys(part.values);
          const onlyCount = count !== undefined && keys.length > 0 && keys.every((k) => k === count.name);
          const thing = onlyCount ? ownThing(part.text) : undefined;
          if (thing) unfound.push(thing);
          return !thing;
        })
      : parts;
    const items = itemsFromParts(known, tool.params, unfound.length > 0 ? 1 : 2);
    if (!items) return undefined;
    const frames: Frame[] = [];
    for (const values of items) {
      const frame = await this.openFrame(tool, undefined, index, state);
      Object.assign(frame.args, values);
      frame.expecting = this.firstMissing(frame);
      if (frame.expecting) return undefined;
      frames.push(frame);
    }
    return {
      kind: 'call',
      frame: frames[0]!,
      fresh: true,
      more: frames.slice(1),
      ...(unfound.length ? { unfound } : {}),
    };
  }

  /**
   * "just the one" right after a call that put an item in: what follows it when the line only
   * confirms that call's count (no other item or value named), else undefined.
   */
  protected countConfirmed(a: Analysis, state: State): string | undefined {
    const last = state.lastCall;
    if (!last || last.error || state.frame || last.tool.kind !== 'business') return undefined;
    const rest = confirmsCount(
      a.u.norm,
      findNumbers(a.u).map((f) => f.value),
      last.args,
      last.tool.params,
    );
    if (rest === undefined) return undefined;
    const said = extractArgs(last.tool, a.u, this.extractOptions(last.tool, {})).values;
    const other = last.tool.params.some(
      (p) => p.kind !== 'number' && said[p.name] !== undefined && said[p.name] !== last.args[p.name],
    );
    return other ? undefined : rest;
  }

  /**
   * "swap the carbonaras for penne, still two", "make that a penne instead": the old item taken
   * out and the new one put in — as many as said, else as many of the old one as went in.
   */
  protected swapped(a: Analysis, state: State): Outcome | undefined {
    if (state.frame) return undefined;
    const adder = this.callable.find(addsItems);
    const remover = this.callable.find(takesItemOut);
    const item = adder?.params.find((p) => p.kind === 'enum' && p.required);
    const parts = swapParts(a.u.norm);
    if (!adder || !remover || !item || !parts) return undefined;
    const said = (text: string) => extractArgs(adder, prepareUtterance(text), this.extractOptions(adder, {})).values;
    const fresh = said(parts.fresh);
    const added = this.view.items.filter(
      (i): i is Extract<typeof i, { type: 'call' }> => i.type === 'call' && i.name === adder.name,
    );
    const old = parts.old !== undefined ? said(parts.old)[item.name] : added.at(-1)?.args[item.name];
    if (old === undefined || fresh[item.name] === undefined || fresh[item.name] === old) return undefined;
    if (parts.old === undefined && state.lastCall?.tool !== adder) return undefined;
    const count = adder.params.find((p) => p.required && (p.type === 'integer' || p.type === 'number'));
    const before = added.filter((c) => c.args[item.name] === old).at(-1)?.args;
    const args: Record<string, unknown> = { ...fresh };
    if (count && args[count.name] === undefined) {
      const n = findNumbers(prepareUtterance(parts.fresh)).map((f) => f.value)[0];
      args[count.name] = n ?? articleCount(parts.fresh) ?? before?.[count.name];
    }
    const removeArgs: Record<string, unknown> = {
      [remover.params.find((p) => p.kind === 'enum')?.name ?? item.name]: old,
    };
    const out: Frame = { tool: remover, args: removeArgs, dates: {}, skipped: new Set() };
    const put: Frame = { tool: adder, args, dates: {}, skipped: new Set() };
    if (this.firstMissing(out) || this.firstMissing(put)) return undefined;
    return { kind: 'call', frame: out, fresh: true, more: [put] };
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
      // A step counter is the agent's to keep ("tried that one too" says no step number).
      if (v === undefined || p.kind === 'text' || p.kind === 'reason' || p.counter) continue;
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
}
