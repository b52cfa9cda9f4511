// Test fixtures for the support desk: a seeded in-memory store on a fixed clock, the desk wired to
// it (start calls on it with the test kit's startCall) and the greeter's scripted greeting.
import { fixedClock, onEnter, type ScriptedTurn } from 'switchboard/testing';
import type { WorkflowSpec } from 'switchboard';
import { openStore, type SupportStore } from '../api/index.js';
import { createDeskTools, type DeskDeps, type DeskTools } from '../tools/index.js';
import { supportUserData, type SupportUserData } from '../userdata.js';
import { supportDeskWorkflow } from '../workflow.js';

/** Tuesday, March 4, 2025, 2:00 PM in New York. */
export const FIXED_NOW = new Date('2025-03-04T19:00:00Z');
export const TIME_ZONE = 'America/New_York';

export const GREETING = 'Welcome to Acme Connect support. May I have your name and what I can help with today?';
/** The greeter's scripted entry reply: put it first in the script of a call that starts at the greeter. */
export const GREETS: ScriptedTurn = onEnter('greeter', { content: GREETING });

export interface DeskFixture {
  store: SupportStore;
  deps: DeskDeps;
  tools: DeskTools;
  /** The whole desk on this store and clock. */
  workflow: WorkflowSpec<typeof supportUserData>;
  userData: SupportUserData;
  close: () => void;
}

export function deskFixture(initial: Partial<SupportUserData> = {}): DeskFixture {
  const store = openStore(':memory:', { now: FIXED_NOW });
  const deps: DeskDeps = { store, now: fixedClock(FIXED_NOW).now, timeZone: TIME_ZONE };
  return {
    store,
    deps,
    tools: createDeskTools(deps),
    workflow: supportDeskWorkflow(deps),
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
