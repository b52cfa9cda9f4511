// Records, metrics and tracing for a call, shared by the console and the worker's call processes.
// One Observability per process (store connection, tracer, metrics push), one recorder per call.
import type { voice } from '@livekit/agents';
import { startObservability, type Observability, type StartObservabilityOptions } from '../observability/index.js';
import type { WorkflowRuntime } from '../workflow/runtime.js';

let shared: Promise<Observability> | undefined;

/**
 * The process's Observability, started on first use with these options (later calls get the same
 * one). The console passes its --records choice and a handler that makes store failures loud;
 * the worker passes nothing, so a store it cannot open stops it at start.
 */
export async function observability(options: StartObservabilityOptions = {}): Promise<Observability> {
  shared ??= startObservability(options);
  return shared;
}

export async function attachObservers(
  session: voice.AgentSession,
  runtime: WorkflowRuntime,
  who: { source: 'console' | 'worker'; room?: string | { name?: string }; caller?: string | { identity?: string } },
): Promise<Observability> {
  const obs = await observability();
  obs.observe(runtime as never, session, { room: who.room ?? who.source, caller: who.caller });
  return obs;
}
