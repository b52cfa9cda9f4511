// Wraps every tool the workflow hands to the framework: guards first, then a time limit, then
// userdata validation, and one structured event per call. The wrapped tool is still an llm.tool.
import { llm, log, voice } from '@livekit/agents';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AnyFunctionTool, AnonTool, AnyZodObject } from './declaration.js';
import { RUNTIME_DIRECTIVES } from './directives.js';
import { WorkflowToolError } from './errors.js';
import type { ToolFailure, WorkflowEvents } from './events.js';
import { firstRefusal, type Guard } from './guards.js';
import type { InflightTools } from './inflight_tools.js';
import { setToolMeta, type ToolMeta } from './tool_meta.js';
import { modelFacingSchema, toolArguments } from './tool_schema.js';
import { checkUserDataField } from './userdata.js';

export interface WrapContext<UD> {
  agent: string;
  events: WorkflowEvents;
  schema: AnyZodObject;
  timeoutMs: number;
  guards: Guard<UD>[];
  inflight?: InflightTools;
}

// The time limit of the tool call in progress, so a tool that waits on the caller can lift it.
const timeLimits = new AsyncLocalStorage<{ pause: () => void; resume: () => void }>();

/**
 * Run `fn` without the enclosing tool's time limit: for a tool that waits on the caller (an
 * AgentTask collecting details takes as long as the conversation does). The limit restarts after.
 */
export async function withoutToolTimeLimit<T>(fn: () => Promise<T>): Promise<T> {
  const limit = timeLimits.getStore();
  limit?.pause();
  try {
    return await fn();
  } finally {
    limit?.resume();
  }
}

type Execute = (args: Record<string, unknown>, opts: llm.ToolOptions<unknown>) => Promise<unknown>;

function describeOutput(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (isHandoff(value)) return typeof value.returns === 'string' ? value.returns : JSON.stringify(value.returns ?? '');
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

// The framework does not export its handoff/tool-error guards; these match its shapes.
export function isHandoff(value: unknown): value is llm.AgentHandoff {
  return typeof value === 'object' && value !== null && (value as { agent?: unknown }).agent instanceof voice.Agent;
}

function snapshot(userData: unknown): Record<string, unknown> {
  return userData && typeof userData === 'object' ? (structuredClone(userData) as Record<string, unknown>) : {};
}

/** Fields whose value changed between two snapshots. */
export function diffUserData(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      changes[key] = { before: before[key], after: after[key] };
  }
  return changes;
}

/** Check changed fields against the userdata schema; returns a sentence per bad field. */
function invalidFields(schema: AnyZodObject, after: Record<string, unknown>, changed: string[]): string[] {
  const bad: string[] = [];
  for (const key of changed) {
    const checked = checkUserDataField(schema, key, after[key]);
    if (checked.ok) continue;
    bad.push(
      checked.problem === 'unknown_field'
        ? `"${key}" is not a userdata field`
        : `"${key}": ${checked.issue ?? 'invalid value'}`,
    );
  }
  return bad;
}

function restore(target: Record<string, unknown>, before: Record<string, unknown>): void {
  for (const key of Object.keys(target)) if (!(key in before)) delete target[key];
  Object.assign(target, before);
}

/**
 * Wrap a tool body. `run` gets the parsed arguments and the framework's options; whatever it
 * returns (text, object, or an llm.handoff) goes back to the framework unchanged.
 */
export function wrapTool<UD>(
  name: string,
  base: { description: string; parameters?: unknown; flags?: number; onDuplicate?: llm.DuplicateMode },
  run: Execute,
  ctx: WrapContext<UD>,
  meta: ToolMeta,
): AnyFunctionTool {
  const execute: Execute = async (args, opts) => {
    const started = performance.now();
    const batch = opts.ctx.speechHandle?.id ?? 'none';
    let abandon: (reason: Error) => void = () => {};
    const abandoned = new Promise<never>((_, reject) => {
      abandon = reject;
    });
    abandoned.catch(() => {});
    const done = ctx.inflight?.track(batch, ctx.agent, abandon);
    try {
      return await Promise.race([executeOnce(args, opts, started), abandoned]);
    } finally {
      done?.();
    }
  };

  const executeOnce = async (
    sent: Record<string, unknown>,
    opts: llm.ToolOptions<unknown>,
    started: number,
  ): Promise<unknown> => {
    const userData = opts.ctx.userData as Record<string, unknown>;
    let args = sent;
    const finish = (fields: {
      ok: boolean;
      output?: string;
      error?: string;
      failure?: ToolFailure;
      timedOut?: boolean;
    }) =>
      ctx.events.emitEvent({
        type: 'tool_call',
        agent: ctx.agent,
        tool: name,
        args,
        ok: fields.ok,
        output: fields.output,
        error: fields.error,
        failure: fields.failure,
        timedOut: fields.timedOut ?? false,
        durationMs: performance.now() - started,
      });

    try {
      // The model saw nullable fields (see tool_schema.ts): back to the tool's own shape.
      args = toolArguments(base.parameters, sent, name);
    } catch (error) {
      finish({ ok: false, error: (error as Error).message, failure: 'error' });
      throw error;
    }

    const refusal = firstRefusal(ctx.guards, userData as UD);
    if (refusal) {
      ctx.events.emitEvent({ type: 'guard_refused', agent: ctx.agent, tool: name, guard: refusal.name });
      finish({ ok: false, error: refusal.refusal, failure: 'refused' });
      throw new WorkflowToolError('refused', refusal.refusal);
    }

    const before = snapshot(userData);
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    opts.abortSignal?.addEventListener('abort', onAbort, { once: true });
    let timer: NodeJS.Timeout | undefined;
    let expire: () => void = () => {};
    const timeout = new Promise<never>((_, reject) => {
      expire = () => {
        controller.abort();
        reject(
          new WorkflowToolError(
            'timeout',
            `${name} did not answer within ${Math.round(ctx.timeoutMs / 100) / 10} seconds. ${RUNTIME_DIRECTIVES.toolTimedOut.text}`,
          ),
        );
      };
      timer = setTimeout(expire, ctx.timeoutMs);
    });
    const limit = {
      pause: () => clearTimeout(timer),
      resume: () => {
        clearTimeout(timer);
        if (!controller.signal.aborted) timer = setTimeout(expire, ctx.timeoutMs);
      },
    };
    try {
      const result = await Promise.race([
        timeLimits.run(limit, () => run(args, { ...opts, abortSignal: controller.signal })),
        timeout,
      ]);
      const after = snapshot(userData);
      const changes = diffUserData(before, after);
      const bad = invalidFields(ctx.schema, after, Object.keys(changes));
      if (bad.length > 0) {
        restore(userData, before);
        const message = `${name} tried to store invalid caller details (${bad.join('; ')}). ${RUNTIME_DIRECTIVES.invalidDetails.text}`;
        finish({ ok: false, error: message, failure: 'invalid_userdata' });
        throw new WorkflowToolError('invalid_userdata', message);
      }
      if (Object.keys(changes).length > 0)
        ctx.events.emitEvent({ type: 'userdata_changed', agent: ctx.agent, tool: name, changes });
      finish({ ok: true, output: describeOutput(result) });
      return result;
    } catch (error) {
      if (error instanceof llm.ToolError) {
        const timedOut = controller.signal.aborted && !opts.abortSignal?.aborted;
        // A tool may record something before refusing (e.g. a failed verification attempt): keep it.
        // Invalid userdata was reported (and rolled back) just above.
        if (!(error instanceof WorkflowToolError && error.code === 'invalid_userdata'))
          finish({ ok: false, error: error.message, timedOut, failure: timedOut ? 'timeout' : 'error' });
        throw error;
      }
      restore(userData, before);
      // Unexpected failures are logged in full but the model gets an actionable sentence, never internals.
      log().child({ agent: ctx.agent, tool: name }).error({ error }, 'tool failed unexpectedly');
      const message = `${name} failed unexpectedly. ${RUNTIME_DIRECTIVES.toolCrashed.text}`;
      finish({ ok: false, error: message, failure: 'exception' });
      throw new WorkflowToolError('exception', message);
    } finally {
      limit.resume = () => {};
      clearTimeout(timer);
      opts.abortSignal?.removeEventListener('abort', onAbort);
    }
  };

  const tool = llm.tool({
    name,
    description: base.description,
    parameters: modelFacingSchema(base.parameters) as AnyZodObject | undefined,
    execute: execute as never,
    flags: base.flags,
    onDuplicate: base.onDuplicate,
  }) as AnyFunctionTool;
  return setToolMeta(tool, meta);
}

/** Wrap an app's business tool (keeps its description, schema and flags). */
export function wrapBusinessTool<UD>(
  name: string,
  tool: AnonTool,
  ctx: WrapContext<UD>,
  examples: string[],
  step = false,
  userData?: () => Record<string, unknown>,
): AnyFunctionTool {
  const blockedBy =
    ctx.guards.length > 0 && userData
      ? () => {
          let current: Record<string, unknown>;
          try {
            current = userData();
          } catch {
            return undefined; // no call to read yet
          }
          return firstRefusal(ctx.guards, current as UD)?.refusal;
        }
      : undefined;
  return wrapTool(name, tool, (args, opts) => (tool.execute as Execute)(args, opts), ctx, {
    kind: 'business',
    examples,
    ...(step ? { step } : {}),
    ...(blockedBy ? { blockedBy, refusals: ctx.guards.map((g) => g.refusal) } : {}),
  });
}
