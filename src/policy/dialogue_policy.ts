// The decision maker. Each turn it reads the chat context, replays the caller's turns to rebuild
// what is being asked for and what is already known (no hidden per-session state), and returns
// either a reply or tool calls for the current agent's tools. It never makes up a tool result:
// after a tool runs it speaks the tool's own output.
import type { llm } from '@livekit/agents';
import { readTurn, type TurnItem, type TurnView } from './conversation.js';
import {
  detectFrustration,
  hasSwitchCue,
  isFarewell,
  isGoodbye,
  isNoise,
  ordinalChoice,
  stripInjection,
  type Frustration,
} from './cues.js';
import { entryLines } from './entry_script.js';
import {
  CONVERSATIONAL,
  ClassifierCache,
  contentWords,
  type IntentClassifier,
  type IntentScore,
} from './intent_classifier.js';
import { Lru } from './lru.js';
import { humanize, valueFits, type ParamSpec } from './param_spec.js';
import * as say from './replies.js';
import {
  cleanText,
  dateComplete,
  dateToValue,
  describingPart,
  extractArgs,
  isDescriptive,
  mergeDate,
  withoutIntroduction,
  type ExtractOptions,
} from './slot_filling.js';
import {
  findPersonName,
  findPlace,
  prepareUtterance,
  type DateOrder,
  type FoundDateTime,
  type Utterance,
} from './slot_extractors.js';
import { speakToolOutput, toolOutputText } from './speakable.js';
import { agentLabel, catalogTools, type ToolInfo } from './tool_catalog.js';
import { distinctiveWords, namesPrerequisite, stemHit } from './tool_relations.js';
import { polarity, returnedResult } from './call_outcome.js';
import { transferCompletedBy } from './step/completion.js';
import { readOffered, selectOffered, type Offered } from './step/offered.js';
import { itemsFromParts, splitParts } from './step/several_items.js';
import { POLICY_THRESHOLDS } from './thresholds.js';
import { extendLexicon, type LexiconExtension } from './lexicon/index.js';

export interface PolicyOptions {
  /** Lowest intent score (mean of neural and lexical evidence) that counts as understanding a request (default 0.3). */
  minConfidence?: number;
  /** Lowest lead over the runner-up intent; below it the policy asks which was meant (default 0.1). */
  minMargin?: number;
  /** Clock for reading "tomorrow at 3" (default: the real clock). Dates are read in the process's local time zone. */
  now?: () => Date;
  /**
   * How numeric dates like "12/07/1984" are read (default `month-first`, US English: December 7,
   * as the apps' spoken dates are US English). Dates with a month name or in ISO form read the same either way.
   */
  dateOrder?: DateOrder;
  /** Words this app's callers use, added to the default English lexicon (see src/policy/lexicon/README.md). */
  lexicon?: LexiconExtension;
  /** Share trained classifiers between policies (default: one cache per policy). */
  classifiers?: ClassifierCache;
}

export interface PlannedCall {
  name: string;
  args: Record<string, unknown>;
}

export interface PolicyDecision {
  /** What the agent says (may be empty). */
  content: string;
  toolCalls: PlannedCall[];
  /** Why, in one word: tool, handoff, ask, clarify, reply, escalate, end, entry, output, handoff_done, decline, miss. */
  reason: string;
}

export interface Analysis {
  /** Content words in the utterance (function words and values left out). */
  words: number;
  u: Utterance;
  /** The caller's words with any system-directed text removed. */
  text: string;
  injected: boolean;
  noise: boolean;
  scores: IntentScore[];
  frustration: Frustration;
  goodbye: boolean;
}

interface Frame {
  tool: ToolInfo;
  args: Record<string, unknown>;
  dates: Record<string, FoundDateTime>;
  expecting?: ParamSpec;
  /** Optional arguments asked once and not answered: not asked again. */
  skipped: Set<string>;
  /** A request put on hold until this one (its prerequisite) is done. */
  deferred?: { tool: ToolInfo; index: number };
}

type Outcome =
  | { kind: 'call'; frame: Frame; fresh: boolean; more?: Frame[] }
  | { kind: 'ask'; frame: Frame; fresh: boolean; answered: boolean; reask: boolean }
  | { kind: 'clarify'; options: [ToolInfo, ToolInfo] }
  | { kind: 'escalate'; tool: ToolInfo; reason: string }
  | { kind: 'no_human' }
  | { kind: 'end'; tool?: ToolInfo }
  | { kind: 'wrap_up' }
  | { kind: 'smalltalk'; intent: string; name?: string }
  | { kind: 'injection' }
  | { kind: 'miss' };

interface State {
  frame?: Frame;
  pendingChoice?: [ToolInfo, ToolInfo];
  /** Consecutive turns the policy could not understand. */
  misses: number;
  /** Tool errors so far in this agent's conversation. */
  failures: number;
  /** The last call and how it went, for corrections ("no, it's ann@x.com"). */
  lastCall?: { tool: ToolInfo; args: Record<string, unknown>; error?: string };
  /** Calls refused with an error that have not succeeded since (e.g. a guard wanted verification). */
  refused: { tool: ToolInfo; args: Record<string, unknown>; error: string }[];
  /** A request waiting for its prerequisite tool to succeed. */
  deferred?: { tool: ToolInfo; index: number; prerequisite: string };
  /** Tools that have succeeded in this conversation, with their last arguments. */
  done: Map<string, Record<string, unknown>>;
}

const LEADING_CHATTER =
  /^(?:(?:yes|yeah|yep|yup|sure|ok|okay|please|thanks|thank you|cheers|no|nope|hi|hello|hey|well|so|alright|all right|great|perfect|cool|right|and|also|um|uh)\b[,.!]?\s*)+/i;
// A transfer's "when" that says this part is over.
const DONE_HERE =
  /\b(?:has|have|got) (?:everything|all)\b|\b(?:is|are) (?:done|finished|complete|ready|arranged|all set)\b|\bnothing (?:else|more)\b/i;
// A tool that takes one of the options just offered ("Hold the free time the caller picked").
const SELECTS_OFFERED = /\b(?:offered|picked|picks|chosen|chose|choice|selected|from the (?:ones|options|list))\b/i;
const ESCALATION_KINDS = new Set(['escalation', 'operator']);
const TRANSFER_KINDS = new Set(['handoff', 'call', 'escalation', 'return']);

export class DialoguePolicy {
  readonly minConfidence: number;
  readonly minMargin: number;
  private readonly now: () => Date;
  /** @internal */
  readonly dateOrder: DateOrder;
  private readonly classifiers: ClassifierCache;
  private readonly analyses = new WeakMap<IntentClassifier, Lru<string, Analysis>>();

  constructor(options: PolicyOptions = {}) {
    this.minConfidence = options.minConfidence ?? POLICY_THRESHOLDS.minConfidence;
    this.minMargin = options.minMargin ?? POLICY_THRESHOLDS.minMargin;
    this.now = options.now ?? (() => new Date());
    this.dateOrder = options.dateOrder ?? 'month-first';
    this.classifiers = options.classifiers ?? new ClassifierCache();
    if (options.lexicon) extendLexicon(options.lexicon);
  }

  /** Train (or fetch) the classifier for a tool set ahead of the first turn. */
  async prepare(toolCtx: llm.ToolContext | undefined): Promise<void> {
    await this.classifiers.get(catalogTools(toolCtx));
  }

  async decide(
    chatCtx: llm.ChatContext,
    toolCtx: llm.ToolContext | undefined,
    toolChoice?: llm.ToolChoice,
  ): Promise<PolicyDecision> {
    const view = readTurn(chatCtx);
    // The core asks models for hand-over summaries; declining makes it use its extractive summary.
    if (view.summaryRequest) return { content: '', toolCalls: [], reason: 'decline' };
    const tools = catalogTools(toolCtx);
    const classifier = await this.classifiers.get(tools);
    const mayCallTools = toolChoice !== 'none';
    const decision = await new Turn(this, view, tools, classifier, mayCallTools).decide();
    // Told not to call tools (the framework does this while a tool runs): say something instead.
    if (!mayCallTools && decision.toolCalls.length > 0)
      return { content: decision.content || 'One moment, let me see what I can do.', toolCalls: [], reason: 'reply' };
    return decision;
  }

  /** @internal Understand one utterance for one classifier (memoised: history is replayed every turn). */
  async analyse(classifier: IntentClassifier, raw: string): Promise<Analysis> {
    let cache = this.analyses.get(classifier);
    if (!cache) {
      cache = new Lru(512);
      this.analyses.set(classifier, cache);
    }
    const hit = cache.get(raw);
    if (hit) return hit;
    const { text, injected } = stripInjection(raw);
    const u = prepareUtterance(text);
    // Values (emails, ids, numbers) and self-introductions are noise to the intent classifier:
    // classify the words around them. A leading "yes please" / "thanks" is classified apart, so
    // "yes please open a ticket" is about the ticket.
    const place = findPlace(u)?.value;
    const forIntent = withoutIntroduction(u.norm)
      .replace(place ? new RegExp(`\\b${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi') : /$^/, ' ')
      .replace(/[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi, ' ')
      .replace(/\b[A-Za-z]{0,6}-?\d[\d-]*\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const core = forIntent.replace(LEADING_CHATTER, '').trim();
    let scores = await classifier.classify(forIntent);
    if (core !== forIntent && core.split(/\s+/).length >= 2) {
      const coreScores = await classifier.classify(core);
      if (coreScores[0] && !coreScores[0].intent.startsWith('__') && coreScores[0].intent !== 'None')
        scores = coreScores;
    }
    const analysis: Analysis = {
      words: contentWords(core || forIntent).filter((w) => /[a-z]/.test(w)).length,
      u,
      text,
      injected,
      noise: isNoise(text),
      scores,
      frustration: detectFrustration(text),
      goodbye: isGoodbye(text),
    };
    cache.set(raw, analysis);
    return analysis;
  }

  /** @internal */
  clock(): Date {
    return this.now();
  }
}

type UserItem = Extract<TurnItem, { type: 'user' }>;
type OutputItem = Extract<TurnItem, { type: 'output' }>;

/** One decision: the view of the chat, the agent's tools, and the replay of the caller's turns. */
class Turn {
  private readonly byName: Map<string, ToolInfo>;
  private readonly callable: ToolInfo[];
  private readonly now: Date;
  /** Tools the instructions say must succeed before other business tools ("Before …, call verify_identity"). */
  private readonly prerequisites: ToolInfo[];

  constructor(
    private readonly policy: DialoguePolicy,
    private readonly view: TurnView,
    private readonly tools: ToolInfo[],
    private readonly classifier: IntentClassifier,
    private readonly mayCallTools: boolean,
  ) {
    this.byName = new Map(tools.map((t) => [t.name, t]));
    this.callable = mayCallTools ? tools : [];
    this.now = policy.clock();
    this.prerequisites = this.readPrerequisites();
  }

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

  // ---------------------------------------------------------------- reading the context

  private get callerName(): string | undefined {
    const key = Object.keys(this.view.facts).find(
      (k) => /name/i.test(k) && !/(?:user|file|company|product)name/i.test(k),
    );
    return say.firstName(key ? this.view.facts[key] : undefined);
  }

  /** The latest thing the caller said they need, from the known facts (a "details"/"issue" note). */
  private get factDetail(): string | undefined {
    const key = Object.keys(this.view.facts).find(
      (k) => /detail|issue|problem|need|summary|note/i.test(k) && !/categor/i.test(k),
    );
    return key ? this.view.facts[key]!.split(/;\s*/).at(-1) : undefined;
  }

  private readPrerequisites(): ToolInfo[] {
    const out: ToolInfo[] = [];
    for (const sentence of this.view.instructions.split(/(?<=[.!?])\s+/)) {
      if (!/\b(?:before|must|required|only after|first verify|needs? to be)\b/i.test(sentence)) continue;
      for (const tool of this.tools) {
        if (
          tool.kind === 'business' &&
          new RegExp(`\\b(?:then (?:call|use)|with|call|use)\\s+${tool.name}\\b`).test(sentence) &&
          !out.includes(tool)
        )
          out.push(tool);
      }
    }
    return out;
  }

  /** The business tool the instructions say to start with ("First check for an outage (check_outage)"). */
  private firstTool(): ToolInfo | undefined {
    for (const sentence of this.view.instructions.split(/(?<=[.!?])\s+/)) {
      if (!/\b(?:first|start (?:with|by))\b/i.test(sentence)) continue;
      const tool = this.callable.find((t) => t.kind === 'business' && sentence.includes(t.name));
      if (tool) return tool;
    }
    return undefined;
  }

  private userTurns(): { index: number; item: UserItem }[] {
    const out: { index: number; item: UserItem }[] = [];
    this.view.items.forEach((item, index) => {
      if (item.type === 'user') out.push({ index, item });
    });
    return out;
  }

  private extractOptions(tool: ToolInfo, over: Partial<ExtractOptions>): ExtractOptions {
    // Naming the tool or its arguments ("refund", "invoice") is asking, not describing.
    const requestWords = new Set(
      distinctiveWords(tool).concat(
        humanize(tool.name).toLowerCase().split(/\s+/),
        ...tool.params.filter((p) => p.kind === 'identifier').map((p) => p.label.toLowerCase().split(/\s+/)),
      ),
    );
    if (tool.target) for (const w of agentLabel(tool.target).split(/\s+/)) requestWords.add(w);
    return {
      opening: false,
      typedOnly: false,
      requestWords,
      agentVocabulary: this.classifier.vocabulary,
      now: this.now,
      dateOrder: this.policy.dateOrder,
      ...over,
    };
  }

  /** Known facts that fit a tool's arguments (by name, or by kind for names/emails/phones/ids). */
  private factsFor(tool: ToolInfo): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const facts = this.view.facts;
    const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
    for (const p of tool.params) {
      if (p.kind === 'boolean' || p.kind === 'reason' || p.counter) continue;
      let key = Object.keys(facts).find((k) => norm(k) === norm(p.name));
      if (!key) {
        const kindKey: Partial<Record<ParamSpec['kind'], RegExp>> = {
          person_name: /name/i,
          email: /e-?mail/i,
          phone: /phone|mobile/i,
        };
        const re = kindKey[p.kind];
        key = re
          ? Object.keys(facts).find(
              (k) => re.test(k) && (p.kind !== 'person_name' || !/(?:user|file|company|product)name/i.test(k)),
            )
          : undefined;
      }
      if (!key && p.kind === 'identifier') {
        // "orderIds" for "order_id", "accountNumber" for "account_number".
        const head = p.label.split(/\s+/)[0] ?? '';
        if (head.length > 2) key = Object.keys(facts).find((k) => norm(k).startsWith(norm(head)));
      }
      if (!key) continue;
      const raw = facts[key]!;
      const candidates = p.type === 'array' ? [raw.split(/;\s*/)] : [raw, ...raw.split(/;\s*/).reverse()];
      for (const c of candidates) {
        const value = p.type === 'number' || p.type === 'integer' ? Number(c) : c;
        if (valueFits(p, value)) {
          out[p.name] = value;
          break;
        }
      }
    }
    return out;
  }

  private isSoft(frame: Frame, p: ParamSpec): boolean {
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

  private firstMissing(frame: Frame): ParamSpec | undefined {
    const params = frame.tool.params;
    const filled = (p: ParamSpec) => valueFits(p, frame.args[p.name]);
    const required = params.find((p) => p.required && !filled(p));
    if (required) return required;
    const either = params.find(
      (p) => p.alternative && !filled(p) && !filled(params.find((q) => q.name === p.alternative)!),
    );
    if (either) return either;
    return params.find((p) => this.isSoft(frame, p) && !filled(p));
  }

  /** Start a request for `tool`: facts, earlier typed values, the same tool's last call, then this turn. */
  private async openFrame(tool: ToolInfo, a: Analysis | undefined, index: number, state?: State): Promise<Frame> {
    const args: Record<string, unknown> = { ...this.factsFor(tool) };
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
    const frame: Frame = { tool, args, dates: {}, skipped: new Set() };
    // Asking again ("still not working") is not a new description: free text stays as first said.
    // A hand-back's result comes from what the tools did, not from the caller's closing words.
    if (a) this.absorb(frame, a, !continues && tool.kind !== 'return');
    if (tool.kind === 'return') this.fillReturn(frame, a);
    await this.backfillText(frame, index);
    frame.expecting = this.firstMissing(frame);
    return frame;
  }

  /** Returning to the caller's previous agent: the result is what the tools said and the caller's words. */
  private fillReturn(frame: Frame, a: Analysis | undefined): void {
    const lastOutput = [...this.view.items]
      .reverse()
      .find((i): i is OutputItem => i.type === 'output' && !i.isError && this.byName.get(i.name)?.kind === 'business');
    const outcome = lastOutput ? toolOutputText(lastOutput.output).split(/(?<=[.!?])\s+/)[0] : undefined;
    for (const p of frame.tool.params) {
      if (frame.args[p.name] !== undefined) continue;
      if (p.kind === 'boolean' && a) {
        const v = polarity(a.text);
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
  private async backfillText(frame: Frame, beforeIndex: number): Promise<void> {
    const missing = frame.tool.params.filter(
      (p) => p.required && p.kind === 'text' && !p.options && frame.args[p.name] === undefined,
    );
    if (!missing.length || frame.tool.kind !== 'business') return;
    const request = new Set(this.extractOptions(frame.tool, {}).requestWords);
    let latest: string | undefined;
    for (const { item } of this.userTurns()
      .filter((t) => t.index < beforeIndex)
      .reverse()) {
      const earlier = await this.policy.analyse(this.classifier, item.text);
      if (earlier.noise || earlier.goodbye || !isDescriptive(withoutIntroduction(earlier.text), request)) continue;
      latest = cleanText(describingPart(withoutIntroduction(earlier.text), request));
      break;
    }
    const detail = this.factDetail ? cleanText(this.factDetail) : undefined;
    const parts = [detail, latest].filter((p): p is string => Boolean(p));
    if (parts.length === 2 && parts[0]!.toLowerCase() === parts[1]!.toLowerCase()) parts.pop();
    if (!parts.length) return;
    const text = parts.map((p) => p.replace(/[.!?]*$/, '.')).join(' ');
    for (const p of missing) {
      const v = cleanText(text, p.maxLength ?? 300);
      const value = p.type === 'array' ? [v] : v;
      if (valueFits(p, value)) frame.args[p.name] = value;
    }
  }

  /** Add what one utterance says to a frame (later values override earlier ones: corrections). */
  private absorb(frame: Frame, a: Analysis, opening: boolean): { answered: boolean; any: boolean; strong: boolean } {
    const expecting = frame.expecting;
    const ex = extractArgs(frame.tool, a.u, this.extractOptions(frame.tool, { expecting, opening }));
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
    return { answered, any: any && (answered || ex.typed.length > 0 || opening), strong };
  }

  private escalationTool(): ToolInfo | undefined {
    return this.callable.find((t) => t.kind === 'escalation') ?? this.callable.find((t) => t.kind === 'operator');
  }

  /** Rank tool intents: the best tool, how sure, and a close runner-up tool if any. */
  private intent(
    a: Analysis,
    workDone = false,
  ): { tool?: ToolInfo; score: number; confident: boolean; runnerUp?: ToolInfo; conversational?: string } {
    const none = a.scores.find((s) => s.intent === 'None')?.score ?? 0;
    const known = a.scores
      .filter((s) => s.intent !== 'None' && (s.intent.startsWith('__') || this.byName.has(s.intent)))
      .map((s) => ({ ...s }));
    // "yes", "thanks", "no" are conversational only when that is about all that was said:
    // "no, my router still blinks red" is about the router.
    const conversational = known.find((s) => s.intent.startsWith('__'));
    const topTool = known.find((s) => {
      const kind = this.byName.get(s.intent)?.kind;
      return kind === 'business' || kind === 'handoff' || kind === 'call';
    });
    // A request word said with it ("my bill is wrong") is the request; "wrong" alone would be a "no".
    const request = withoutIntroduction(a.text);
    const toolCoverage = topTool ? this.classifier.coverage(topTool.intent, request) : 0;
    const toolWordSaid =
      conversational !== undefined &&
      toolCoverage >= POLICY_THRESHOLDS.toolWordCoverage &&
      toolCoverage >= this.classifier.coverage(conversational.intent, request);
    const short =
      !toolWordSaid &&
      (a.words <= 2 || (a.words <= 3 && (conversational?.score ?? 0) >= POLICY_THRESHOLDS.conversationalShort));
    // Escalation is decided by explicit cues (asking for a person, frustration); the classifier
    // may only add it when it is sure, and never offers it as one side of a clarifying question.
    // Handing back (return) is likewise for when the caller is done, not a guess from loose words.
    // A tool that runs on details alone (verify a name and email) needs those details said, or its name.
    const ranked = known.filter((s) => {
      if (s.intent.startsWith('__')) return false;
      const tool = this.byName.get(s.intent)!;
      if (this.needsValues(tool) && !this.valuesOrNameGiven(tool, a)) return false;
      return !(ESCALATION_KINDS.has(tool.kind) || (tool.kind === 'return' && !workDone)) || s.score >= 0.6;
    });
    // Intents out of the running here (conversational ones past a few words — "not"/"thanks" are
    // then part of a request — and handing back or escalating without cause) give up their share.
    const out = known
      .filter((s) => !ranked.includes(s) && (!short || !s.intent.startsWith('__')))
      .reduce((sum, s) => sum + s.score, 0);
    if (out > 0 && out < 0.95) for (const r of ranked) r.score = r.score / (1 - out);
    const best = ranked[0];
    if (conversational && short && (!best || conversational.score >= best.score)) {
      return {
        score: conversational.score,
        confident: false,
        conversational: conversational.score >= POLICY_THRESHOLDS.conversationalMin ? conversational.intent : undefined,
      };
    }
    if (!best) return { score: 0, confident: false, conversational: short ? conversational?.intent : undefined };
    const tool = this.byName.get(best.intent)!;
    const second = ranked[1];
    // "None" (words no tool knows) lowers the top score but is not a rival intent: callers use
    // plenty of words the examples never did.
    const margin = best.score - (second?.score ?? 0);
    const confident =
      best.score >= this.policy.minConfidence && margin >= this.policy.minMargin && best.score >= none * 0.5;
    const runnerUpTool = second ? this.byName.get(second.intent) : undefined;
    const side = (t: ToolInfo) => !ESCALATION_KINDS.has(t.kind) && t.kind !== 'return' && t.kind !== 'end_call';
    const close =
      runnerUpTool &&
      side(runnerUpTool) &&
      side(tool) &&
      margin < this.policy.minMargin &&
      second!.score >= POLICY_THRESHOLDS.runnerUpMin;
    return { tool, score: best.score, confident, runnerUp: close ? runnerUpTool : undefined };
  }

  /** A tool that works on who the caller is (a name, an email): pointless until those are said. */
  private needsValues(tool: ToolInfo): boolean {
    const required = tool.params.filter((p) => p.required || p.alternative);
    return (
      tool.kind === 'business' &&
      required.some((p) => p.kind === 'person_name' || p.kind === 'email') &&
      required.every((p) => p.kind !== 'text' && p.kind !== 'reason')
    );
  }

  private valuesOrNameGiven(tool: ToolInfo, a: Analysis): boolean {
    if (distinctiveWords(tool).some((w) => stemHit(a.u.lower, w))) return true;
    return extractArgs(tool, a.u, this.extractOptions(tool, { typedOnly: true })).typed.length > 0;
  }

  /** Of two close candidates, the one this utterance's exact values are for, or that it completes. */
  private breakTie(a: Analysis, x: ToolInfo, y: ToolInfo): ToolInfo | undefined {
    const typed = (t: ToolInfo) => extractArgs(t, a.u, this.extractOptions(t, { typedOnly: true })).typed.length;
    const tx = typed(x);
    const ty = typed(y);
    return tx !== ty ? (tx > ty ? x : y) : undefined;
  }

  /** An agent that only greets and forwards (one onward transfer, no business tools) sends everything there. */
  private defaultRoute(): ToolInfo | undefined {
    if (this.callable.some((t) => t.kind === 'business')) return undefined;
    const onward = this.callable.filter((t) => t.kind === 'handoff' || t.kind === 'call');
    return onward.length === 1 ? onward[0] : undefined;
  }

  /** The business tool whose required arguments this utterance fills on its own with exact formats. */
  private toolFilledByValues(a: Analysis): ToolInfo | undefined {
    let best: { tool: ToolInfo; filled: number } | undefined;
    let tie = false;
    for (const tool of this.callable) {
      if (tool.kind !== 'business' || tool.params.length === 0) continue;
      const ex = extractArgs(tool, a.u, this.extractOptions(tool, { typedOnly: true }));
      const required = tool.params.filter((p) => p.required || p.alternative);
      const strong = required.filter((p) => ex.typed.includes(p.name)).length;
      const frame: Frame = { tool, args: { ...this.factsFor(tool), ...ex.values }, dates: {}, skipped: new Set() };
      if (strong < 2 || this.firstMissing(frame)) continue;
      if (!best || strong > best.filled) {
        best = { tool, filled: strong };
        tie = false;
      } else if (strong === best.filled) tie = true;
    }
    return best && !tie ? best.tool : undefined;
  }

  /** Another business tool that one of this utterance's exact values (an id, an email) is for. */
  private toolGivenValues(a: Analysis, not: ToolInfo): ToolInfo | undefined {
    const scored = this.callable
      .filter((t) => t.kind === 'business' && t !== not)
      .map((t) => ({
        t,
        n: extractArgs(t, a.u, this.extractOptions(t, { typedOnly: true })).typed.length,
        s: a.scores.find((x) => x.intent === t.name)?.score ?? 0,
      }))
      .filter((x) => x.n > 0)
      .sort((x, y) => y.n - x.n || y.s - x.s);
    return scored[0]?.t;
  }

  private unmetPrerequisite(tool: ToolInfo, state: State): ToolInfo | undefined {
    if (tool.kind !== 'business') return undefined;
    return this.prerequisites.find((p) => p !== tool && !state.done.has(p.name) && !this.factsShowDone(p));
  }

  /** A fact like "verified: true" shows a verify tool already succeeded before this agent took over. */
  private factsShowDone(tool: ToolInfo): boolean {
    const words = distinctiveWords(tool);
    return Object.entries(this.view.facts).some(([k, v]) => v === 'true' && words.some((w) => stemHit(k, w)));
  }

  /** Open a request, or its prerequisite first (the request waits in `deferred`). */
  private async start(tool: ToolInfo, a: Analysis, index: number, state: State): Promise<Outcome> {
    const prereq = this.unmetPrerequisite(tool, state);
    if (prereq) {
      const frame = await this.openFrame(prereq, undefined, index, state);
      frame.deferred = { tool, index };
      // The request turn may carry the prerequisite's details too ("refund 2041, I'm Ann Lee, ann@x.com").
      Object.assign(frame.args, extractArgs(prereq, a.u, this.extractOptions(prereq, { typedOnly: true })).values);
      frame.expecting = this.firstMissing(frame);
      return frame.expecting
        ? { kind: 'ask', frame, fresh: true, answered: false, reask: false }
        : { kind: 'call', frame, fresh: true };
    }
    const frame = await this.openFrame(tool, a, index, state);
    const several = tool.kind === 'business' ? await this.severalItems(tool, a, index, state) : undefined;
    if (several) return several;
    return frame.expecting
      ? { kind: 'ask', frame, fresh: true, answered: false, reask: false }
      : { kind: 'call', frame, fresh: true };
  }

  /** "two diavola pizzas and a caesar salad": one call per item, each complete on its own. */
  private async severalItems(tool: ToolInfo, a: Analysis, index: number, state: State): Promise<Outcome | undefined> {
    const texts = splitParts(a.u.norm);
    if (texts.length < 2) return undefined;
    const count = tool.params.find((p) => p.required && (p.type === 'integer' || p.type === 'number'));
    const parts = texts.map((text) => {
      const values = extractArgs(tool, prepareUtterance(text), this.extractOptions(tool, {})).values;
      // "a caesar salad": the article is a count of one.
      if (count && values[count.name] === undefined && /^(?:a|an)\s/i.test(text)) values[count.name] = 1;
      return { text, values };
    });
    const items = itemsFromParts(parts, tool.params);
    if (!items) return undefined;
    const frames: Frame[] = [];
    for (const values of items) {
      const frame = await this.openFrame(tool, undefined, index, state);
      Object.assign(frame.args, values);
      frame.expecting = this.firstMissing(frame);
      if (frame.expecting) return undefined;
      frames.push(frame);
    }
    return { kind: 'call', frame: frames[0]!, fresh: true, more: frames.slice(1) };
  }

  /** One caller turn: what the agent does about it, given the state built from earlier turns. */
  private async step(state: State, a: Analysis, index: number, lowConfidence: boolean): Promise<Outcome> {
    if (a.injected && a.text.replace(/[^a-z]/gi, '').length < 3) return { kind: 'injection' };
    if (a.noise || lowConfidence) return { kind: 'miss' };
    const intent = this.intent(a, state.done.size > 0);
    const escalation = this.escalationTool();

    // The classifier alone escalates only when sure and the caller is not answering a question.
    const classifierEscalates =
      intent.confident &&
      intent.tool !== undefined &&
      ESCALATION_KINDS.has(intent.tool.kind) &&
      intent.score >= POLICY_THRESHOLDS.classifierEscalation &&
      !state.frame?.expecting;
    const wantsOut =
      a.frustration.wantsHuman ||
      a.frustration.level === 'strong' ||
      (a.frustration.level === 'mild' && state.misses + state.failures >= 2) ||
      classifierEscalates;
    if (wantsOut) {
      if (escalation) return { kind: 'escalate', tool: escalation, reason: this.escalationReason(a) };
      if (a.frustration.wantsHuman) return { kind: 'no_human' };
    }

    // A pick among the options just offered ("the first one", "the 2pm one", "ok go ahead").
    const picked = await this.pickFromOffered(a, index, state);
    if (picked) return picked;

    // An answer to the question just asked comes first: "the engineer left cables in my yard" is
    // the ticket's description, whatever else it sounds like.
    const frame = state.frame;
    let probe: Frame | undefined;
    let answer = { answered: false, any: false, strong: false };
    if (frame) {
      probe = { ...frame, args: { ...frame.args }, dates: { ...frame.dates }, skipped: new Set(frame.skipped) };
      answer = this.absorb(probe, a, false);
    }
    const other =
      frame && intent.confident && intent.tool && intent.tool.name !== frame.tool.name ? intent.tool : undefined;
    // A free-text "answer" that is really a request ("please create the ticket") switches requests.
    const requestNotAnswer =
      other !== undefined &&
      !answer.strong &&
      !isDescriptive(
        describingPart(a.text, this.extractOptions(other, {}).requestWords),
        this.extractOptions(other, {}).requestWords,
      );
    const switching =
      other !== undefined &&
      (!answer.answered || hasSwitchCue(a.text) || requestNotAnswer || (!answer.any && intent.score >= 0.8));
    if (frame && probe && answer.answered && !switching) {
      probe.expecting = this.firstMissing(probe);
      return probe.expecting
        ? { kind: 'ask', frame: probe, fresh: false, answered: true, reask: false }
        : { kind: 'call', frame: probe, fresh: false };
    }

    const returnTool = this.callable.find((t) => t.kind === 'return');
    const endTool = this.callable.find((t) => t.kind === 'end_call');
    // Hanging up is final: the classifier alone decides it only for short, clear closings.
    const closing =
      a.goodbye ||
      (intent.confident &&
        intent.tool?.kind === 'end_call' &&
        intent.score >= POLICY_THRESHOLDS.closingScore &&
        a.words <= POLICY_THRESHOLDS.closingMaxWords &&
        this.classifier.coverage(intent.tool.name, a.text) >= POLICY_THRESHOLDS.closingCoverage);
    if (closing && !endTool && !returnTool && !isFarewell(a.text)) {
      // Done with this part ("that's everything") where the agent cannot hang up: move on along
      // the onward transfer that fits (order done → payment), or check; never a goodbye.
      const onward = this.onwardWhenDone(intent.confident ? intent.tool : undefined);
      return onward ? this.start(onward, a, index, state) : { kind: 'wrap_up' };
    }
    if (closing && (endTool || !returnTool)) return { kind: 'end', tool: endTool };
    // A specialist without a hang-up hands a finished caller back (with a result) instead.
    const finished = closing || (intent.conversational === CONVERSATIONAL.thanks && state.done.size > 0 && !frame);
    if (finished && returnTool) return this.start(returnTool, a, index, state);

    if (state.pendingChoice) {
      const [x, y] = state.pendingChoice;
      const pick = ordinalChoice(a.text);
      let chosen = pick === 0 ? x : pick === 1 ? y : undefined;
      if (!chosen) {
        const sx = a.scores.find((s) => s.intent === x.name)?.score ?? 0;
        const sy = a.scores.find((s) => s.intent === y.name)?.score ?? 0;
        if (Math.max(sx, sy) >= POLICY_THRESHOLDS.choiceMin && Math.abs(sx - sy) >= POLICY_THRESHOLDS.choiceLead)
          chosen = sx > sy ? x : y;
      }
      state.pendingChoice = undefined;
      if (chosen) return this.start(chosen, a, index, state);
    }

    if (frame && probe && !switching) {
      if (probe.expecting && this.isSoft(probe, probe.expecting)) {
        // Asked once for an optional detail and the caller moved on: go without it.
        probe.skipped.add(probe.expecting.name);
        probe.expecting = this.firstMissing(probe);
        return probe.expecting
          ? { kind: 'ask', frame: probe, fresh: false, answered: answer.any, reask: false }
          : { kind: 'call', frame: probe, fresh: false };
      }
      if (answer.any || (intent.confident && intent.tool?.name === frame.tool.name)) {
        probe.expecting = this.firstMissing(probe);
        return probe.expecting
          ? { kind: 'ask', frame: probe, fresh: false, answered: answer.any, reask: false }
          : { kind: 'call', frame: probe, fresh: false };
      }
      if (intent.conversational === CONVERSATIONAL.deny || intent.conversational === CONVERSATIONAL.offtopic) {
        // "No" / something unrelated while we wait for an answer: drop the request rather than loop.
        return { kind: 'smalltalk', intent: intent.conversational };
      }
      if (!intent.confident) return { kind: 'ask', frame, fresh: false, answered: false, reask: true };
    }

    // Facts with no request words ("Ann Lee, ann@x.com"): the tool they complete, unless the
    // request names another tool that also takes them.
    const byValues = this.toolFilledByValues(a);
    if (
      byValues &&
      !(
        intent.confident &&
        intent.tool &&
        intent.tool !== byValues &&
        this.breakTie(a, intent.tool, byValues) === intent.tool
      )
    ) {
      return this.start(byValues, a, index, state);
    }

    if (intent.confident && intent.tool && !ESCALATION_KINDS.has(intent.tool.kind) && intent.tool.kind !== 'end_call') {
      // Asked again right after it answered ("invoice 2041" after the invoices were read):
      // the new detail is for another tool, not a repeat of the same call.
      const last = state.lastCall;
      if (last && !last.error && last.tool === intent.tool && intent.tool.kind === 'business') {
        const again = await this.openFrame(intent.tool, a, index, state);
        if (JSON.stringify(this.callArgs(again)) === JSON.stringify(last.args)) {
          const alternative = this.toolGivenValues(a, intent.tool);
          if (alternative) return this.start(alternative, a, index, state);
        }
      }
      return this.start(intent.tool, a, index, state);
    }
    if (intent.tool && intent.runnerUp && intent.score >= POLICY_THRESHOLDS.clarifyMin) {
      const pick = this.breakTie(a, intent.tool, intent.runnerUp);
      if (pick) return this.start(pick, a, index, state);
      return { kind: 'clarify', options: [intent.tool, intent.runnerUp] };
    }

    // A correction right after a failed call ("no, my email is ann@x.com"), or a detail that
    // refines the last answer ("I'm in Riverside" after an outage check): the same call again.
    if (state.lastCall && state.lastCall.tool.kind === 'business') {
      const last = state.lastCall;
      const retry: Frame = { tool: last.tool, args: { ...last.args }, dates: {}, skipped: new Set() };
      const ex = extractArgs(last.tool, a.u, this.extractOptions(last.tool, { typedOnly: !last.error }));
      const changed = Object.entries(ex.values).some(([k, v]) => JSON.stringify(last.args[k]) !== JSON.stringify(v));
      if (last.error ? this.absorb(retry, a, false).any : changed && ex.typed.length > 0) {
        if (!last.error) Object.assign(retry.args, ex.values);
        retry.expecting = this.firstMissing(retry);
        return retry.expecting
          ? { kind: 'ask', frame: retry, fresh: false, answered: true, reask: false }
          : { kind: 'call', frame: retry, fresh: false };
      }
    }

    const name = findPersonName(a.u, false, this.classifier.vocabulary);
    const route = this.defaultRoute();
    const describes = isDescriptive(withoutIntroduction(a.text), new Set());
    if (route && !intent.conversational && (describes || name)) return this.start(route, a, index, state);
    if (intent.conversational) return { kind: 'smalltalk', intent: intent.conversational, name };
    if (route && (describes || name)) return this.start(route, a, index, state);
    return { kind: 'miss' };
  }

  /** The options offered since the caller last spoke (the newest agent line or tool output that lists some). */
  private offeredBefore(index: number): Offered | undefined {
    // Tool outputs first: they list the options as written ("A; B; C"), the spoken line may not.
    let spoken: Offered | undefined;
    for (let i = index - 1; i >= 0; i--) {
      const item = this.view.items[i]!;
      if (item.type === 'user') break;
      if (item.type === 'output' && !item.isError) {
        const offered = readOffered(toolOutputText(item.output));
        if (offered) return offered;
      } else if (item.type === 'assistant' && !spoken) spoken = readOffered(item.text);
    }
    return spoken;
  }

  /** Where a pick goes: the argument being asked for, else the tool that takes "the one the caller picked". */
  private selectionTarget(frame: Frame | undefined): { tool: ToolInfo; param: ParamSpec } | undefined {
    if (frame?.expecting && frame.expecting.type === 'string') return { tool: frame.tool, param: frame.expecting };
    const takesPick = this.callable.filter(
      (t) =>
        t.kind === 'business' &&
        SELECTS_OFFERED.test(t.description) &&
        t.params.some((p) => p.required && p.type === 'string'),
    );
    if (takesPick.length !== 1) return undefined;
    const tool = takesPick[0]!;
    return { tool, param: tool.params.find((p) => p.required && p.type === 'string')! };
  }

  private async pickFromOffered(a: Analysis, index: number, state: State): Promise<Outcome | undefined> {
    const offered = this.offeredBefore(index);
    if (!offered) return undefined;
    const pick = selectOffered(a.u.norm, offered);
    if (!pick) return undefined;
    const target = this.selectionTarget(state.frame);
    if (!target) return undefined;
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
    this.absorb(frame, { u: prepareUtterance(pick) } as Analysis, false);
    if (frame.args[target.param.name] === undefined || target.param.kind === 'text')
      frame.args[target.param.name] = pick;
    frame.expecting = this.firstMissing(frame);
    return frame.expecting
      ? { kind: 'ask', frame, fresh: false, answered: true, reask: false }
      : { kind: 'call', frame, fresh: false };
  }

  /**
   * The onward transfer for a caller who is done here: the one the words point to, else the one
   * transfer meant for when this part is done ("The caller has everything they want"). A transfer
   * for something else ("wants to change the order") does not fit.
   */
  private onwardWhenDone(best: ToolInfo | undefined): ToolInfo | undefined {
    const onward = this.callable.filter((t) => t.kind === 'handoff' || t.kind === 'call');
    if (best && onward.includes(best)) return best;
    const fits = onward.filter((t) => DONE_HERE.test(t.description));
    return fits.length === 1 ? fits[0] : undefined;
  }

  private escalationReason(a: Analysis): string {
    if (a.frustration.wantsHuman || a.frustration.level === 'none') return 'The caller asked to speak to a person.';
    return `The caller is frustrated: "${cleanText(a.text, 160)}"`;
  }

  /** Replay the conversation up to (not including) `upto`; returns the state then. */
  private async replay(upto: number): Promise<State> {
    const state: State = { misses: 0, failures: 0, refused: [], done: new Map() };
    const calls = new Map<string, { tool?: ToolInfo; args: Record<string, unknown> }>();
    for (let i = 0; i < upto; i++) {
      const item = this.view.items[i]!;
      if (item.type === 'user') {
        const a = await this.policy.analyse(this.classifier, item.text);
        this.apply(state, await this.step(state, a, i, false));
      } else if (item.type === 'call') {
        const tool = this.byName.get(item.name);
        calls.set(item.callId, { tool, args: item.args });
        // Whatever was being collected has now been acted on (or set aside for this call).
        if (tool && state.frame?.tool.name === tool.name && state.frame.deferred)
          state.deferred = { ...state.frame.deferred, prerequisite: tool.name };
        state.frame = undefined;
        state.pendingChoice = undefined;
      } else if (item.type === 'output') {
        const call = calls.get(item.callId);
        const tool = call?.tool ?? this.byName.get(item.name);
        if (!tool) continue;
        const args = call?.args ?? {};
        if (item.isError) {
          state.failures += 1;
          state.lastCall = { tool, args, error: item.output };
          state.refused = state.refused.filter((r) => r.tool.name !== tool.name);
          state.refused.push({ tool, args, error: item.output });
        } else {
          state.lastCall = { tool, args };
          state.done.set(tool.name, args);
          state.refused = state.refused.filter((r) => r.tool.name !== tool.name);
          if (state.deferred?.tool.name === tool.name) state.deferred = undefined;
        }
      }
    }
    return state;
  }

  private apply(state: State, outcome: Outcome): void {
    state.misses = outcome.kind === 'miss' || (outcome.kind === 'ask' && outcome.reask) ? state.misses + 1 : 0;
    // A complete request is assumed called; if the call failed, corrections reopen it from lastCall.
    if (outcome.kind === 'ask') state.frame = outcome.frame;
    else if (outcome.kind === 'call') {
      // The prerequisite is being called: the request behind it waits for its result.
      if (outcome.frame.deferred) state.deferred = { ...outcome.frame.deferred, prerequisite: outcome.frame.tool.name };
      state.frame = undefined;
    } else if (outcome.kind === 'clarify') {
      state.pendingChoice = outcome.options;
      state.frame = undefined;
    } else if (outcome.kind !== 'miss') state.frame = undefined;
  }

  // ---------------------------------------------------------------- turn kinds

  private async onUserTurn(): Promise<PolicyDecision> {
    const lastIndex = this.view.items.length - 1;
    const last = this.view.items[lastIndex] as UserItem;
    const state = await this.replay(lastIndex);
    const a = await this.policy.analyse(this.classifier, last.text);
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

  private callArgs(frame: Frame): Record<string, unknown> {
    const args: Record<string, unknown> = {};
    for (const p of frame.tool.params) {
      const v = frame.args[p.name];
      if (v !== undefined && valueFits(p, v)) args[p.name] = v;
    }
    return args;
  }

  private question(frame: Frame): string {
    const p = frame.expecting!;
    const alternative = p.alternative ? frame.tool.params.find((q) => q.name === p.alternative) : undefined;
    if (alternative && !p.required) return say.askForEither(p, alternative);
    const partial = frame.dates[p.name];
    return say.askFor(p, partial?.hasDay ? partial.date : undefined);
  }

  private render(outcome: Outcome, a: Analysis): PolicyDecision {
    const name = this.callerName;
    const empathy = a.frustration.level !== 'none' ? "I'm sorry about the trouble. " : '';
    switch (outcome.kind) {
      case 'call':
        return {
          content: '',
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
        return { content: say.noHumanHere(), toolCalls: [], reason: 'reply' };
      case 'end':
        return outcome.tool
          ? { content: '', toolCalls: [{ name: outcome.tool.name, args: {} }], reason: 'end' }
          : { content: say.goodbye(name), toolCalls: [], reason: 'reply' };
      case 'wrap_up':
        return { content: say.wrapUp(), toolCalls: [], reason: 'reply' };
      case 'smalltalk': {
        const who = say.firstName(outcome.name) ?? name;
        if (outcome.intent === CONVERSATIONAL.greet)
          return { content: say.greetBack(who), toolCalls: [], reason: 'reply' };
        if (outcome.intent === CONVERSATIONAL.thanks)
          return { content: say.youAreWelcome(), toolCalls: [], reason: 'reply' };
        if (outcome.intent === CONVERSATIONAL.offtopic)
          return { content: say.offTopic(this.offerable()), toolCalls: [], reason: 'reply' };
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
      case 'miss':
        return { content: say.notCaught(this.offerable()), toolCalls: [], reason: 'miss' };
    }
  }

  /** Tools worth offering when the caller is unsure what they can ask for. */
  private offerable(): ToolInfo[] {
    return this.tools.filter((t) => t.kind === 'business' || t.kind === 'handoff' || t.kind === 'call');
  }

  /** After tools ran: say what they returned, then continue (prerequisite first, or the request that waited). */
  private async afterToolOutput(): Promise<PolicyDecision> {
    const items = this.view.items;
    let start = items.length;
    while (start > 0 && (items[start - 1]!.type === 'output' || items[start - 1]!.type === 'call')) start -= 1;
    const block = items.slice(start);
    const outputs = block.filter((i): i is OutputItem => i.type === 'output');
    const name = this.callerName;
    // A transfer happened: the next agent speaks; anything said here would talk over it.
    if (outputs.some((o) => !o.isError && TRANSFER_KINDS.has(this.byName.get(o.name)?.kind ?? ''))) {
      return { content: '', toolCalls: [], reason: 'handoff_done' };
    }
    const parts: string[] = [];
    let goodbye = false;
    let asksAgain = false;
    for (const o of outputs) {
      const spoken = speakToolOutput(o.output);
      if (spoken.text) parts.push(spoken.text);
      goodbye ||= spoken.goodbye || (!o.isError && this.byName.get(o.name)?.kind === 'end_call');
      asksAgain ||= spoken.asksAgain;
    }
    if (goodbye)
      return {
        content: [parts.join(' '), say.goodbye(name)].filter(Boolean).join(' '),
        toolCalls: [],
        reason: 'output',
      };
    let content = parts.join(' ');
    const failed = outputs.filter((o) => o.isError);
    const succeeded = outputs.filter((o) => !o.isError);
    const state = await this.replay(items.length);

    if (this.mayCallTools && failed.length > 0) {
      // A refusal that names another of our tools as the first step: do that step.
      for (const o of failed) {
        const prereq = this.tools.find(
          (t) => t.kind === 'business' && t.name !== o.name && namesPrerequisite(o.output, t),
        );
        if (!prereq || state.done.has(prereq.name)) continue;
        const frame = await this.frameFromHistory(prereq, state);
        if (!frame.expecting) {
          const statements = content
            .split(/(?<=[.!?])\s+/)
            .filter((s) => !s.endsWith('?'))
            .join(' ');
          return {
            content: statements,
            toolCalls: [{ name: prereq.name, args: this.callArgs(frame) }],
            reason: 'tool',
          };
        }
        if (!asksAgain) content = `${content} ${this.question(frame)}`.trim();
        return { content, toolCalls: [], reason: 'ask' };
      }
    }
    if (this.mayCallTools && succeeded.length > 0) {
      for (const o of succeeded) {
        const tool = this.byName.get(o.name);
        if (!tool) continue;
        // The request that waited for this one ("verify first, then the refund").
        if (state.deferred && state.deferred.prerequisite === tool.name) {
          const turn = this.view.items[state.deferred.index];
          const a = turn?.type === 'user' ? await this.policy.analyse(this.classifier, turn.text) : undefined;
          const frame = await this.openFrame(state.deferred.tool, a, state.deferred.index, state);
          await this.addLaterTyped(frame, state.deferred.index);
          frame.expecting = this.firstMissing(frame);
          if (!frame.expecting)
            return { content, toolCalls: [{ name: frame.tool.name, args: this.callArgs(frame) }], reason: 'tool' };
          return { content: `${content} ${this.question(frame)}`.trim(), toolCalls: [], reason: 'ask' };
        }
        // A call refused earlier for want of what just succeeded: try it again now.
        const pending = state.refused.find((r) => r.tool.name !== tool.name && namesPrerequisite(r.error, tool));
        if (pending) {
          const frame = await this.frameFromHistory(pending.tool, state, pending.args);
          if (!frame.expecting)
            return { content, toolCalls: [{ name: pending.tool.name, args: this.callArgs(frame) }], reason: 'tool' };
        }
        // The transfer this success completes ("A time is held with hold_slot"): take it now.
        const onward = transferCompletedBy(
          tool,
          toolOutputText(o.output),
          this.callable.filter((t) => t.kind === 'handoff' || t.kind === 'call'),
        );
        if (onward && tool.kind === 'business') {
          const frame = await this.frameFromHistory(onward, state);
          return { content, toolCalls: [{ name: onward.name, args: this.callArgs(frame) }], reason: 'handoff' };
        }
      }
    }
    if (!content) content = failed.length ? "Sorry, that didn't work. What would you like to do?" : say.anythingElse();
    return { content, toolCalls: [], reason: 'output' };
  }

  /** Typed values said after a request was put on hold ("my email is …" while verifying). */
  private async addLaterTyped(frame: Frame, after: number): Promise<void> {
    for (const { index, item } of this.userTurns()) {
      if (index <= after) continue;
      const a = await this.policy.analyse(this.classifier, item.text);
      Object.assign(
        frame.args,
        extractArgs(frame.tool, a.u, this.extractOptions(frame.tool, { typedOnly: true })).values,
      );
    }
  }

  /** A frame for `tool` from the whole conversation (facts, typed values, earlier args). */
  private async frameFromHistory(tool: ToolInfo, state: State, seed: Record<string, unknown> = {}): Promise<Frame> {
    const frame = await this.openFrame(tool, undefined, this.view.items.length, state);
    Object.assign(frame.args, seed);
    frame.expecting = this.firstMissing(frame);
    return frame;
  }

  /** The agent's first turn after taking over (or at the start of the call). */
  private async onEntry(): Promise<PolicyDecision> {
    const entry = this.view.entry!;
    const name = this.callerName;
    const script = entryLines(entry.instruction, { name, detail: this.factDetail });
    const quoted = say.quotedLine(entry.instruction);
    const role = say.roleLine(this.view.instructions);
    if (entry.isReturn) {
      const spoken = returnedResult(entry.instruction);
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
    if (entry.from && last && this.mayCallTools) {
      const a = await this.policy.analyse(this.classifier, last.item.text);
      const intent = this.intent(a);
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
        intent.score >= this.policy.minConfidence &&
        (intent.tool.kind === 'business' ||
          ((intent.tool.kind === 'handoff' || intent.tool.kind === 'call') && intent.tool.target !== entry.from));
      const first = this.firstTool();
      let target = usable ? intent.tool : undefined;
      // "First check for an outage": a business request starts with the step the instructions put first.
      if (first && describes && (!target || target.kind === 'business')) {
        const firstFrame = await this.openFrame(first, a, last.index, state);
        if (!firstFrame.expecting) target = first;
      }
      if (target) {
        const outcome = await this.start(target, a, last.index, state);
        if (outcome.kind === 'call')
          return {
            content: opening.trim(),
            toolCalls: [{ name: outcome.frame.tool.name, args: this.callArgs(outcome.frame) }],
            reason: outcome.frame.tool.kind === 'business' ? 'tool' : 'handoff',
          };
        if (outcome.kind === 'ask') {
          const why = outcome.frame.deferred
            ? `First I need to ${outcome.frame.tool.phrase}.`
            : 'I can help with that.';
          return {
            content: `${opening} ${why} ${this.question(outcome.frame)}`.replace(/\s+/g, ' ').trim(),
            toolCalls: [],
            reason: 'ask',
          };
        }
      }
    }
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
