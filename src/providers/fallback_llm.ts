// The session LLM as a fallback chain: the configured model(s) in order, then (optionally) the
// offline policy, so tools, guards and handoffs keep working while a hosted model is down.
//
// Why not llm.FallbackAdapter as is: it counts an empty completion as success, has no deadline
// for a stream that stalls after its headers, re-sends the caller's conversation to the failed
// provider in the background after every failure, and cannot tell the caller anything. This chain
// keeps the adapter's idea (ordered providers, a failed one skipped until it may have recovered)
// and adds: a first-token deadline and an idle deadline per attempt, a short holding line when the
// model is slow, an apology when it switches, and one event per degradation for records/metrics.
import { APIError, APIStatusError, DEFAULT_API_CONNECT_OPTIONS, llm, log } from '@livekit/agents';

type ChatArgs = Parameters<llm.LLM['chat']>[0];

export interface ChainLink {
  llm: llm.LLM;
  /** Name for events and logs (model and host; never a credential). */
  name: string;
}

/** One degradation, reported to listeners (the runtime turns it into `error`/`fallback` events). */
export type Degradation =
  | { type: 'error'; component: 'llm'; kind: LlmFailureKind; provider: string; message: string }
  | { type: 'fallback'; component: 'llm'; from: string; to: string; reason: LlmFailureKind }
  | { type: 'recovered'; component: 'llm'; provider: string };

export type LlmFailureKind =
  'server_error' | 'rate_limited' | 'client_error' | 'timeout' | 'connection' | 'stream_broken' | 'empty_completion';

export interface FallbackChainOptions {
  /** Hosted/remote models, in order of preference. */
  models: ChainLink[];
  /** Last resort that never needs the network (the offline policy); omit for LLM_FALLBACK=none. */
  local?: ChainLink;
  /** Give up on an attempt when no token arrived in this time (default 5 000 ms). */
  firstTokenTimeoutMs?: number;
  /** Give up when a started stream goes quiet for this long (default 10 000 ms). */
  idleTimeoutMs?: number;
  /** Say the holding line when the first token takes longer than this (default 1 000 ms; 0 = never). */
  holdingAfterMs?: number;
  /** Skip a failed model for this long before trying it again (default 30 000 ms). */
  cooldownMs?: number;
  holdingLine?: string;
  /** Said once when the chain switches away from a failing model. */
  apology?: string;
  /** Said when every model failed and there is no local fallback. */
  outageLine?: string;
}

const DEFAULTS = {
  firstTokenTimeoutMs: 5_000,
  idleTimeoutMs: 10_000,
  holdingAfterMs: 1_000,
  cooldownMs: 30_000,
  holdingLine: 'One moment, please.',
  apology: 'Sorry, I am having a little trouble on my side, so bear with me.',
  outageLine: 'Sorry, I am having trouble on my side right now. Could you say that again in a moment?',
};

class AttemptFailed extends Error {
  constructor(
    readonly kind: LlmFailureKind,
    message: string,
    /** Something was already passed on to the caller (text or a tool call). */
    readonly partial: boolean,
  ) {
    super(message);
  }
}

function classify(error: unknown): { kind: LlmFailureKind; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof APIStatusError) {
    const code = error.statusCode;
    if (code === 429) return { kind: 'rate_limited', message: `HTTP 429: ${message}` };
    if (code >= 500) return { kind: 'server_error', message: `HTTP ${code}: ${message}` };
    if (code >= 400) return { kind: 'client_error', message: `HTTP ${code}: ${message}` };
  }
  if (error instanceof Error && /timed? ?out|timeout/i.test(`${error.name} ${message}`))
    return { kind: 'timeout', message };
  if (/JSON|parse|Unexpected token/i.test(message)) return { kind: 'stream_broken', message };
  if (error instanceof APIError) return { kind: 'connection', message };
  return { kind: 'stream_broken', message };
}

export class FallbackChainLLM extends llm.LLM {
  readonly options: Required<Omit<FallbackChainOptions, 'local'>> & { local?: ChainLink };
  private readonly downUntil = new Map<llm.LLM, number>();
  private readonly degradationListeners = new Set<(d: Degradation) => void>();
  /** The caller has been told about the current outage (reset when a model recovers). */
  private apologised = false;
  private readonly logger = log().child({ component: 'llm-fallback' });

  constructor(options: FallbackChainOptions) {
    super();
    if (options.models.length === 0 && !options.local) throw new Error('A fallback chain needs at least one model.');
    this.options = { ...DEFAULTS, ...options };
    // The session reads usage from metrics events: pass each link's on.
    for (const link of this.links) {
      link.llm.on('metrics_collected', (m) => this.emit('metrics_collected', m));
      // A link's failures are handled (and reported) by the chain; without a listener, Node would
      // turn an 'error' emit into an uncaught exception.
      link.llm.on('error', () => {});
    }
  }

  get links(): ChainLink[] {
    return [...this.options.models, ...(this.options.local ? [this.options.local] : [])];
  }

  label(): string {
    return `fallback(${this.links.map((l) => l.name).join(' → ')})`;
  }

  override get model(): string {
    return this.options.models[0]?.llm.model ?? this.options.local?.llm.model ?? 'unknown';
  }

  override get provider(): string {
    return this.options.models[0]?.llm.provider ?? this.options.local?.llm.provider ?? 'unknown';
  }

  /** Listen to degradations; returns the unsubscribe function. */
  onDegradation(listener: (d: Degradation) => void): () => void {
    this.degradationListeners.add(listener);
    return () => this.degradationListeners.delete(listener);
  }

  /** A remote model for history summaries (not this chain: its failures must not reach the session). */
  summaryModel(): llm.LLM | undefined {
    return this.options.models.find((l) => this.isUp(l.llm))?.llm;
  }

  /** @internal */
  report(d: Degradation): void {
    if (d.type === 'error') this.logger.warn({ provider: d.provider, kind: d.kind, reason: d.message }, 'LLM failed');
    if (d.type === 'fallback') this.logger.warn({ from: d.from, to: d.to, reason: d.reason }, 'LLM fallback');
    for (const listener of this.degradationListeners) {
      try {
        listener(d);
      } catch (error) {
        this.logger.debug({ error }, 'degradation listener failed');
      }
    }
  }

  /** @internal */
  isUp(model: llm.LLM): boolean {
    return (this.downUntil.get(model) ?? 0) <= Date.now();
  }

  /** @internal */
  markDown(model: llm.LLM): void {
    this.downUntil.set(model, Date.now() + this.options.cooldownMs);
  }

  /** @internal */
  markUp(link: ChainLink): void {
    const wasDown = this.downUntil.has(link.llm);
    this.downUntil.delete(link.llm);
    if (wasDown && link !== this.options.local) {
      this.apologised = false;
      this.report({ type: 'recovered', component: 'llm', provider: link.name });
    }
  }

  /** @internal The apology, once per outage. */
  takeApology(): string | undefined {
    if (this.apologised) return undefined;
    this.apologised = true;
    return this.options.apology;
  }

  chat({ chatCtx, toolCtx, toolChoice, parallelToolCalls, extraKwargs }: ChatArgs): llm.LLMStream {
    return new FallbackChainStream(this, {
      chatCtx,
      toolCtx,
      // Retries happen per link here, never around the whole chain.
      connOptions: { ...DEFAULT_API_CONNECT_OPTIONS, maxRetry: 0 },
      toolChoice,
      parallelToolCalls,
      extraKwargs,
    });
  }
}

class FallbackChainStream extends llm.LLMStream {
  constructor(
    private readonly chain: FallbackChainLLM,
    private readonly args: ChatArgs & { connOptions: NonNullable<ChatArgs['connOptions']> },
  ) {
    super(chain, { chatCtx: args.chatCtx, toolCtx: args.toolCtx, connOptions: args.connOptions });
  }

  protected async run(): Promise<void> {
    const { options } = this.chain;
    const links = this.chain.links;
    // Models in their cool-down are skipped; the local policy is always tried.
    let candidates = links.filter((l) => l === options.local || this.chain.isUp(l.llm));
    if (candidates.length === 0) candidates = links;
    let holding: NodeJS.Timeout | undefined;
    let spoke = false;
    const say = (text: string) => {
      spoke = true;
      this.queue.put({ id: 'switchboard-fallback', delta: { role: 'assistant', content: `${text} ` } });
    };
    if (options.holdingAfterMs > 0 && candidates[0] !== options.local)
      holding = setTimeout(() => !spoke && say(options.holdingLine), options.holdingAfterMs);
    let failedFrom: { link: ChainLink; kind: LlmFailureKind } | undefined;
    try {
      for (const link of candidates) {
        if (this.abortController.signal.aborted) return;
        if (failedFrom) {
          this.chain.report({
            type: 'fallback',
            component: 'llm',
            from: failedFrom.link.name,
            to: link.name,
            reason: failedFrom.kind,
          });
        }
        if (link === options.local) {
          clearTimeout(holding);
          const apology = failedFrom ? this.chain.takeApology() : undefined;
          if (apology) say(apology);
        }
        try {
          await this.attempt(link, () => {
            clearTimeout(holding);
            spoke = true;
          });
          this.chain.markUp(link);
          return;
        } catch (error) {
          const failure =
            error instanceof AttemptFailed ? error : new AttemptFailed(classify(error).kind, String(error), false);
          this.chain.markDown(link.llm);
          this.chain.report({
            type: 'error',
            component: 'llm',
            kind: failure.kind,
            provider: link.name,
            message: failure.message,
          });
          if (failure.partial) {
            // Half an answer already went out: finish it honestly rather than start another one.
            say(options.apology.replace(/,? so bear with me\.?$/, '.') + ' Could you say that again?');
            return;
          }
          failedFrom = { link, kind: failure.kind };
        }
      }
      // Every link failed and there is no local policy: the caller still hears something.
      clearTimeout(holding);
      say(options.outageLine);
    } finally {
      clearTimeout(holding);
    }
  }

  /** One attempt on one link with first-token and idle deadlines. Throws AttemptFailed. */
  private async attempt(link: ChainLink, onFirstToken: () => void): Promise<void> {
    const { options } = this.chain;
    const child = link.llm.chat({
      chatCtx: this.args.chatCtx,
      toolCtx: this.args.toolCtx,
      toolChoice: this.args.toolChoice,
      parallelToolCalls: this.args.parallelToolCalls,
      extraKwargs: this.args.extraKwargs,
      connOptions: { maxRetry: 0, timeoutMs: options.firstTokenTimeoutMs, retryIntervalMs: 0 },
    });
    let streamError: unknown;
    const onError = (ev: { error: unknown }) => {
      streamError ??= ev.error;
    };
    link.llm.on('error', onError as never);
    const onAbort = () => child.close();
    this.abortController.signal.addEventListener('abort', onAbort, { once: true });
    let responded = false;
    try {
      const iterator = child[Symbol.asyncIterator]();
      for (;;) {
        const limit = responded ? options.idleTimeoutMs : options.firstTokenTimeoutMs;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), limit);
        });
        const next = await Promise.race([iterator.next(), timeout]);
        clearTimeout(timer);
        if (next === 'timeout') {
          throw new AttemptFailed(
            'timeout',
            responded ? `the stream went quiet for ${limit} ms` : `no first token within ${limit} ms`,
            responded,
          );
        }
        if (next.done) break;
        const chunk = next.value;
        if (!responded && llm.hasResponse(chunk)) {
          responded = true;
          onFirstToken();
        }
        this.queue.put(chunk);
      }
      if (this.abortController.signal.aborted) return;
      if (streamError !== undefined) {
        const { kind, message } = classify(streamError);
        throw new AttemptFailed(responded ? 'stream_broken' : kind, message, responded);
      }
      if (!responded) throw new AttemptFailed('empty_completion', 'the model returned an empty completion', false);
    } finally {
      link.llm.off('error', onError as never);
      this.abortController.signal.removeEventListener('abort', onAbort);
      child.close();
    }
  }
}
