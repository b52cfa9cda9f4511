// The offline "LLM": a deterministic, rule-based dialogue policy behind the framework's llm.LLM
// interface, so agents, tools and handoffs run unchanged whether it or a hosted model is plugged
// in. It is clearly labelled as what it is; it does not generate free text beyond short templates.
import { DEFAULT_API_CONNECT_OPTIONS, llm, log } from '@livekit/agents';
import { randomUUID } from 'node:crypto';
import { DialoguePolicy, type PolicyDecision, type PolicyOptions } from './dialogue_policy.js';
import { CallMemory } from './context/call_memory.js';
import { ClassifierCache } from './intent_classifier.js';

export const POLICY_LABEL = 'switchboard-local-policy (rule-based, offline)';

export type LocalPolicyOptions = PolicyOptions;

type ChatArgs = Parameters<llm.LLM['chat']>[0];

// Trained intent classifiers are a pure function of the tool set (ClassifierCache keys on it), so
// every policy in the process shares them: an LLM per session then costs nothing to create.
const processClassifiers = new ClassifierCache();

/**
 * Use one instance per session, as with any llm.LLM: agents-js subscribes every session to its
 * LLM's `metrics_collected` and `error` events, so one instance shared by N concurrent calls hands
 * each call's metrics to all N sessions (N records and metric updates per reply; bench/PROFILE.md).
 */
export class LocalPolicyLLM extends llm.LLM {
  readonly policy: DialoguePolicy;
  /** What the caller said this call, for agents handed the call without its history. */
  private readonly memory = new CallMemory();
  private readonly logger = log().child({ component: 'local-policy' });

  constructor(options: LocalPolicyOptions = {}) {
    super();
    this.policy = new DialoguePolicy({ ...options, classifiers: options.classifiers ?? processClassifiers });
  }

  label(): string {
    return POLICY_LABEL;
  }

  override get model(): string {
    return 'rule-based-policy';
  }

  override get provider(): string {
    return 'switchboard-local';
  }

  chat({ chatCtx, toolCtx, connOptions, toolChoice }: ChatArgs): llm.LLMStream {
    return new LocalPolicyStream(this, {
      chatCtx,
      toolCtx,
      // Nothing to retry: decisions are local and deterministic.
      connOptions: connOptions ?? { ...DEFAULT_API_CONNECT_OPTIONS, maxRetry: 0 },
      toolChoice,
    });
  }

  /** Decide one turn without streaming (tests, benchmarks). */
  decide(chatCtx: llm.ChatContext, toolCtx?: llm.ToolContext, toolChoice?: llm.ToolChoice): Promise<PolicyDecision> {
    return this.policy.decide(chatCtx, toolCtx, toolChoice, this.memory);
  }

  /** @internal */
  log(decision: PolicyDecision, ms: number): void {
    this.logger.debug(
      { reason: decision.reason, tools: decision.toolCalls.map((c) => c.name), ms: Math.round(ms * 100) / 100 },
      'policy decision',
    );
  }
}

class LocalPolicyStream extends llm.LLMStream {
  private readonly owner: LocalPolicyLLM;
  private readonly toolChoice?: llm.ToolChoice;

  constructor(
    owner: LocalPolicyLLM,
    params: {
      chatCtx: llm.ChatContext;
      toolCtx?: ChatArgs['toolCtx'];
      connOptions: NonNullable<ChatArgs['connOptions']>;
      toolChoice?: llm.ToolChoice;
    },
  ) {
    super(owner, { chatCtx: params.chatCtx, toolCtx: params.toolCtx, connOptions: params.connOptions });
    this.owner = owner;
    this.toolChoice = params.toolChoice;
  }

  protected async run(): Promise<void> {
    const started = performance.now();
    const decision = await this.owner.decide(this.chatCtx, this.toolCtx, this.toolChoice);
    this.owner.log(decision, performance.now() - started);
    const id = `policy_${randomUUID().slice(0, 8)}`;
    if (decision.content) {
      // Stream by sentence so text-to-speech can start on the first one.
      for (const piece of decision.content.match(/[^.!?]+[.!?]*\s*/g) ?? [decision.content]) {
        this.queue.put({ id, delta: { role: 'assistant', content: piece } });
      }
    }
    if (decision.toolCalls.length > 0) {
      const toolCalls = decision.toolCalls.map((c, i) =>
        llm.FunctionCall.create({ callId: `${id}_${i}`, name: c.name, args: JSON.stringify(c.args) }),
      );
      this.queue.put({ id, delta: { role: 'assistant', toolCalls } });
    }
  }
}
