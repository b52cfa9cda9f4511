// Reading the context of one turn: who the caller is, what the instructions require, which facts
// fit which tool, and what was offered since the caller last spoke.
import type { TurnItem, TurnView } from '../conversation.js';
import type { IntentClassifier } from '../intent_classifier.js';
import { BIRTH_CUE, dateAbout, humanize, type ParamSpec } from '../param_spec.js';
import { valueFits } from '../value_fits.js';
import * as say from '../replies.js';
import { ROLE } from '../render/for_caller.js';
import type { ExtractOptions } from '../slot_filling.js';
import type { DateOrder } from '../slots/index.js';
import { toolOutputText } from '../speakable.js';
import { agentLabel, type ToolInfo } from '../tool_catalog.js';
import { distinctiveWords, namesPrerequisite, stemHit } from '../tool_relations.js';
import { readOffered, type Offered } from '../step/offered.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';
import { labelNamesSomeoneElse } from '../slots/others_name.js';
import { namePart } from '../slots/name_part.js';
import type { Analysis } from '../analysis/analysis.js';
import { SENTENCE_BREAK } from '../sentences.js';

/** What a turn needs from the policy that owns it (kept as an interface so nothing here imports the policy). */
export interface PolicyServices {
  readonly minConfidence: number;
  readonly minMargin: number;
  readonly dateOrder: DateOrder;
  analyse(classifier: IntentClassifier, raw: string): Promise<Analysis>;
  clock(): Date;
}

export type UserItem = Extract<TurnItem, { type: 'user' }>;
export type OutputItem = Extract<TurnItem, { type: 'output' }>;

const CALLER_SIGNAL = new RegExp(`^(?:the|this) ${ROLE}\\b`, 'i');
// A sentence that opens with a condition ("If the patient is new, …") holds only for some callers.
const CONDITION_OPENER = /^(?:if|when|unless|in case|should|for (?:a |an )?(?:new|returning|existing))\b/i;

export const ESCALATION_KINDS = new Set(['escalation', 'operator']);
export const TRANSFER_KINDS = new Set(['handoff', 'call', 'escalation', 'return']);

/** One decision's view of the call: the chat, the agent's tools and instructions, the known facts. */
export class TurnContext {
  protected readonly byName: Map<string, ToolInfo>;
  protected readonly callable: ToolInfo[];
  protected readonly now: Date;
  /**
   * Tools the instructions say must succeed first ("Before …, call verify_identity"), and the tools
   * they come before when the sentence names them ("list the flights with search_flights, then
   * change_flight"); without, before every other business tool.
   */
  protected readonly prerequisites: { tool: ToolInfo; before?: ReadonlySet<ToolInfo>; guard?: true }[];
  /** An operator tool already queued this caller for a person (earlier in the call). */
  protected readonly queuedForHuman: boolean;

  constructor(
    protected readonly policy: PolicyServices,
    protected readonly view: TurnView,
    protected readonly tools: ToolInfo[],
    protected readonly classifier: IntentClassifier,
    protected readonly mayCallTools: boolean,
  ) {
    this.byName = new Map(tools.map((t) => [t.name, t]));
    // A caller already queued for a person is not queued again on every later turn.
    const queued = new Set(
      view.items
        .filter((i) => i.type === 'output' && !i.isError && this.byName.get(i.name)?.kind === 'operator')
        .map((i) => (i as { name: string }).name),
    );
    this.callable = mayCallTools ? tools.filter((t) => !queued.has(t.name)) : [];
    this.queuedForHuman = queued.size > 0;
    this.now = policy.clock();
    this.prerequisites = this.readPrerequisites();
  }

  protected get callerName(): string | undefined {
    // Never another's name on file ("petName": "Thanks, Mochi" greets the pet).
    const key = Object.keys(this.view.facts).find(
      (k) => /name/i.test(k) && !/(?:user|file|company|product)name/i.test(k) && !labelNamesSomeoneElse(humanize(k)),
    );
    return say.firstName(key ? this.view.facts[key] : undefined);
  }

  /** The latest thing the caller said they need, from the known facts (a "details"/"issue" note). */
  protected get factDetail(): string | undefined {
    const key = Object.keys(this.view.facts).find(
      (k) => /detail|issue|problem|need|summary|note/i.test(k) && !/categor/i.test(k),
    );
    return key ? this.view.facts[key]!.split(/;\s*/).at(-1) : undefined;
  }

  protected readPrerequisites(): { tool: ToolInfo; before?: ReadonlySet<ToolInfo>; guard?: true }[] {
    const out: { tool: ToolInfo; before?: ReadonlySet<ToolInfo>; guard?: true }[] = [];
    for (const sentence of this.view.instructions.split(SENTENCE_BREAK)) {
      if (!/\b(?:before|must|required|only after|first verify|needs? to be)\b/i.test(sentence)) continue;
      const at = (t: ToolInfo) => sentence.search(new RegExp(`\\b${t.name}\\b`));
      for (const tool of this.tools) {
        if (
          tool.kind === 'business' &&
          new RegExp(`\\b(?:then (?:call|use)|with|call|use)\\s+${tool.name}\\b`).test(sentence) &&
          !out.some((p) => p.tool === tool)
        ) {
          // A step of one request ("…with search_flights, then change_flight"): before the tools named
          // after it, not before a seat or a bag the caller came for instead.
          const later = this.tools.filter((t) => t !== tool && t.kind === 'business' && at(t) > at(tool));
          out.push({ tool, before: later.length ? new Set(later) : undefined });
        }
      }
    }
    // The app's guards say the same where the instructions do not: a guarded tool whose refusal
    // names another tool to call first ("…, then call find_customer") waits for that tool — while
    // the guard refuses, or (replaying earlier turns) when that tool has since been called here.
    // A guard that passes with that tool never called here was met before this agent.
    const succeeded = new Set(
      this.view.items.filter((i) => i.type === 'output' && !i.isError).map((i) => (i as OutputItem).name),
    );
    for (const tool of this.tools) {
      if (tool.kind !== 'business' || !tool.refusals?.length) continue;
      const blocked = tool.blockedBy?.() !== undefined;
      for (const first of this.tools)
        if (
          first !== tool &&
          first.kind === 'business' &&
          (blocked || succeeded.has(first.name)) &&
          tool.refusals.some((r) => namesPrerequisite(r, first))
        )
          out.push({ tool: first, before: new Set([tool]), guard: true });
    }
    return out;
  }

  /** The prerequisite still to be done before `tool`, if any (see `prerequisites`). */
  protected prerequisiteFor(tool: ToolInfo, state: { done: ReadonlyMap<string, unknown> }): ToolInfo | undefined {
    return this.prerequisites.find(
      (p) =>
        p.tool !== tool &&
        (!p.before || p.before.has(tool)) &&
        !state.done.has(p.tool.name) &&
        !this.factsShowDone(p.tool),
    )?.tool;
  }

  /** Only a guard (not the instructions) puts `first` before `tool`. */
  protected onlyGuardPuts(first: ToolInfo, tool: ToolInfo): boolean {
    const entries = this.prerequisites.filter((p) => p.tool === first && (!p.before || p.before.has(tool)));
    return entries.length > 0 && entries.every((p) => p.guard);
  }

  /** The business tool the instructions say to start with ("First check for an outage (check_outage)"). */
  protected firstTool(): ToolInfo | undefined {
    for (const sentence of this.view.instructions.split(SENTENCE_BREAK)) {
      if (!/\b(?:first|start (?:with|by))\b/i.test(sentence)) continue;
      // "If the patient is not with us yet, register them first": first only for those callers.
      if (CONDITION_OPENER.test(sentence.trim())) continue;
      const tool = this.callable.find((t) => t.kind === 'business' && sentence.includes(t.name));
      if (tool) return tool;
    }
    return undefined;
  }

  /**
   * The business tool the instructions name next after `tool` ("First check for an outage
   * (check_outage). … Otherwise walk through the script (run_troubleshooting_step)").
   */
  protected toolAfter(tool: ToolInfo): ToolInfo | undefined {
    const text = this.view.instructions;
    const at = text.indexOf(tool.name);
    if (at < 0) return undefined;
    let next: { tool: ToolInfo; at: number } | undefined;
    for (const t of this.callable) {
      if (t === tool || t.kind !== 'business') continue;
      const i = text.indexOf(t.name, at + tool.name.length);
      if (i >= 0 && (!next || i < next.at)) next = { tool: t, at: i };
    }
    return next?.tool;
  }

  /** The caller's line that `tool` was first called for (the request it served), if in this chat. */
  protected requestServedBy(tool: ToolInfo): { index: number; item: UserItem } | undefined {
    const first = this.view.items.findIndex((i) => i.type === 'call' && i.name === tool.name);
    if (first < 0) return undefined;
    return this.userTurns()
      .filter((t) => t.index < first)
      .at(-1);
  }

  protected userTurns(): { index: number; item: UserItem }[] {
    const out: { index: number; item: UserItem }[] = [];
    this.view.items.forEach((item, index) => {
      if (item.type === 'user') out.push({ index, item });
    });
    return out;
  }

  protected extractOptions(tool: ToolInfo, over: Partial<ExtractOptions>): ExtractOptions {
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
  protected factsFor(tool: ToolInfo): Record<string, unknown> {
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
              (k) =>
                re.test(k) &&
                (p.kind !== 'person_name' ||
                  (!/(?:user|file|company|product)name/i.test(k) &&
                    // The pet's name on file ("petName") is not the caller's, nor the caller's a pet's.
                    labelNamesSomeoneElse(humanize(k)) === labelNamesSomeoneElse(p.label))),
            )
          : undefined;
      }
      // "visitReason" on file for a listed "reason": the same thing, named for what it is of.
      if (!key && p.enumValues?.length)
        key = Object.keys(facts).find((k) => norm(k).endsWith(norm(p.name)) && valueFits(p, facts[k]));
      if (!key && p.kind === 'identifier') {
        // "orderIds" for "order_id", "accountNumber" for "account_number".
        const head = p.label.split(/\s+/)[0] ?? '';
        if (head.length > 2) key = Object.keys(facts).find((k) => norm(k).startsWith(norm(head)));
      }
      if (!key) continue;
      const raw = facts[key]!;
      const candidates = p.type === 'array' ? [raw.split(/;\s*/)] : [raw, ...raw.split(/;\s*/).reverse()];
      for (const c of candidates) {
        // A full name on file ("Dana Whitfield") for a surname argument is its last word.
        const value =
          p.type === 'number' || p.type === 'integer'
            ? Number(c)
            : p.kind === 'person_name' && typeof c === 'string'
              ? namePart(p, c)
              : c;
        if (valueFits(p, value)) {
          out[p.name] = value;
          break;
        }
      }
    }
    for (const p of tool.params)
      if (out[p.name] === undefined && p.kind !== 'boolean' && dateAbout(p) === 'birth') {
        const day = this.birthDateCalled();
        if (day && valueFits(p, day)) out[p.name] = day;
      }
    return out;
  }

  /**
   * The birth date an earlier call here took (a registration refused as "already a patient"):
   * the caller's, for a later tool's birth date too. Not one a refusal asked for again.
   */
  private birthDateCalled(): string | undefined {
    const items = this.view.items;
    for (let i = items.length - 1; i >= 0; i -= 1) {
      const item = items[i]!;
      if (item.type !== 'call') continue;
      const key = Object.keys(item.args).find((k) => BIRTH_CUE.test(humanize(k)));
      const value = key ? item.args[key] : undefined;
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) continue;
      const output = items.slice(i + 1).find((o) => o.type === 'output' && o.callId === item.callId);
      if (output?.type === 'output' && output.isError && /\b(?:birth|dob)\b/i.test(output.output)) continue;
      return value;
    }
    return undefined;
  }

  protected escalationTool(): ToolInfo | undefined {
    return this.callable.find((t) => t.kind === 'escalation') ?? this.callable.find((t) => t.kind === 'operator');
  }

  /**
   * The options offered since the caller last spoke (the newest agent line or tool output that lists
   * some), or before the caller's last turns when those turns did nothing (no tool ran): the caller
   * asked about them or was not understood ("nothing earlier than eleven?" … "ok, eleven it is").
   */
  protected offeredBefore(index: number): Offered | undefined {
    // Tool outputs first: they list the options as written ("A; B; C"), the spoken line may not.
    let spoken: Offered | undefined;
    let turnsBack = 0;
    let ran = false;
    for (let i = index - 1; i >= 0; i--) {
      const item = this.view.items[i]!;
      if (item.type === 'user') {
        // A tool ran and succeeded since this turn ("changed to SK 201"): what was offered before it is behind us.
        if (spoken || ran || (turnsBack += 1) > POLICY_THRESHOLDS.offeredTurnsBack) break;
        continue;
      }
      if (item.type === 'output') {
        if (item.isError) continue; // a refused call changed nothing: its listing still stands
        ran = true;
        const offered = readOffered(toolOutputText(item.output));
        if (offered) return offered;
        if (turnsBack > 0) break;
      } else if (item.type === 'call' && turnsBack > 0) break;
      else if (item.type === 'assistant' && !spoken) spoken = readOffered(item.text);
    }
    return spoken;
  }

  /** Tools worth offering when the caller is unsure what they can ask for. */
  protected offerable(): ToolInfo[] {
    return this.tools.filter(
      (t) =>
        (t.kind === 'business' || t.kind === 'handoff' || t.kind === 'call') &&
        // "The caller confirmed the number is right" records what the caller did: not a service to offer.
        !CALLER_SIGNAL.test(t.description),
    );
  }

  /** A fact like "verified: true" shows a verify tool already succeeded before this agent took over. */
  protected factsShowDone(tool: ToolInfo): boolean {
    const words = distinctiveWords(tool);
    return Object.entries(this.view.facts).some(([k, v]) => v === 'true' && words.some((w) => stemHit(k, w)));
  }
}
