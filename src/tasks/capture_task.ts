// The shared engine of the prebuilt data-capture tasks: an agents-js AgentTask that asks for one
// detail, validates it, reads it back in a speakable form, takes corrections, gives up after N
// tries, and resolves with a typed result. Each kind (email, phone, date...) only supplies a
// parser and a read-back; see kinds.ts.
import { llm, voice } from '@livekit/agents';
import { EventEmitter } from 'node:events';
import { z } from 'zod';
import { LocalPolicyLLM } from '../policy/local_policy_llm.js';
import { findYesNo, prepareUtterance } from '../policy/slots/index.js';
import type { CaptureEvent } from '../workflow/events.js';
import { setToolMeta } from '../workflow/tool_meta.js';
import { withoutToolTimeLimit } from '../workflow/tool_wrap.js';
import { runtimeOf } from '../workflow/workflow_agent.js';
import { applyCorrection } from './spoken.js';
import {
  type Parsed,
  type CaptureKind,
  type CaptureOptions,
  type CaptureSuccess,
  type CaptureResult,
  type CaptureEventInput,
} from './capture_types.js';
import { directStream, toolText, type DirectReply } from './direct_reply.js';
import { listenToKeypad } from './keypad.js';
import { countHandOn, handOn } from './hand_on.js';

export { handOnDue } from './hand_on.js';

const YES_ONLY = 6;
// The read-back questioned, not passed over: "that's not it", "wrong", "wait", "hang on".
const NOT_RIGHT =
  /\b(?:not (?:right|correct|it|quite)|wrong|incorrect|mistake|wait|hang on|hold on|repeat|again|what did you)\b|\?\s*$/i;

export class CaptureTask<T> extends voice.AgentTask<CaptureResult<T>> {
  /** `capture` events for this task (they also go to the workflow's events when run inside one). */
  readonly events = new EventEmitter<{ capture: [CaptureEventInput] }>();
  private attempts = 0;
  private pending?: { value: T; text: string };
  private readonly maxAttempts: number;
  private readonly question: string;
  private handledItem?: string;
  private givingUp = false;
  private keyedEntry?: string;
  /** Said before the first question: why the value the caller already gave did not do. */
  private preface?: string;

  constructor(
    readonly kind: CaptureKind<T>,
    private readonly options: CaptureOptions<T> = {},
  ) {
    const arg = kind.argument;
    const record = `record_${kind.id}`;
    const confirm = `confirm_${kind.id}`;
    const decline = `decline_${kind.id}`;
    const confirms = !options.skipConfirmation && kind.readBack !== undefined;
    const instructions = [
      `You are collecting the caller's ${kind.what}. Keep replies short and do not talk about anything else.`,
      `When the caller gives it, call ${record} with it as they said it (spoken forms such as "at", "dot" or digits said as words are fine).`,
      confirms
        ? `${record} returns a read-back: say it and ask the caller to confirm. When they confirm, call ${confirm}. If they correct it, all of it or a single letter ("no, it's m as in mary"), call ${record} again with the full corrected ${kind.what}.`
        : '',
      `If ${record} says the value is not valid, ask again as it says. If the caller will not give it, call ${decline}.`,
      kind.guidance ?? '',
      options.instructions ?? '',
    ]
      .filter(Boolean)
      .join('\n');
    const ref: { task?: CaptureTask<T> } = {};
    const tools: Record<string, llm.FunctionTool<never, never, unknown> | object> = {
      [record]: setToolMeta(
        llm.tool({
          description: `Record the caller's ${kind.what} as they said it.`,
          parameters: z.object({ [arg.name]: z.string().describe(arg.description) }),
          execute: async (args: Record<string, string>) => ref.task!.receive(String(args[arg.name] ?? '')),
        }),
        { kind: 'business', examples: kind.examples ?? [] },
      ),
      [decline]: setToolMeta(
        llm.tool({
          description: `The caller does not want to give their ${kind.what}.`,
          execute: async () => ref.task!.declined(),
        }),
        {
          kind: 'business',
          examples: [`I don't want to give my ${kind.what}`, `I'd rather not say`, `skip that`, `no I won't`],
        },
      ),
    };
    if (confirms)
      tools[confirm] = setToolMeta(
        llm.tool({
          description: `The caller confirmed the ${kind.what} you read back is right.`,
          execute: async () => ref.task!.confirmed(),
        }),
        { kind: 'business', examples: ["yes that's right", 'correct', 'yes that is correct', 'that is right'] },
      );
    super({
      id: `capture_${kind.id}`,
      instructions,
      tools: tools as never,
      chatCtx: options.chatCtx,
      llm: options.llm as never,
    });
    ref.task = this;
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 3);
    this.question = options.question ?? kind.question;
  }

  /**
   * Run the task; a workflow tool's time limit is lifted while the caller answers. The framework
   * settles `run()` once the agent that started the task is back, which is when anything the
   * caller said after their answer can be handed on to it.
   */
  override async run(): Promise<CaptureResult<T>> {
    try {
      return await withoutToolTimeLimit(() => super.run());
    } finally {
      const pending = this.handOnLater;
      this.handOnLater = undefined;
      if (pending) handOn(pending.session, pending.said, this);
    }
  }

  /**
   * Take what the caller already said (a tool argument such as `phone`) when it is a valid value,
   * without asking again; otherwise run the task, which opens with why that value did not do and
   * then asks, reads back and takes corrections as usual. A value taken as given is not read back
   * by the task: put `readBackOf(result)` in the tool's reply so the caller hears it and can
   * correct it (implicit confirmation).
   */
  async runWith(given: string | null | undefined): Promise<CaptureResult<T>> {
    if (given?.trim()) {
      const parsed = this.check(given);
      if (parsed.ok) {
        this.attempts = 1;
        this.events.emit('capture', {
          task: this.kind.id,
          status: 'captured',
          attempts: 1,
          value: this.display(parsed.value, parsed.text),
        });
        return { ok: true, value: parsed.value, text: parsed.text, attempts: 1 };
      }
      this.attempts = 1;
      this.preface = parsed.problem;
      this.events.emit('capture', { task: this.kind.id, status: 'invalid', attempts: 1, problem: parsed.problem });
    }
    return this.run();
  }

  /** The kind's speakable read-back of a captured value ("I have five five five, …."), or its display form. */
  readBackOf(result: CaptureSuccess<T>): string {
    return this.kind.readBack?.(result.value, result.text) ?? `I have ${this.display(result.value, result.text)}.`;
  }

  /** The kind's parser, then the app's own rule. */
  private check(said: string): Parsed<T> {
    const parsed = this.kind.parse(said, { previous: this.pending?.value, now: this.options.now?.() ?? new Date() });
    if (!parsed.ok || !this.options.validate) return parsed;
    const problem = this.options.validate(parsed.value, parsed.text);
    return problem ? { ok: false, problem } : parsed;
  }

  private get confirms(): boolean {
    return !this.options.skipConfirmation && this.kind.readBack !== undefined;
  }

  private emit(status: CaptureEvent['status'], extra: { value?: string; problem?: string } = {}): void {
    const input: CaptureEventInput = { task: this.kind.id, status, attempts: this.attempts, ...extra };
    this.events.emit('capture', input);
    // The agent that started the task, through any enclosing tasks (a workflows.TaskGroup step).
    let parent: voice.Agent | undefined = this._oldAgent;
    let bound = parent ? runtimeOf(parent) : undefined;
    for (let hops = 0; parent && !bound && hops < 5; hops++) {
      parent = parent instanceof voice.AgentTask ? parent._oldAgent : undefined;
      bound = parent ? runtimeOf(parent) : undefined;
    }
    bound?.runtime.events.emitEvent({ type: 'capture', agent: bound.agentId, ...input });
  }

  private display(value: T, text: string): string {
    return this.kind.display ? this.kind.display(value, text) : text;
  }

  override async onEnter(): Promise<void> {
    const keypad = this.attachKeypad();
    this.emit('asked');
    // Offline only: a value the caller already said in the last lines ("the paddler is Ines Quaresma,
    // mobile 503 555 0151" to the name question) is read back for a yes, not asked for again.
    const given = this.preface ? undefined : this.saidJustBefore();
    if (given) {
      this.session.say(this.receive(given));
      return;
    }
    const question = this.preface ? `${this.preface} ${this.question}` : this.question;
    this.session.say(keypad ? `${question} You can also type it on your keypad, then press hash.` : question);
  }

  /** The newest of the caller's last two lines that holds a valid value, when it is read back for a yes. */
  private saidJustBefore(): string | undefined {
    if (!this.confirms || !((this.llm ?? this.session.llm) instanceof LocalPolicyLLM)) return undefined;
    const said = this.session.history.items
      .filter((i): i is llm.ChatMessage => i.type === 'message' && i.role === 'user')
      .slice(-2)
      .map((m) => m.textContent ?? '')
      .reverse();
    return said.find((line) => this.saysValue(line) && this.check(line).ok);
  }

  override async onExit(): Promise<void> {
    this.detachKeypad?.();
  }

  private detachKeypad?: () => void;

  // Keys become caller input on the normal path (so read-back, correction and events are the same).
  private attachKeypad(): boolean {
    this.detachKeypad = listenToKeypad(this.options.keypad, {
      done: () => this.done,
      awaitingYes: () => this.pending !== undefined,
      submit: (text) => {
        if (/^\d+$/.test(text)) this.keyedEntry = text;
        this.session.generateReply({ userInput: text });
      },
    });
    return this.detachKeypad !== undefined;
  }

  /** A value from the record tool (or a correction heard directly): validate, then read back or finish. */
  private receive(said: string): string {
    if (this.done) return 'Already finished.';
    const parsed = this.check(said);
    if (!parsed.ok) return this.reject(parsed.problem);
    const corrected = this.pending !== undefined;
    this.pending = { value: parsed.value, text: parsed.text };
    const shown = this.display(parsed.value, parsed.text);
    if (!this.confirms) {
      this.finish({ ok: true, value: parsed.value, text: parsed.text, attempts: this.attempts + 1 });
      return `Got it: ${shown}.`;
    }
    this.emit(corrected ? 'corrected' : 'read_back', { value: shown });
    return `${this.kind.readBack!(parsed.value, parsed.text)} Is that right?`;
  }

  private reject(problem: string): string {
    this.attempts += 1;
    this.pending = undefined;
    this.emit('invalid', { problem });
    if (this.attempts >= this.maxAttempts) return this.giveUp();
    throw new llm.ToolError(`${problem} Ask the caller for their ${this.kind.what} again.`);
  }

  private giveUp(): string {
    const message = `The caller's ${this.kind.what} could not be captured after ${this.attempts} ${this.attempts === 1 ? 'try' : 'tries'}. Do not ask for it again now: tell the caller and offer another way (a callback or a human colleague).`;
    this.finish({ ok: false, reason: 'gave_up', attempts: this.attempts, message });
    return message;
  }

  private confirmed(): string {
    if (this.done) return 'Already finished.';
    if (!this.pending)
      throw new llm.ToolError(`Nothing has been read back yet. Ask the caller for their ${this.kind.what} first.`);
    const { value, text } = this.pending;
    this.finish({ ok: true, value, text, attempts: this.attempts + 1 });
    return `Confirmed: ${this.display(value, text)}.`;
  }

  private declined(): string {
    if (this.done) return 'Already finished.';
    if (this.givingUp) return this.giveUp();
    const message = `The caller chose not to give their ${this.kind.what}. Carry on without it and do not ask again.`;
    this.finish({ ok: false, reason: 'declined', attempts: this.attempts, message });
    return message;
  }

  private finish(result: CaptureResult<T>): void {
    if (this.done) return;
    if (result.ok) this.emit('captured', { value: this.display(result.value, result.text) });
    if (result.ok) this.detachKeypad?.();
    else this.emit(result.reason === 'declined' ? 'declined' : 'gave_up');
    const rest = result.ok ? this.carryOver : undefined;
    this.carryOver = undefined;
    const session = rest ? this.session : undefined;
    if (rest && session) {
      this.handOnLater = { session, said: rest };
      countHandOn(session, 1);
    }
    this.complete(result);
  }

  private carryOver?: string;
  private handOnLater?: { session: voice.AgentSession; said: string };

  /**
   * What needs no model: clear answers to the read-back ("yes" confirms, "no" asks again, a
   * one-letter correction such as "no, it's m as in mary, not n" is applied to the value just read
   * back) become the tool call a model would make, and the record tool's result is spoken exactly
   * (a model could garble a spelled read-back). Anything else goes to the model. This sits in the
   * LLM node so it works on every input path (voice turns, session.run, the console).
   */
  override async llmNode(
    chatCtx: llm.ChatContext,
    toolCtx: llm.ToolContext,
    modelSettings: voice.ModelSettings,
  ): ReturnType<voice.Agent['llmNode']> {
    const last = chatCtx.items.at(-1);
    if (last && last.id !== this.handledItem) {
      this.handledItem = last.id;
      const direct =
        last.type === 'message' && last.role === 'user'
          ? (this.answerToReadBack(last.textContent ?? '') ?? this.recognisedValue(last.textContent ?? ''))
          : last.type === 'function_call_output' && last.name === this.recordTool && !this.done
            ? { say: last.isError ? this.askAgainLine(last.output) : toolText(last.output) }
            : undefined;
      if (direct) return directStream(direct);
    }
    return super.llmNode(chatCtx, toolCtx, modelSettings);
  }

  private get recordTool(): string {
    return `record_${this.kind.id}`;
  }

  /** The record call for a value said plainly ("jane at example dot com"); undefined leaves it to the model. */
  private recognisedValue(said: string): DirectReply | undefined {
    if (this.done || !said.trim()) return undefined;
    // A keypad entry is unambiguous: always recorded (and validated) as the value.
    if (said === this.keyedEntry) {
      this.keyedEntry = undefined;
      return { call: this.recordTool, args: { [this.kind.argument.name]: said } };
    }
    if (this.options.directAnswers === false) return undefined;
    const context = { previous: this.pending?.value, now: this.options.now?.() ?? new Date() };
    const clear = this.kind.recognise ? this.kind.recognise(said, context) : this.kind.parse(said, context).ok;
    return clear ? { call: this.recordTool, args: { [this.kind.argument.name]: said } } : undefined;
  }

  /** A clear answer to the read-back, as a reply or a tool call; undefined leaves it to the model. */
  private answerToReadBack(said: string): DirectReply | undefined {
    const pending = this.pending;
    if (!pending || this.done || !this.confirms || !said.trim()) return undefined;
    const words = said.trim().split(/\s+/).length;
    const fixed = applyCorrection(pending.text, said);
    if (fixed !== undefined) return { call: this.recordTool, args: { [this.kind.argument.name]: fixed } };
    const yes = findYesNo(prepareUtterance(said));
    if (yes === true && words <= YES_ONLY && !/\b(?:but|not|wrong)\b/i.test(said))
      return { call: `confirm_${this.kind.id}`, args: {} };
    if (yes === false && words <= 4) {
      this.attempts += 1;
      this.pending = undefined;
      this.emit('invalid', { problem: 'The caller said the read-back was wrong.' });
      if (this.attempts >= this.maxAttempts) {
        this.givingUp = true;
        return { call: `decline_${this.kind.id}`, args: {} };
      }
      return { say: `Sorry about that. What is the correct ${this.kind.what}?` };
    }
    // The caller went on to something else (what happened, another detail) without a yes or no and
    // without another value: the read-back stands (an implicit yes) and the task completes.
    if (yes !== false && !NOT_RIGHT.test(said) && !this.saysValue(said)) {
      this.carryOver = said;
      return { call: `confirm_${this.kind.id}`, args: {} };
    }
    return undefined;
  }

  /** Does the caller give a value of this kind (a new one, or the same again)? */
  private saysValue(said: string): boolean {
    const context = { previous: this.pending?.value, now: this.options.now?.() ?? new Date() };
    return this.kind.recognise ? this.kind.recognise(said, context) : this.kind.parse(said, context).ok;
  }

  private askAgainLine(toolMessage: string): string {
    const problem = toolText(toolMessage).replace(/\s*Ask the caller.*$/s, '');
    return `${problem} Could you say your ${this.kind.what} again?`;
  }
}
