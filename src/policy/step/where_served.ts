// Where a caller's request is served: by a question tool here, by the transfer meant for when this
// part is done, or by a person (with the reason the operator hears).
import { answersGeneralQuestions, answersQuestions, asksQuestion } from '../intent/catalogue.js';
import { cleanText } from '../free_text.js';
import { extractArgs } from '../slot_filling.js';
import { findDateTimes } from '../slots/date_time.js';
import { SAID_FROM_TODAY } from '../lexicon/time_words.js';
import type { ToolInfo } from '../tool_catalog.js';
import type { ParamSpec } from '../param_spec.js';
import type { Analysis } from '../analysis/analysis.js';
import { Answers } from './answers.js';
import { requestPart } from '../intent/request_words.js';
import {
  ASKS_IF_HELD,
  ASKS_IF_NEEDED,
  ASKS_TO_ACT,
  EMERGENCY_CUES,
  REQUEST_QUESTION,
  SEARCHES_THINGS,
} from '../lexicon/index.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';

// A transfer's "when" that says this part is over.
const DONE_HERE =
  /\b(?:has|have|got) (?:everything|all)\b|\b(?:is|are) (?:done|finished|complete|ready|arranged|all set)\b|\bnothing (?:else|more)\b/i;

// Where one request ends and another begins in a line: "…, and also …", "… also, …", "…? and …".
// "…, and (honestly) I want …" starts a second request too: a want, a question or a plea after "and".
const SEVERAL_REQUESTS =
  /\s*(?:,\s*(?:and\s+)?also\b|\band also\b|[.?!]\s+(?:and\s+)?also\b|[.?!]\s+and\b|,\s*plus\b|,\s*and\s+(?:(?:honestly|then|now|besides|anyway|separately)\s+)?(?=(?:i\s+(?:want|need|would like|'d like|also want|also need)|can you|could you|would you|please|what|when|where|how|why)\b))[,\s]*/i;
// A line that says it has several ("two things, …"): then a want after a bare "and" starts the next
// ("I've got my reading for you and I want to know what I owe"); elsewhere that "and" may go on
// with the same request ("I paid my bill and I want to make sure you got it").
const ANNOUNCES_SEVERAL = /\b(?:two|three|a couple of|a few|couple of) (?:things|questions|requests)\b/i;
const WANT_AFTER_AND = /\s+and\s+(?=i\s+(?:want|need|would like|'d like|also want|also need)\b)/i;

/** The requests of a line said in one breath: its parts between SEVERAL_REQUESTS, of three words or more. */
function requestParts(text: string): string[] {
  return text
    .split(SEVERAL_REQUESTS)
    .flatMap((p) => (ANNOUNCES_SEVERAL.test(text) ? p.split(WANT_AFTER_AND) : [p]))
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 3);
}

/** A transfer to another agent (a handoff or a call that hands back). */
function onward(tool: ToolInfo | undefined): boolean {
  return tool?.kind === 'handoff' || tool?.kind === 'call';
}

/** Where the caller is served: here, onward, or by a person. */
export class WhereServed extends Answers {
  /**
   * The onward transfer for a caller who is done here: the one the words point to, else the one
   * transfer meant for when this part is done ("The caller has everything they want"). A transfer
   * for something else ("wants to change the order") does not fit.
   */
  protected onwardWhenDone(best: ToolInfo | undefined): ToolInfo | undefined {
    const onward = this.callable.filter((t) => t.kind === 'handoff' || t.kind === 'call');
    if (best && onward.includes(best)) return best;
    const fits = onward.filter((t) => DONE_HERE.test(t.description));
    return fits.length === 1 ? fits[0] : undefined;
  }

  /**
   * A question about something ("does it work with Gmail?") that the classifier sends on: answered
   * by this agent's tool for the caller's questions, when there is one among the candidates (or the
   * only candidate is a transfer) and the words explain it at least as well as the transfer. A
   * request put as a question ("can I talk to someone about a contract?") names the transfer's work.
   */
  protected answeredHere(a: Analysis, tool: ToolInfo, other?: ToolInfo): ToolInfo | undefined {
    const answers = this.questionTool();
    // Tied with another tool here ("how does it handle forecasts?" between the product questions
    // and the plan for the team): that tool stands where the transfer would.
    const transfer =
      [tool, other].find((t) => t?.kind === 'handoff' || t?.kind === 'call') ??
      (other ? [tool, other].find((t) => t !== answers && t.kind === 'business') : undefined);
    if (!answers || !transfer || !asksQuestion(a.text) || REQUEST_QUESTION.test(a.text) || ASKS_TO_ACT.test(a.text))
      return undefined;
    if (other && tool !== answers && other !== answers) return undefined;
    // "can I just walk in with a flat or do I need to book": whether the step is needed, not the step.
    if (ASKS_IF_NEEDED.test(a.text)) return answers;
    const request = requestPart(a);
    return this.classifier.coverage(answers.name, request) >= this.classifier.coverage(transfer.name, request)
      ? answers
      : undefined;
  }

  /**
   * A question none of this agent's tools answers ("and what time do you close?" at the desk that
   * checks a repair) where the agent it hands back to has the tool for the caller's questions: the
   * hand-back, and that agent answers it on return.
   */
  protected returnForQuestion(a: Analysis, plainOnly = false): ToolInfo | undefined {
    if (!asksQuestion(a.text)) return undefined;
    const back = this.callable.find((t) => t.kind === 'return');
    if (!back) return undefined;
    // A tool given all it needs in exact values by the line ("what time is Northgate open on
    // Saturday" names the topic and the branch).
    const free = (p: ParamSpec) => p.kind === 'text' || p.kind === 'reason';
    const complete = (t: ToolInfo) => {
      const required = t.params.filter((p) => p.required);
      if (!required.length || required.some(free)) return false;
      const values = extractArgs(t, a.u, this.extractOptions(t, {})).values;
      return required.every((p) => values[p.name] !== undefined);
    };
    // Never when the line gives a tool here one of its exact values ("can someone call me back at
    // 10 on 415…").
    if (this.givesOwnValue(a)) return undefined;
    if (!plainOnly && !this.callable.some(answersQuestions) && (back.back ?? []).some(answersQuestions)) return back;
    // Plainly for a tool back there, and none here.
    return (back.back ?? []).some(complete) ? back : undefined;
  }

  /**
   * "do you have anything by bonnie garmus": whether the business has a thing, where the tool here
   * that answers questions takes only its own topics and the line names none of them. The one
   * onward desk with a search that takes the caller's words for the thing ("the title, author or
   * keywords the caller said") serves it; a tool here that searches, or a question tool that takes
   * any question in the caller's words, keeps it.
   */
  protected searchDeskForThing(a: Analysis): ToolInfo | undefined {
    if (!ASKS_IF_HELD.test(a.text)) return undefined;
    const free = (p: ParamSpec) => p.kind === 'text' || p.kind === 'reason';
    const searches = (t: ToolInfo) =>
      t.kind === 'business' &&
      SEARCHES_THINGS.test(`${t.name.replace(/_/g, ' ')} ${t.description}`) &&
      t.params.some((p) => p.required && free(p));
    if (this.callable.some(searches)) return undefined;
    const asks = this.questionTool();
    if (asks) {
      const required = asks.params.filter((p) => p.required);
      if (required.length === 0 || required.some(free)) return undefined;
      const values = extractArgs(asks, a.u, this.extractOptions(asks, {})).values;
      if (required.some((p) => values[p.name] !== undefined)) return undefined;
    }
    const desks = this.callable.filter((t) => onward(t) && (t.later ?? []).some(searches));
    return desks.length === 1 ? desks[0] : undefined;
  }

  /** The one business tool here that answers the caller's questions (FAQ, product questions), if one. */
  protected questionTool(): ToolInfo | undefined {
    const fits = this.callable.filter(answersQuestions);
    return fits.length === 1 ? fits[0] : undefined;
  }

  /**
   * The one tool here described as answering general questions whose listed topic the question
   * names in the topic's own or bracketed words ("and if it flares up at night, who should I ring"
   * for a topic "after hours (nights, weekends)"), when no tool takes the question in its words.
   */
  protected topicQuestionTool(a: Analysis): ToolInfo | undefined {
    const fits = this.callable.filter((t) => answersGeneralQuestions(t) && this.choiceSaid(t, a));
    return fits.length === 1 ? fits[0] : undefined;
  }

  /**
   * Two requests in one breath for two desks ("two things, the database is slow, and also what do I
   * owe?"): the desk for the one said first; the other comes up once the caller is back. Undefined
   * unless both parts are clearly for different transfers (by the classifier, or by the words of
   * the work each target does).
   */
  protected async firstOfSeveralTransfers(a: Analysis): Promise<ToolInfo | undefined> {
    const parts = requestParts(a.text);
    if (parts.length < 2) return undefined;
    const transfers: ToolInfo[] = [];
    for (const part of parts) {
      const analysis = await this.policy.analyse(this.classifier, part);
      const intent = this.intent(analysis);
      // A part the classifier places nowhere onward ("what's the balance on NC-1042", "is the
      // database down? everything is slow" heard as a closing) still names one desk's work
      // plainly: the transfer whose target handles it, when it is a clear winner.
      const tool = intent.confident && onward(intent.tool) ? intent.tool : this.transferByScope(analysis);
      if (tool && onward(tool) && !transfers.includes(tool)) transfers.push(tool);
    }
    return transfers.length >= 2 ? transfers[0] : undefined;
  }

  /**
   * Several requests in one breath, one for another desk and one that is not ("my internet's been
   * out since noon, and I want money back for it" on reaching the repair desk): the part not for
   * elsewhere, as it is what the caller was sent here for; the other comes up once it is done
   * (`announcedEarlier`). Undefined unless exactly that split is clear.
   */
  protected async partServedHere(a: Analysis): Promise<Analysis | undefined> {
    const parts = requestParts(a.text);
    if (parts.length < 2) return undefined;
    let here: Analysis | undefined;
    let elsewhere = false;
    for (const part of parts) {
      const analysis = await this.policy.analyse(this.classifier, part);
      const intent = this.intent(analysis);
      const transfer = intent.confident && onward(intent.tool) ? intent.tool : this.transferByScope(analysis);
      // The next step of this desk's own work ("and I'd like to pay now" at the basket) is no other request.
      if (transfer && DONE_HERE.test(transfer.description)) return undefined;
      if (transfer) elsewhere = true;
      else here ??= analysis;
    }
    return here && elsewhere ? here : undefined;
  }

  /**
   * A request the caller announced earlier this call ("two things, the database is slow, and what
   * do I owe?") brought up after work done here ("now the bill part"): one word of another desk's
   * work is enough when the caller's earlier lines named that desk's work too.
   */
  protected announcedEarlier(a: Analysis, index: number): ToolInfo | undefined {
    const tool = this.transferByScope(a, undefined, POLICY_THRESHOLDS.scopeWords);
    if (!tool) return undefined;
    const earlier = this.callerLinesBefore(index).join('. ');
    const named = this.classifier.scopeScores(earlier).find((s) => s.intent === tool.name)?.score ?? 0;
    return named >= POLICY_THRESHOLDS.scopeWords ? tool : undefined;
  }

  /**
   * A day said after work done at a desk that hands back, where no tool here takes a day ("ok, now
   * for rex, next friday" at a food desk), and the caller's earlier lines named work of the agent
   * handed back to ("… and I also want to book rex in for a groom"): that request's day — back
   * there, even when the line also names a value this desk's tools take (the pet).
   */
  protected dayForAnnounced(a: Analysis, index: number): ToolInfo | undefined {
    const back = this.callable.find((t) => t.kind === 'return');
    if (!back || !this.dayForElsewhere(a, back)) return undefined;
    const earlier = this.callerLinesBefore(index).join('. ');
    const named = this.classifier.scopeScores(earlier).find((s) => s.intent === back.name)?.score ?? 0;
    return named >= POLICY_THRESHOLDS.scopeWords ? back : undefined;
  }

  /**
   * The line says a day from today ("next tuesday"; not a month that names a record, "the february
   * bill") and no business tool here takes a day: a day for a request served elsewhere. `via` is
   * the transfer it would go by (its options read the day).
   */
  protected dayForElsewhere(a: Analysis, via: ToolInfo): boolean {
    const takesDay = (t: ToolInfo) =>
      t.kind === 'business' && t.params.some((p) => p.kind === 'date' || p.kind === 'datetime' || p.kind === 'time');
    if (this.callable.some(takesDay) || !SAID_FROM_TODAY.test(a.text)) return false;
    const { now, dateOrder } = this.extractOptions(via, {});
    return findDateTimes(a.u, now, dateOrder).some((d) => d.hasDay);
  }

  protected escalationReason(a: Analysis): string {
    if (!a.frustration.wantsHuman && EMERGENCY_CUES.test(a.text))
      return `The caller reports an emergency: "${cleanText(a.text, 160)}"`;
    if (a.frustration.wantsHuman || a.frustration.level === 'none') return 'The caller asked to speak to a person.';
    return `The caller is frustrated: "${cleanText(a.text, 160)}"`;
  }
}
