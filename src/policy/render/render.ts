// Turning an outcome into what the agent says or calls, phrased for the caller.
import { CONVERSATIONAL } from '../intent_classifier.js';
import * as say from '../replies.js';
import type { Analysis } from '../analysis/analysis.js';
import { TRANSFER_KINDS } from '../context/turn_context.js';
import { ACKNOWLEDGED, type Outcome } from '../frame/frame.js';
import { Replayer } from '../step/replay.js';
import { requestPart } from '../intent/request_words.js';
import type { ToolInfo } from '../tool_catalog.js';
import type { PolicyDecision } from './decision.js';

/** Render: outcomes to replies and tool calls. */
export class Renderer extends Replayer {
  /**
   * What to offer a caller who was not understood: what their words lean to first, leaving out
   * what was already done here and transfers whose conditions are not met yet.
   */
  protected offersFor(a: Analysis): ToolInfo[] {
    const done = new Set(
      this.view.items.filter((i) => i.type === 'output' && !i.isError).map((i) => (i as { name: string }).name),
    );
    const all = this.offerable();
    const open = all.filter(
      (t) => !(t.kind === 'business' && done.has(t.name)) && !(t.kind !== 'business' && t.ready?.() === false),
    );
    const scope = new Map(this.classifier.scopeScores(requestPart(a)).map((s) => [s.intent, s.score]));
    const lean = (t: ToolInfo) => (a.scores.find((s) => s.intent === t.name)?.score ?? 0) + (scope.get(t.name) ?? 0);
    return (open.length > 0 ? open : all)
      .map((t, i) => ({ t, i, s: lean(t) }))
      .sort((x, y) => y.s - x.s || x.i - y.i)
      .map((x) => x.t);
  }

  protected render(outcome: Outcome, a: Analysis): PolicyDecision {
    const name = this.callerName;
    const empathy = a.frustration.level !== 'none' ? "I'm sorry about the trouble. " : '';
    switch (outcome.kind) {
      case 'call':
        return {
          content: say.notFoundNote(outcome.unfound),
          toolCalls: [outcome.frame, ...(outcome.more ?? [])].map((f) => ({
            name: f.tool.name,
            args: this.callArgs(f),
          })),
          reason: TRANSFER_KINDS.has(outcome.frame.tool.kind) ? 'handoff' : 'tool',
        };
      case 'ask': {
        if (!outcome.frame.expecting) {
          return {
            content: '',
            toolCalls: [{ name: outcome.frame.tool.name, args: this.callArgs(outcome.frame) }],
            reason: 'tool',
          };
        }
        const deferred = outcome.frame.deferred;
        const lead = outcome.reask
          ? "Sorry, I didn't catch that. "
          : deferred && outcome.fresh
            ? `${empathy}I can help with that. First I need to ${outcome.frame.tool.phrase.replace(/\byour\b/g, 'your')}. `
            : outcome.fresh
              ? `${empathy}Sure. `
              : outcome.answered
                ? 'Thanks. '
                : empathy;
        return {
          content: `${lead}${this.question(outcome.frame)}`,
          toolCalls: [],
          reason: outcome.reask ? 'miss' : 'ask',
        };
      }
      case 'clarify':
        return { content: say.clarify(outcome.options[0], outcome.options[1]), toolCalls: [], reason: 'clarify' };
      case 'escalate': {
        const args: Record<string, unknown> = {};
        if (outcome.tool.params.some((p) => p.name === 'reason')) args.reason = outcome.reason;
        return { content: '', toolCalls: [{ name: outcome.tool.name, args }], reason: 'escalate' };
      }
      case 'no_human':
        return {
          content: this.queuedForHuman ? say.alreadyQueued() : say.noHumanHere(),
          toolCalls: [],
          reason: 'reply',
        };
      case 'end':
        return outcome.tool
          ? { content: '', toolCalls: [{ name: outcome.tool.name, args: {} }], reason: 'end' }
          : { content: say.goodbye(name), toolCalls: [], reason: 'reply' };
      case 'hold':
        return {
          content: outcome.declined ? say.declined(outcome.tool.phrase) : say.holdBack(outcome.tool.phrase),
          toolCalls: [],
          reason: 'reply',
        };
      case 'wrap_up':
        return { content: say.wrapUp(), toolCalls: [], reason: 'reply' };
      case 'smalltalk': {
        const who = say.firstName(outcome.name) ?? name;
        if (outcome.intent === CONVERSATIONAL.greet)
          return { content: say.greetBack(who), toolCalls: [], reason: 'reply' };
        if (outcome.intent === CONVERSATIONAL.thanks)
          return { content: say.youAreWelcome(), toolCalls: [], reason: 'reply' };
        if (outcome.intent === CONVERSATIONAL.offtopic)
          return { content: say.offTopic(this.offersFor(a)), toolCalls: [], reason: 'reply' };
        if (outcome.intent === ACKNOWLEDGED)
          return { content: `Okay. ${say.anythingElse()}`, toolCalls: [], reason: 'reply' };
        if (outcome.intent === CONVERSATIONAL.deny)
          return { content: `No problem. ${say.anythingElse()}`, toolCalls: [], reason: 'reply' };
        return {
          content: `Okay${outcome.name ? `, thanks ${say.firstName(outcome.name)}` : ''}. What can I help you with?`,
          toolCalls: [],
          reason: 'reply',
        };
      }
      case 'injection':
        return { content: say.injectionReply(), toolCalls: [], reason: 'reply' };
      case 'not_offered':
        return {
          content: `Sorry, ${outcome.asked} is not one of the times I have. I can offer: ${outcome.options.join('; ')}. Which one suits you?`,
          toolCalls: [],
          reason: 'reply',
        };
      case 'noted':
        return {
          content: `${outcome.acknowledged ? 'Okay.' : "Thanks, I've noted that."} ${outcome.question}`,
          toolCalls: [],
          reason: 'ask',
        };
      case 'miss': {
        const offers = this.offersFor(a);
        // Queued for a person and nothing else to offer here: the person will take it from there.
        if (this.queuedForHuman && offers.length === 0)
          return { content: say.notedForColleague(), toolCalls: [], reason: 'miss' };
        return { content: say.notCaught(offers), toolCalls: [], reason: 'miss' };
      }
    }
  }
}
