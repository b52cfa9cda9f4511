// Redact PII and secrets in the framework's logger (and every child logger made from it), so
// worker logs follow the same rules as session records. Install right after initializeLogger():
// loggers created earlier keep writing unredacted.
import type { log } from '@livekit/agents';
import { createRedactor, redactionFromEnv, type RedactionOptions, type Redactor } from './redaction.js';

type Logger = ReturnType<typeof log>;

const LOGGER_KEY = Symbol.for('@livekit/agents:logger');
const REDACTING = Symbol.for('switchboard.redactingLogger');
const LEVELS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);

function redactError(redactor: Redactor, error: Error): Error {
  const copy = new Error(redactor.text(error.message));
  copy.name = error.name;
  copy.stack = error.stack === undefined ? undefined : redactor.text(error.stack);
  return copy;
}

function redactArg(redactor: Redactor, arg: unknown): unknown {
  if (typeof arg === 'string') return redactor.text(arg);
  if (arg instanceof Error) return redactError(redactor, arg);
  if (arg === null || typeof arg !== 'object' || Array.isArray(arg)) return redactor.value(arg);
  // Keep Error values as Errors so pino's serializer still prints their type and stack.
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(arg)) {
    out[key] = value instanceof Error ? redactError(redactor, value) : redactor.value({ [key]: value })[key];
  }
  return out;
}

/** A logger that redacts every message, field and binding before handing it to `logger`. */
export function redactLogger<L extends object>(logger: L, redactor: Redactor): L {
  if ((logger as Record<symbol, unknown>)[REDACTING]) return logger;
  return new Proxy(logger, {
    get(target, prop, receiver) {
      if (prop === REDACTING) return true;
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (typeof prop === 'string' && LEVELS.has(prop)) {
        const isLevelEnabled = (target as { isLevelEnabled?: (level: string) => boolean }).isLevelEnabled;
        return (...args: unknown[]) => {
          // Below the logger's level pino drops the line anyway: skip redacting its arguments
          // (debug calls on every turn were a measurable share of a call's CPU, bench/PROFILE.md).
          if (isLevelEnabled && !isLevelEnabled.call(target, prop)) return undefined;
          return fn.apply(
            target,
            args.map((a) => redactArg(redactor, a)),
          );
        };
      }
      if (prop === 'child') {
        return (bindings: Record<string, unknown> = {}, options?: unknown) =>
          redactLogger(fn.call(target, redactArg(redactor, bindings), options) as object, redactor);
      }
      return fn.bind(target);
    },
  });
}

/** Replace the framework's global logger with a redacting one. Returns the redactor used. */
export function installLogRedaction(options: RedactionOptions | Redactor = redactionFromEnv()): Redactor {
  const redactor =
    'text' in options && typeof options.text === 'function'
      ? (options as Redactor)
      : createRedactor(options as RedactionOptions);
  const globals = globalThis as unknown as Record<symbol, Logger | undefined>;
  const current = globals[LOGGER_KEY];
  if (!current)
    throw new Error('The logger is not initialised yet: call initializeLogger() before installLogRedaction().');
  globals[LOGGER_KEY] = redactLogger(current, redactor);
  return redactor;
}
