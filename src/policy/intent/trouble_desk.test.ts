// A made-up courier's line: the parcels desk (a parcel that did not arrive: lost, missing) and the
// deliveries desk (change a delivery's day or address, add insurance) both take the tracking
// number. A parcel reported lost with its tracking number, and words both desks know ("parcel",
// "delivery"), goes to the desk whose description names the trouble; a parcel that "never showed
// up" is a problem too, one that did not arrive.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';
import { requestShaped } from '../lexicon/index.js';
import { meaningWords, troubleDesk } from './meaning_route.js';

const TRACKING = z.string().describe('The tracking number, like "CR-482913".');

const courier = defineWorkflow({
  name: 'courier',
  userData: z.object({}),
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'Answers the courier line and sends callers on.',
      instructions: 'You send callers to the desk that can help.',
      canEndCall: true,
    },
    {
      id: 'parcels',
      description: 'Reports a parcel that did not arrive and tracks the report.',
      instructions: 'Take the tracking number and what the parcel looks like, then call report_missing.',
      canEndCall: true,
      tools: {
        report_missing: llm.tool({
          description: 'Report a parcel that did not arrive.',
          parameters: z.object({ tracking: TRACKING, looks_like: z.string().describe('What the parcel looks like.') }),
          execute: async () => 'Reported.',
        }),
        track_report: llm.tool({
          description: 'Read an open report by its report number.',
          parameters: z.object({ report: z.string().describe('The report number, like "RP-20417".') }),
          execute: async () => 'Still searching.',
        }),
      },
    },
    {
      id: 'deliveries',
      description: 'Changes an upcoming delivery.',
      instructions: 'Change the day or address of a delivery, or add insurance.',
      canEndCall: true,
      tools: {
        change_day: llm.tool({
          description: 'Move the delivery of a parcel to another day.',
          parameters: z.object({ tracking: TRACKING, day: z.string().describe('The new day.') }),
          execute: async () => 'Moved.',
        }),
        change_address: llm.tool({
          description: 'Deliver the parcel to another address.',
          parameters: z.object({ tracking: TRACKING, address: z.string().describe('The new address.') }),
          execute: async () => 'Changed.',
        }),
        add_insurance: llm.tool({
          description: 'Insure the parcel.',
          parameters: z.object({ tracking: TRACKING }),
          execute: async () => 'Insured.',
        }),
      },
    },
  ],
  edges: [
    {
      from: 'front',
      to: 'parcels',
      when: 'A parcel did not arrive (delayed, lost, missing), or the caller follows up on a report.',
      examples: ['my parcel did not arrive', 'you lost my parcel'],
    },
    {
      from: 'front',
      to: 'deliveries',
      when: 'The caller wants to change the day or address for a parcel, or insure a parcel.',
      examples: ['can I change my delivery day', 'deliver my parcel to my work instead'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('sends a lost parcel with its tracking number to the desk that names the loss', async () => {
  call = await startOfflineCall(courier);
  await call.caller('my insured parcel got lost on the delivery last week, tracking c r four eight two nine one three');
  expect(call.runtime.path).toEqual(['front', 'parcels']);
});

it('reads a parcel that never showed up as a problem that did not arrive', () => {
  expect(requestShaped('hi my parcel never showed up yesterday')).toBe(true);
  expect(requestShaped("the courier hasn't turned up")).toBe(true);
  expect([...meaningWords('hi my parcel never showed up yesterday')]).toContain('arrive');
});

it('names the one desk whose description holds the trouble word, among desks the rest names alike', () => {
  const desk = (name: string, when: string) =>
    ({
      name,
      kind: 'handoff',
      description: `Transfer the caller. Use when: ${when}`,
      examples: [],
      scope: [],
    }) as never;
  const parcels = desk('transfer_to_parcels', 'A parcel did not arrive (delayed, lost, missing).');
  const deliveries = desk('transfer_to_deliveries', 'Change the day or address for an insured parcel.');
  expect(troubleDesk('my insured parcel got lost', [parcels, deliveries])).toBe(parcels);
  expect(troubleDesk('my insured parcel, change the day', [parcels, deliveries])).toBeUndefined();
});
