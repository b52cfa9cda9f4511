// What an agent does on arrival besides its entry script: the request that brought the caller
// here, when it is for one of this agent's own tools rather than for what the agent does by default.
import { extractArgs } from '../slot_filling.js';
import type { Frame, State } from '../frame/frame.js';
import type { Analysis } from '../analysis/analysis.js';
import { Renderer } from '../render/render.js';
import { agentLabel, type ToolInfo } from '../tool_catalog.js';
import { asksForRole } from '../cues.js';
import { asksToTalkTo, rolesAskedFor } from '../intent/escalation_roles.js';
import { isDescriptive } from '../free_text.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';
import { stem } from '../lexicon/index.js';
import { answersQuestions, asksQuestion } from '../intent/catalogue.js';

/** The stems of the line's words. */
const saidStems = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .map(stem),
  );

/** The line says the tool's own verb or noun ("renew" for renew_loans). */
function namesTool(text: string, tool: ToolInfo): boolean {
  const said = saidStems(text);
  return tool.name
    .split(/_+/)
    .filter((w) => w.length >= 4)
    .some((w) => said.has(stem(w)));
}

/** The line says the verb the tool's name opens with ("renew" for renew_loans). */
function saysVerb(text: string, tool: ToolInfo): boolean {
  const verb = tool.name.split(/_+/)[0] ?? '';
  return verb.length >= 4 && saidStems(text).has(stem(verb));
}

// At a desk that brings in a person, being put through or talking to anyone at all asks for one.
const PUT_THROUGH =
  /\b(?:(?:talk|speak|chat)\s+(?:to|with)\s+(?:a|an|the|your|one of your|someone|somebody|anyone)\b|(?:put|transfer|connect|pass)\s+me\s+(?:through|over|on)?\s*(?:to|with)\b)/i;

/** Arrival: requests the caller made on the way here. */
export class Arrival extends Renderer {
  /**
   * Who the caller is was just looked up (a tool that runs on a name and an email), and the line
   * before those details was a request ("my bill went up and I don't get why", said before the
   * desk asked who they are): the tool here that request leans to, when its details are complete.
   */
  protected async requestBeforeLookup(lookup: ToolInfo, state: State): Promise<Frame | undefined> {
    // A lookup by who the caller is; or one whose details are all optional because the tool checks
    // them itself ("card number and surname, both optional; asks for whichever is missing").
    const checksItself =
      lookup.kind === 'business' &&
      lookup.params.length > 0 &&
      lookup.params.every((p) => !p.required) &&
      lookup.params.some((p) => p.kind === 'person_name' || p.kind === 'identifier' || p.kind === 'email');
    if (!this.needsValues(lookup) && !checksItself) return undefined;
    const turns = this.userTurns();
    const details = turns.at(-1);

    if (!details) return undefined;
    const said = await this.policy.analyse(this.classifier, details.item.text);
    if (said.goodbye) return undefined;
    // The request in the same breath as the details ("can you renew everything on my card, card
    // three three zero seven, Okafor"): that line's own request, when it is for another tool here.
    const inLine = this.intent(said);
    const sameLine =
      inLine.tool !== undefined &&
      inLine.tool !== lookup &&
      inLine.tool.kind === 'business' &&
      (inLine.confident ||
        (inLine.score >= POLICY_THRESHOLDS.requestBeforeLookupScore && namesTool(said.text, inLine.tool)));
    const before = sameLine ? details : turns.at(-2);
    const a = sameLine ? said : before ? await this.policy.analyse(this.classifier, before.item.text) : undefined;
    const here = a
      ? await this.requestIn(a, sameLine ? inLine : this.requestHere(a, lookup), lookup, state, before!.index)
      : undefined;
    if (here || sameLine) return here;
    // No request right before the details (only "account number nine one four …", then "use my
    // email"): the request that brought the caller, said earlier ("I want to go over my recent
    // invoices"), while nothing but the lookup was done here yet.
    if ([...state.done.keys()].some((k) => k !== lookup.name)) return undefined;
    const earlier = [
      ...this.view.earlier.map((text) => ({ text, index: 0 })),
      ...turns.slice(0, -2).map((t) => ({ text: t.item.text, index: t.index })),
    ];
    for (const line of earlier.reverse()) {
      // The whole line, then its clauses: a greeting and a name around the request ("hello, priya
      // natarajan, i wanna go over my recent invoices, …") drown its words.
      const clauses = line.text.split(/[,;.!?]+/).filter((c) => c.trim().split(/\s+/).length >= 3);
      for (const text of [line.text, ...clauses]) {
        const b = await this.policy.analyse(this.classifier, text);
        const frame = await this.requestIn(b, this.requestHere(b, lookup), lookup, state, line.index);
        if (frame) return frame;
      }
    }
    return undefined;
  }

  /**
   * The request that brought the caller here is for this desk's work: its best-ranked tool here
   * (not the lookup), though a word of it leans to another desk ("renew the dune dvd" at the desk
   * that renews, "dvd" being the catalogue's word).
   */
  private requestHere(a: Analysis, lookup: ToolInfo): { tool?: ToolInfo; score: number } {
    const intent = this.intent(a);
    if (intent.tool?.kind === 'business') return intent;
    const here = a.scores.find((s) => {
      const t = this.byName.get(s.intent);
      return t?.kind === 'business' && t !== lookup && this.callable.includes(t);
    });
    const tool = here ? this.byName.get(here.intent) : undefined;
    // Only a tool whose own verb was said ("renew"): "check a booking" is no cancellation.
    return tool && saysVerb(a.text, tool) ? { tool, score: here!.score } : intent;
  }

  /** The complete request for a tool here (not the lookup) that the line leans to. */
  private async requestIn(
    a: Analysis,
    intent: { tool?: ToolInfo; score: number },
    lookup: ToolInfo,
    state: State,
    index: number,
  ): Promise<Frame | undefined> {
    if (a.goodbye || !isDescriptive(a.text, new Set())) return undefined;
    const tool = intent.tool;
    if (
      !tool ||
      tool.kind !== 'business' ||
      tool === lookup ||
      !this.callable.includes(tool) ||
      intent.score < POLICY_THRESHOLDS.requestBeforeLookupScore ||
      state.done.has(tool.name)
    )
      return undefined;
    const frame = await this.openFrame(tool, a, index, state);
    return frame.expecting ? undefined : frame;
  }

  /**
   * Handed back with a request for another desk ("while I have you, when's my next invoice?" said
   * at the desk that checks the service status): on to the desk that serves it, rather than
   * asking whether there is anything else. Never back to the desk that just handed the caller back.
   */
  protected async onwardOnReturn(from: string | undefined): Promise<Frame | undefined> {
    const last = this.userTurns().at(-1);
    if (!last || !this.mayCallTools) return undefined;
    const a = await this.policy.analyse(this.classifier, last.item.text);
    if (a.goodbye) return undefined;
    const state = await this.replay(this.view.items.length);
    const outcome = await this.step(state, a, last.index, false);
    if (outcome.kind !== 'call' || outcome.frame.expecting) return this.announcedOnward(a, from, last.index);
    const tool = outcome.frame.tool;
    // A question the desk that handed back had no tool for ("and what time do you close?"): the
    // tool here that answers the caller's questions, with it.
    if (answersQuestions(tool) && asksQuestion(a.text)) return outcome.frame;
    if ((tool.kind !== 'handoff' && tool.kind !== 'call') || tool.target === undefined || tool.target === from)
      return undefined;
    return outcome.frame;
  }

  /**
   * Handed back with only a day for a request announced earlier ("… and I also want to book rex in
   * for a groom", then "for rex, next friday" at the food desk): the desk, other than the one just
   * left, whose work the caller's lines name clearly — when no tool here takes a day itself.
   */
  private async announcedOnward(a: Analysis, from: string | undefined, index: number): Promise<Frame | undefined> {
    const transfers = this.callable.filter(
      (t) => (t.kind === 'handoff' || t.kind === 'call') && t.target !== from && t.ready?.() !== false,
    );
    if (transfers.length === 0 || !this.dayForElsewhere(a, transfers[0]!)) return undefined;
    const said = [...this.callerLinesBefore(index), a.text].join('. ');
    const tool = this.transferByScope(await this.policy.analyse(this.classifier, said), transfers);
    return tool ? this.openFrame(tool, undefined, index) : undefined;
  }

  /**
   * An agent whose job is bringing in a person, reached with a request for one of its own tools
   * ("can you book me a meeting? ann@x.com" at the desk that books meetings or brings someone in
   * live): that tool, when the caller's words rank it above the person or give one of its exact
   * values, and complete it (or, when the line names the tool, ask for what it lacks). Otherwise the
   * person is brought in as the agent was told.
   */
  protected async ownToolInsteadOfOperator(): Promise<Frame | undefined> {
    const last = this.userTurns().at(-1);
    if (!last || !this.mayCallTools) return undefined;
    const a = await this.policy.analyse(this.classifier, last.item.text);
    const score = (name: string) => a.scores.find((s) => s.intent === name)?.score ?? 0;
    const operator = this.callable.find((t) => t.kind === 'operator');
    const person = operator ? score(operator.name) : 0;
    const state = await this.replay(this.view.items.length);
    for (const tool of this.callable) {
      if (tool.kind !== 'business' || !tool.params.some((p) => p.required) || state.done.has(tool.name)) continue;
      const typed = extractArgs(tool, a.u, this.extractOptions(tool, { typedOnly: true })).typed.length > 0;
      // "can I get a meeting with someone to talk pricing": the line names this tool's own work and
      // asks for no person outright (whatever "talk" makes the classifier lean to), so the tool's
      // missing details are asked for rather than the person brought in.
      const named = namesTool(a.text, tool) && !this.asksForPerson(a, operator);
      if (!typed && !named && score(tool.name) <= person) continue;
      const frame = await this.openFrame(tool, a, last.index, state);
      if (!frame.expecting || named) return frame;
    }
    return undefined;
  }

  /** The line asks for a person in so many words ("put me through to a mechanic", "a real human"). */
  private asksForPerson(a: Analysis, operator: ToolInfo | undefined): boolean {
    if (a.frustration.wantsHuman || PUT_THROUGH.test(a.text)) return true;
    if (asksForRole(a.text, operator?.target && agentLabel(operator.target))) return true;
    return asksToTalkTo(a.text, rolesAskedFor(operator?.description ?? ''));
  }
}
