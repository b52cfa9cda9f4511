// Test fixtures for the support desk: a seeded in-memory store on a fixed clock, and a way to
// call one tool the way the framework does (parsed args plus a RunContext with userdata).
import type { llm, voice } from '@livekit/agents';
import { openStore, type SupportStore } from '../api/index.js';
import { createDeskTools, type DeskDeps, type DeskTools } from '../tools/index.js';
import { supportUserData, type SupportUserData } from '../userdata.js';

/** Tuesday, March 4, 2025, 2:00 PM in New York. */
export const FIXED_NOW = new Date('2025-03-04T19:00:00Z');
export const TIME_ZONE = 'America/New_York';

export interface DeskFixture {
  store: SupportStore;
  deps: DeskDeps;
  tools: DeskTools;
  userData: SupportUserData;
  close: () => void;
}

export function deskFixture(initial: Partial<SupportUserData> = {}): DeskFixture {
  const store = openStore(':memory:', { now: FIXED_NOW });
  const deps: DeskDeps = { store, now: () => FIXED_NOW, timeZone: TIME_ZONE };
  return {
    store,
    deps,
    tools: createDeskTools(deps),
    userData: supportUserData.parse(initial),
    close: () => store.close(),
  };
}

/** Userdata of a caller verify_identity has already matched (Ann Lee, C-1001). */
export const VERIFIED_ANN: Partial<SupportUserData> = {
  verified: true,
  customerId: 'C-1001',
  callerName: 'Ann Lee',
  email: 'ann.lee@example.com',
  accountNumber: '73918240',
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any tool's argument type
type AnyTool = Omit<llm.FunctionTool<any, any, any>, 'id' | 'name'>;

/** Run a tool body directly with a minimal RunContext; returns its output or throws its ToolError. */
export async function callTool(
  tool: AnyTool,
  args: Record<string, unknown>,
  userData: SupportUserData,
): Promise<string> {
  const parsed = (tool.parameters as { parse: (v: unknown) => unknown }).parse(args);
  const ctx = { userData } as unknown as voice.RunContext<SupportUserData>;
  const out = await tool.execute(parsed as never, {
    ctx,
    toolCallId: 'test-call',
    abortSignal: new AbortController().signal,
  });
  return out as string;
}
