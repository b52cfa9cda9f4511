// Run one tool body the way the framework does (arguments parsed by its schema, a RunContext with
// userdata), without a session: unit tests of business tools.
import type { llm, voice } from '@livekit/agents';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any tool's argument and result types
type AnyTool = Omit<llm.FunctionTool<any, any, any>, 'id' | 'name'>;

/**
 * Call `tool` with `args` (checked by the tool's parameter schema, as the model's arguments are)
 * and a RunContext carrying `userData`, which the tool may change. Resolves with the tool's output
 * or rejects with its error (an llm.ToolError for failures the model should hear about).
 */
export async function callTool<UD>(tool: AnyTool, args: Record<string, unknown>, userData: UD): Promise<string> {
  const schema = tool.parameters as { parse?: (v: unknown) => unknown } | undefined;
  const parsed = schema?.parse ? schema.parse(args) : args;
  const ctx = { userData } as unknown as voice.RunContext<UD>;
  const out: unknown = await tool.execute(parsed as never, {
    ctx,
    toolCallId: 'test-call',
    abortSignal: new AbortController().signal,
  });
  return typeof out === 'string' ? out : out === undefined ? '' : JSON.stringify(out);
}
