// The three kinds of turn: the caller spoke, tools returned, or an agent just took over.
import { asksBeyondTelling, asksSomething, isFarewell, stripInjection } from '../cues.js';
import { entryLines } from '../entry_script.js';
import * as say from '../replies.js';
import { cleanText, isDescriptive, withoutIntroduction } from '../free_text.js';
import type { ToolInfo } from '../tool_catalog.js';
import { returnedResult } from '../call_outcome.js';
import { addsItems, answersGeneralQuestions, asksQuestion } from '../intent/catalogue.js';
import { argumentAsked } from './asked.js';
import { priceDesk } from '../intent/price_question.js';
import { requestPart } from '../intent/request_words.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';
import { ASKS_TO_ACT } from '../lexicon/index.js';
import { type UserItem } from '../context/turn_context.js';
import { ToolOutputTurn } from './after_tools.js';
import type { PolicyDecision } from '../render/decision.js';

/** One decision: the view of the chat, the agent's tools, and the replay of the caller's turns. */
export class Turn extends ToolOutputTurn {
  async decide(): Promise<PolicyDecision> {
    switch (this.view.mode) {
      case 'tool_output':
        return this.afterToolOutput();
      case 'entry':
        return this.onEntry();
      case 'user':
        return this.onUserTurn();
      default:
        return { content: say.quotedLine(this.view.system) ?? say.anythingElse(), toolCalls: [], reason: 'reply' };
    }
  }

  protected async onUserTurn(): Promise<PolicyDecision> {
    const lastIndex = this.view.items.length - 1;
    const last = this.view.items[lastIndex] as UserItem;
    const state = await this.replay(lastIndex);
    // "I'll take one of those": the item talked about last is the one meant.
    const a = await this.withReferent(await this.policy.analyse(this.classifier, last.text), lastIndex);
    // Speech-to-text said it was unsure: ask again rather than act on a guess.
    const lowConfidence =
      last.confidence !== undefined && last.confidence > 0 && last.confidence < POLICY_THRESHOLDS.sttConfidence;
    let outcome = await this.step(state, a, lastIndex, lowConfidence);
    if (
      (outcome.kind === 'miss' || (outcome.kind === 'ask' && outcome.reask)) &&
      state.misses >= POLICY_THRESHOLDS.missesBeforeEscalation
    ) {
      // The third misunderstanding in a row: bring in a person if this agent can.
      const escalation = this.escalationTool();
      if (escalation)
        outcome = {
          kind: 'escalate',
          tool: escalation,
          reason: 'The agent could not understand the caller after several tries.',
        };
    }
    return this.render(outcome, a);
  }

  /** The agent's first turn after taking over (or at the start of the call). */
  protected async onEntry(): Promise<PolicyDecision> {
    const entry = this.view.entry!;
    const name = this.callerName;
    const script = entryLines(entry.instruction, { name, detail: this.factDetail });
    const quoted = say.quotedLine(entry.instruction);
    const role = say.roleLine(this.view.instructions);
    if (entry.isReturn) {
      // Handed back on a farewell ("that's all, bye"): it was for the whole call. Being done with the
      // specialist ("that's all I needed") is not: the agent asks if there is anything else.
      const endTool = this.callable.find((t) => t.kind === 'end_call');
      const lastUser = this.userTurns().at(-1)?.item.text;
      if (endTool && lastUser && isFarewell(stripInjection(lastUser).text))
        return { content: '', toolCalls: [{ name: endTool.name, args: {} }], reason: 'end' };
      const spoken = returnedResult(entry.instruction);
      const onward = await this.onwardOnReturn(entry.from);
      if (onward)
        return { content: '', toolCalls: [{ name: onward.tool.name, args: this.callArgs(onward) }], reason: 'handoff' };
      return {
        content:
          `Welcome back${name ? `, ${name}` : ''}.${spoken ? ` Here is where we are: ${spoken}` : ''} ${say.anythingElse()}`
            .replace(/\s+/g, ' ')
            .trim(),
        toolCalls: [],
        reason: 'entry',
      };
    }
    const operator = this.callable.find((t) => t.kind === 'operator');
    // Reached with a request one of this agent's own tools serves in full: that, not the person.
    const own = operator && entry.from ? await this.ownToolInsteadOfOperator() : undefined;
    if (own?.expecting) return { content: `I can help with that. ${this.question(own)}`, toolCalls: [], reason: 'ask' };
    if (own) {
      const said = [quoted, ...script.lines].filter(Boolean).join(' ');
      return { content: said, toolCalls: [{ name: own.tool.name, args: this.callArgs(own) }], reason: 'tool' };
    }
    if (operator) {
      // An agent whose job is bringing in a person does it straight away.
      const lastUser = this.userTurns().at(-1)?.item.text;
      const reason = lastUser
        ? `The caller said: "${cleanText(stripInjection(lastUser).text, 160)}"`
        : 'The caller asked for a human operator.';
      const args = operator.params.some((p) => p.name === 'reason') ? { reason } : {};
      const lead =
        quoted ??
        (script.lines.length
          ? script.lines.join(' ')
          : `I'm sorry for the trouble${name ? `, ${name}` : ''}. I'm bringing in one of my human colleagues now.`);
      return { content: lead, toolCalls: [{ name: operator.name, args }], reason: 'escalate' };
    }
    // The instruction names a tool to use on entry ("read the claim back with review_claim"): use it.
    const entryTool = script.tools
      .map((n) => this.byName.get(n))
      .find((t): t is ToolInfo => t !== undefined && t.kind === 'business' && this.callable.includes(t));
    if (entryTool) {
      const state = await this.replay(this.view.items.length);
      const frame = await this.frameFromHistory(entryTool, state);
      if (!frame.expecting) {
        const said = [quoted, ...script.lines].filter(Boolean).join(' ');
        return { content: said, toolCalls: [{ name: entryTool.name, args: this.callArgs(frame) }], reason: 'tool' };
      }
    }
    const onlyHello = script.lines.length === 1 && /^Hi\b/.test(script.lines[0]!);
    const opening =
      (quoted && script.lines.length && !script.lines.some((l) => quoted.includes(l))
        ? `${quoted} ${script.lines.join(' ')}`
        : quoted) ??
      (script.generic && entry.from && !script.lines.length ? (name ? `Thanks, ${name}.` : '') : undefined) ??
      (onlyHello && role
        ? `${script.lines[0]!.replace(/\.$/, ',')} ${role.replace(/^I'm (?=the .*\b(?:desk|team|line|department|support|service|centre|center|office)\b)/, 'this is ')}.`
        : script.lines.length
          ? script.lines.join(' ')
          : entry.from
            ? `Hi${name ? ` ${name}` : ''}, ${role ?? "I'm taking over from here"}.`
            : `Hello${name ? ` ${name}` : ''}! ${role ? `${role}.` : ''}`);
    const fallbackQuestion = script.question ?? (entry.from ? 'How can I help?' : 'How can I help you today?');

    // The request that brought the caller here, if one of this agent's tools serves it.
    const last = this.userTurns().at(-1);
    let partHere = false;
    if (entry.from && last && this.mayCallTools) {
      let a = await this.withReferent(await this.policy.analyse(this.classifier, last.item.text), last.index);
      let intent = this.intent(a);
      // Two requests, one for this agent's work and one for elsewhere: this one first, with the
      // tool here its words lean to (the split already says it is for here).
      if (
        intent.tool &&
        (intent.tool.kind === 'handoff' || intent.tool.kind === 'call') &&
        intent.tool.target !== entry.from
      ) {
        const here = await this.partServedHere(a);
        const hereIntent = here ? this.intent(here) : undefined;
        // Only a part with work here to start: a tool it leans to, or the step the instructions put first.
        if (here && hereIntent && (hereIntent.tool?.kind === 'business' || this.firstTool())) {
          a = await this.withReferent(here, last.index);
          intent = hereIntent.tool?.kind === 'business' ? this.intent(a) : { score: 0, confident: false };
          partHere = true;
        }
      }
      // A line a tool before this hop already served (qualifying details whose result opened the
      // way here) asks for a further transfer only in a part that tool did not use.
      if (intent.tool && (intent.tool.kind === 'handoff' || intent.tool.kind === 'call')) {
        const rest = this.unservedPart(last.item.text, last.index);
        // A served line that only tells ("as soon as possible, our contract ends in three weeks"
        // answered the qualifying question) asks for no further hop.
        const served = this.servedSince(last.index).length > 0;
        if (served && !asksBeyondTelling(rest ?? '')) intent = { score: 0, confident: false };
        else if (rest !== last.item.text)
          intent = rest
            ? this.intent(await this.policy.analyse(this.classifier, rest))
            : { score: 0, confident: false };
      }
      const state = await this.replay(this.view.items.length);
      // Only a real request counts ("my name is Ann" is an introduction, not something to act on).
      // A short request the classifier is sure of ("I want a refund") is one too.
      const describes = isDescriptive(
        withoutIntroduction(a.text),
        new Set(),
        intent.confident && !intent.conversational ? 1 : 2,
      );
      const usable =
        describes &&
        intent.tool &&
        (intent.score >= this.policy.minConfidence || (partHere && intent.tool.kind === 'business')) &&
        (intent.tool.kind === 'business' ||
          ((intent.tool.kind === 'handoff' || intent.tool.kind === 'call') && intent.tool.target !== entry.from));
      const first = this.firstTool();
      let target = usable ? intent.tool : undefined;
      // "just looking for a price, not booking yet" brought the caller here: the tool here that
      // quotes, not a desk further on whose words name charges too (as in any turn, see priceDesk).
      const price = priceDesk(requestPart(a), this.callable);
      if (price && (!target || target.kind === 'handoff' || target.kind === 'call')) target = price;
      // No request words, but an item of this agent's list and how many ("three of the blue ones
      // to go"), or one the classifier leans to with its value said: that tool, as in any turn.
      // A question ("does the gelato have nuts?") goes to the tool here that answers questions,
      // not to the one that orders what it names.
      // A record's id only one onward desk takes ("is my cargo bike done yet, ticket SC-4835"):
      // that desk, not the tool here that answers questions (as in any turn).
      const record = !target && describes ? this.transferForRecordId(a) : undefined;
      if (record && record.target !== entry.from) target = record;
      if (describes && asksQuestion(a.text) && (!target || addsItems(target))) target = this.questionTool() ?? target;
      if (!target && describes)
        target =
          this.toolForItemAndCount(a) ??
          this.toolByItemDirection(a) ??
          this.toolLeanedToWithValues(a, intent.tool, intent.score) ??
          // The request that brought the caller here is for a tool here: a word only one tool uses.
          this.toolByOwnWord(a, intent.tool, intent.score);
      // A question that brought the caller here ("are you open on saturdays") and an agent whose
      // tool answers the caller's questions: that tool, with the question as asked.
      if (!target && asksSomething(a.text) && !a.goodbye) target = this.questionTool();
      // "can I sign him up for the pottery class" asks to act: the tool here that answers questions
      // is not what it asks for, whatever topic of it the line names.
      if (target && answersGeneralQuestions(target) && ASKS_TO_ACT.test(a.text)) target = undefined;
      // "First check for an outage": a business request starts with the step the instructions put first.
      if (first && describes && (!target || target.kind === 'business')) {
        const firstFrame = await this.openFrame(first, a, last.index, state);
        if (!firstFrame.expecting) target = first;
      }
      // What the entry line asks for ("ask for the ZIP code") was said already: use it, don't ask.
      const asked =
        !target && script.question ? argumentAsked(script.question, this.callable, (t) => this.factsFor(t)) : undefined;
      if (asked && !(await this.openFrame(asked.tool, a, last.index, state)).expecting) target = asked.tool;
      if (target) {
        const outcome = await this.alsoFilled(await this.start(target, a, last.index, state), a, last.index, state);
        if (outcome.kind === 'call')
          return {
            content: `${opening.trim()} ${say.notFoundNote(outcome.unfound)}`.trim(),
            // Several items in the request that brought the caller here: one call each.
            toolCalls: [outcome.frame, ...(outcome.more ?? [])].map((f) => ({
              name: f.tool.name,
              args: this.callArgs(f),
            })),
            reason: outcome.frame.tool.kind === 'business' ? 'tool' : 'handoff',
          };
        if (outcome.kind === 'ask') {
          // An opening that already says so ("Say you can help with that, and ask …") is not said twice.
          const why = outcome.frame.deferred
            ? `First I need to ${outcome.frame.tool.phrase}.`
            : /\bcan help with that\b/i.test(opening)
              ? ''
              : 'I can help with that.';
          return {
            content: `${opening} ${why} ${this.question(outcome.frame)}`.replace(/\s+/g, ' ').trim(),
            toolCalls: [],
            reason: 'ask',
          };
        }
      }
    }
    // Details the caller volunteered before this agent was reached ("policy HM-551207, born
    // February 3rd 1979" while the form was being filled) complete one of its tools: use them.
    const volunteered = entry.from && this.mayCallTools ? await this.volunteeredOnEntry(script.question) : [];
    if (volunteered.length)
      return {
        content: opening.trim(),
        toolCalls: volunteered.map((f) => ({ name: f.tool.name, args: this.callArgs(f) })),
        reason: 'tool',
      };
    // One part of the line that brought the caller here is for this agent ("…, and I'd like to book
    // a meeting with sales" after the qualifying details): that part, when it alone is clear.
    const part = entry.from && this.mayCallTools && !partHere ? await this.partForHere(entry.from) : undefined;
    if (part) return { content: opening.trim(), toolCalls: [part], reason: 'handoff' };
    const category = Object.entries(this.view.facts).find(
      ([k, v]) => /categor|topic/i.test(k) && v.split(/\s+/).length <= 3,
    )?.[1];
    const about =
      category && !script.lines.some((l) => l.startsWith('I understand'))
        ? ` I understand this is about a ${category} question.`
        : '';
    return {
      content: `${opening}${about} ${fallbackQuestion}`.replace(/\s+/g, ' ').trim(),
      toolCalls: [],
      reason: 'entry',
    };
  }
}
