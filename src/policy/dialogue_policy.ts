// The decision maker. Each turn it reads the chat context, replays the caller's turns to rebuild
// what is being asked for and what is already known (the only state kept between turns is the
// session's CallMemory of what the caller said, for agents whose chat lost it), and returns
// either a reply or tool calls for the current agent's tools. It never makes up a tool result:
// after a tool runs it speaks the tool's own output.
//
// The work is split by concept: analysis/ (one utterance), context/ (the turn's view of the call),
// frame/ (a request being filled), intent/ (which tool), step/ (one caller turn and the replay),
// render/ (what is said). This file is the entry point and owns the per-policy caches.
import type { llm } from '@livekit/agents';
import { analyseUtterance, type Analysis } from './analysis/analysis.js';
import { readTurn } from './conversation.js';
import type { CallMemory } from './context/call_memory.js';
import { ClassifierCache, type IntentClassifier } from './intent_classifier.js';
import { extendLexicon, type LexiconExtension } from './lexicon/index.js';
import { Lru } from './lru.js';
import type { PolicyDecision } from './render/decision.js';
import type { DateOrder } from './slots/index.js';
import { Turn } from './step/turn.js';
import { POLICY_THRESHOLDS } from './thresholds.js';
import { catalogTools } from './tool_catalog.js';

export type { Analysis } from './analysis/analysis.js';
export type { PlannedCall, PolicyDecision } from './render/decision.js';

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

// Distinct utterances remembered per classifier: a long call replays every earlier turn each turn.
const ANALYSIS_CACHE_SIZE = 512;

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
    memory?: CallMemory,
  ): Promise<PolicyDecision> {
    const view = readTurn(chatCtx);
    // The core asks models for hand-over summaries; declining makes it use its extractive summary.
    if (view.summaryRequest) return { content: '', toolCalls: [], reason: 'decline' };
    // What the caller said before a handoff that carried no history is still theirs to use.
    if (memory) {
      view.earlier = memory.recall(view);
      view.servedSinceLast = memory.servedSinceLast(view);
    }
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
      cache = new Lru(ANALYSIS_CACHE_SIZE);
      this.analyses.set(classifier, cache);
    }
    const hit = cache.get(raw);
    if (hit) return hit;
    const analysis = await analyseUtterance(classifier, raw);
    cache.set(raw, analysis);
    return analysis;
  }

  /** @internal */
  clock(): Date {
    return this.now();
  }
}
