// One console call: a text (optionally spoken) AgentSession running an app's workflow in process,
// with no room and no server. Used by the interactive console and by scripted mode.
import { type llm, voice } from '@livekit/agents';
import type { AnyZodObject, WorkflowSpec } from '../workflow/declaration.js';
import type { WorkflowEvent } from '../workflow/events.js';

/** The workflow events that also belong in the console's JSON-lines stream. */
function degradationEvent(e: WorkflowEvent): ConsoleEvent | undefined {
  if (e.type === 'session_start')
    return {
      type: 'session_start',
      sessionId: e.sessionId,
      workflow: e.workflow,
      agent: e.agent,
      providers: e.providers,
    };
  if (e.type === 'error')
    return { type: 'error', component: e.component, kind: e.kind, provider: e.provider, message: e.message };
  if (e.type === 'fallback')
    return { type: 'fallback', component: e.component, from: e.from, to: e.to, reason: e.reason };
  return undefined;
}
import { WorkflowRuntime, type WorkflowRuntimeOptions } from '../workflow/runtime.js';
import { handOnDue } from '../tasks/capture_task.js';
import { historyToEvents, type ConsoleEvent } from './event_stream.js';

/** Longest caller line we pass on; longer input is cut (a caller cannot say 10 kB in one breath). */
export const MAX_INPUT_CHARS = 2000;

/** Strip control characters and binary garbage, fold whitespace, cap the length. */
export function sanitizeInput(raw: string): string {
  const text = raw
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFD]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > MAX_INPUT_CHARS ? text.slice(0, MAX_INPUT_CHARS) : text;
}

export interface ConsoleSessionOptions {
  workflow: WorkflowSpec<AnyZodObject>;
  llm: llm.LLM | string;
  stt?: voice.AgentSessionOptions['stt'];
  tts?: voice.AgentSessionOptions['tts'];
  runtime?: WorkflowRuntimeOptions;
  /** Called for each documented console event, in order. */
  onEvent?: (event: ConsoleEvent) => void;
  onWorkflowEvent?: (event: WorkflowEvent) => void;
  /** Called with the session and runtime before the call starts (recorders, metrics, audio output). */
  beforeStart?: (session: voice.AgentSession, runtime: WorkflowRuntime) => void | Promise<void>;
  /** Longest a caller turn may take before the console reports it and moves on (ms). */
  turnTimeoutMs?: number;
}

export class ConsoleSession {
  readonly runtime: WorkflowRuntime;
  readonly session: voice.AgentSession;
  private seen = 0;
  private agent: string;
  private hangingUp?: Promise<void>;
  private closing?: Promise<void>;
  private readonly speeches: Array<{ handle: voice.SpeechHandle; agent?: voice.Agent }> = [];
  private pendingLive: Array<{ at: number; event: ConsoleEvent }> = [];

  private constructor(private readonly options: ConsoleSessionOptions) {
    this.runtime = new WorkflowRuntime(options.workflow, options.runtime);
    this.agent = options.workflow.start;
    this.session = new voice.AgentSession({
      llm: options.llm,
      stt: options.stt,
      tts: options.tts,
      userData: this.runtime.createUserData(),
      // Typed input has no audio to detect turns in; without this agents-js loads its default
      // VAD and turn-detector models, which slow start-up and hold the process open at exit.
      turnHandling: { turnDetection: 'manual' },
    });
    if (options.onWorkflowEvent) this.runtime.events.on('event', options.onWorkflowEvent);
    // Provider trouble and the session start are workflow events; they join the JSON-lines stream
    // in time order with the conversation (see flush).
    this.runtime.events.on('event', (e) => {
      const event = degradationEvent(e);
      if (event) this.pendingLive.push({ at: e.at, event });
    });
    // Track every speech so we can wait for replies that no run() owns (greeting, transitions).
    this.session.on(voice.AgentSessionEventTypes.SpeechCreated, (ev) =>
      this.speeches.push({ handle: ev.speechHandle, agent: this.currentAgent() }),
    );
  }

  static async open(options: ConsoleSessionOptions): Promise<ConsoleSession> {
    const call = new ConsoleSession(options);
    await options.beforeStart?.(call.session, call.runtime);
    await call.runtime.start(call.session);
    await call.settle();
    call.flush();
    return call;
  }

  get ended(): boolean {
    return this.hangingUp !== undefined || this.runtime.endRequested;
  }

  /** One caller turn. Never throws for bad input or a failing turn: it reports an error event. */
  async say(raw: string): Promise<void> {
    if (this.ended) return;
    const text = sanitizeInput(raw);
    if (!text) return;
    const timeoutMs = this.options.turnTimeoutMs ?? 60_000;
    let timer: NodeJS.Timeout | undefined;
    try {
      const run = this.session.run({ userInput: text });
      await Promise.race([
        run.wait(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no reply within ${timeoutMs / 1000} s`)), timeoutMs);
        }),
      ]);
      await this.settle();
    } catch (error) {
      this.flush();
      this.options.onEvent?.({ type: 'error', message: `That turn failed: ${(error as Error).message}` });
      return;
    } finally {
      clearTimeout(timer);
    }
    this.flush();
  }

  /** Wait for queued speech (entry turns, transition lines) to finish. */
  private async settle(): Promise<void> {
    for (let i = 0; i < 200; i++) {
      await this.handOnsDone();
      const pending = this.speeches.filter((s) => !s.handle.done() && !this.heldByTask(s.agent)).map((s) => s.handle);
      if (pending.length === 0 && !this.runtime.entering) return;
      if (pending.length === 0) {
        // A handoff is under way: its entry turn is part of this turn.
        await new Promise((r) => setTimeout(r, 10));
        continue;
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all(pending.map((h) => h.waitForPlayout())),
        new Promise((r) => {
          timer = setTimeout(r, 5_000);
        }),
      ]);
      clearTimeout(timer);
    }
  }

  /** A capture task's hand-on of what the caller said after their answer is part of this turn. */
  private async handOnsDone(): Promise<void> {
    for (let waited = 0; handOnDue(this.session) && waited < 5_000; waited += 10)
      await new Promise((r) => setTimeout(r, 10));
  }

  private currentAgent(): voice.Agent | undefined {
    try {
      return this.session.currentAgent;
    } catch {
      return undefined; // not started yet
    }
  }

  /**
   * A speech of an agent that is waiting on an AgentTask (a capture task asking the caller) ends
   * only when the task does, turns later: the turn is settled without it.
   */
  private heldByTask(agent: voice.Agent | undefined): boolean {
    let current = this.currentAgent();
    for (let hops = 0; current instanceof voice.AgentTask && hops < 5; hops++) {
      current = current._oldAgent;
      if (current === agent) return true;
    }
    return false;
  }

  /** Emit events for history items added since the last flush. */
  private flush(): void {
    const items = this.session.history.items;
    const fresh = items.slice(this.seen);
    this.seen = items.length;
    const emitLiveUpTo = (at: number) => {
      // Shift before the optional call: `onEvent?.(x.shift())` skips the shift when no listener is
      // set, and this loop would never end.
      while (this.pendingLive.length > 0 && this.pendingLive[0]!.at <= at) {
        const { event } = this.pendingLive.shift()!;
        this.options.onEvent?.(event);
      }
    };
    for (const item of fresh) {
      emitLiveUpTo(item.createdAt);
      const { events, agent } = historyToEvents([item], this.agent);
      this.agent = agent;
      for (const event of events) this.options.onEvent?.(event);
    }
    emitLiveUpTo(Number.POSITIVE_INFINITY);
  }

  /** End the call (if not ended), emit `session_end` with the final userdata and close the session. */
  async close(): Promise<void> {
    await this.hangUp();
    await this.sessionClosed;
  }

  /**
   * End the call and emit `session_end`; the session finishes closing in `sessionClosed`. A closing
   * session waits ~0.5 s for a last audio turn to flush, which a text call never has: an eval run
   * overlaps that wait with its next call instead of idling through it.
   */
  hangUp(): Promise<void> {
    this.hangingUp ??= this.endCall();
    return this.hangingUp;
  }

  /** Settles once the framework session has closed (after `hangUp`); rejects if closing failed. */
  get sessionClosed(): Promise<void> {
    return this.closing ?? Promise.resolve();
  }

  private async endCall(): Promise<void> {
    await this.settle();
    this.flush();
    const userdata = structuredClone(this.session.userData) as Record<string, unknown>;
    this.runtime.call.setOutcome(this.runtime.call.outcomeAtClose());
    this.closing = this.session.close();
    // Whoever only hangs up need not wait for the close; `close()` still sees a failure.
    this.closing.catch(() => undefined);
    this.options.onEvent?.({
      type: 'session_end',
      agent: this.runtime.currentAgentId ?? this.agent,
      outcome: this.runtime.outcome,
      userdata,
    });
  }
}
