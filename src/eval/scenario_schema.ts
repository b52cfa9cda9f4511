// The scenario file format (`switchboard eval`): one scenario per file, or a list under `scenarios:`.
// The shape is a public contract — teams write these files by hand — so unknown keys are kept
// (and reported as notes), never rejected.
import { z } from 'zod';

export const JUDGE_NAMES = [
  'accuracy',
  'coherence',
  'conciseness',
  'handoff',
  'relevancy',
  'safety',
  'task_completion',
  'tool_use',
] as const;
export type JudgeName = (typeof JUDGE_NAMES)[number];

export const OUTCOMES = ['resolved', 'escalated', 'abandoned', 'error'] as const;
export type Outcome = (typeof OUTCOMES)[number];

// YAML reads `account number: 40012345` as a number; a fact is what the caller says, so text.
// A key with no value (`{ mood: in a rush, short answers }`) is a trait of the caller: kept, empty.
const factValue = z
  .union([z.string(), z.number(), z.boolean(), z.null()])
  .transform((v) => (v === null ? '' : String(v)));

export const personaSchema = z
  .object({
    name: z.string().trim().min(1).optional(),
    goal: z.string().trim().min(1, 'a persona needs a goal: what the caller wants from this call'),
    facts: z.record(factValue).default({}),
    maxTurns: z.number().int().min(1).max(100).default(12),
    /** Optional first line; without it the caller opens with a greeting, their name and their goal. */
    opening: z.string().trim().min(1).optional(),
  })
  .passthrough();

export const callerSchema = z
  .object({
    say: z.array(z.union([z.string(), z.number()]).transform((v) => String(v).trim())).optional(),
    persona: personaSchema.optional(),
  })
  .passthrough();

export const expectedCallSchema = z
  .object({
    name: z.string().trim().min(1),
    args: z.record(z.unknown()).optional(),
    ok: z.boolean().optional(),
    /** Only calls made by this agent count. */
    agent: z.string().trim().min(1).optional(),
  })
  .passthrough();

export const expectSchema = z
  .object({
    reach: z.array(z.string().trim().min(1)).optional(),
    notReach: z.array(z.string().trim().min(1)).optional(),
    calls: z.array(expectedCallSchema).optional(),
    noSuccessfulCalls: z.array(z.string().trim().min(1)).optional(),
    userdata: z.record(z.unknown()).optional(),
    outcome: z.enum(OUTCOMES).optional(),
    everyTurnAnswered: z.boolean().optional(),
    maxHandoffs: z.number().int().min(0).optional(),
    maxTurnMs: z.number().positive().optional(),
  })
  .passthrough();

export const scenarioSchema = z
  .object({
    name: z.string().trim().min(1, 'every scenario needs a name'),
    workflow: z.string().trim().min(1).optional(),
    description: z.string().optional(),
    caller: callerSchema,
    expect: expectSchema.default({}),
    judges: z.array(z.enum(JUDGE_NAMES)).default([]),
    /** A reason: the scenario is listed as skipped and not run. */
    skip: z.union([z.string().trim().min(1), z.literal(true)]).optional(),
    /** Per-scenario seed for the simulated caller (overrides --seed). */
    seed: z.number().int().optional(),
  })
  .passthrough();

export type PersonaSpec = z.infer<typeof personaSchema>;
export type ExpectedCall = z.infer<typeof expectedCallSchema>;
export type Expectations = z.infer<typeof expectSchema>;
export type ScenarioSpec = z.infer<typeof scenarioSchema>;

/** Keys each object of the format knows; anything else is kept but reported as a note. */
export const KNOWN_KEYS: Record<string, readonly string[]> = {
  scenario: ['name', 'workflow', 'description', 'caller', 'expect', 'judges', 'skip', 'seed'],
  caller: ['say', 'persona'],
  persona: ['name', 'goal', 'facts', 'maxTurns', 'opening'],
  expect: [
    'reach',
    'notReach',
    'calls',
    'noSuccessfulCalls',
    'userdata',
    'outcome',
    'everyTurnAnswered',
    'maxHandoffs',
    'maxTurnMs',
  ],
  call: ['name', 'args', 'ok', 'agent'],
};
