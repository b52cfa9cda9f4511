// An argument that comes from a search ("The record number from search_records"), on a made-up
// record shop's line: "can you put kind of blue on hold for me at the north store" searches for
// the title first (before, the caller was asked for a record number they could not know); "can I
// put it on hold" names no title, so nothing is searched for "it".
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const shop = defineWorkflow({
  name: 'records',
  userData: z.object({}),
  start: 'counter',
  agents: [
    {
      id: 'counter',
      description: 'Finds records and holds them for pickup.',
      instructions: 'Search with search_records, then hold the record with hold_record.',
      canEndCall: true,
      examples: {
        search_records: ['do you have Blue Train', 'anything by Nina Simone'],
        hold_record: ['please hold it for me at the north store', 'put it on hold for pickup'],
      },
      tools: {
        search_records: llm.tool({
          description: 'Search the shop’s records by title or artist.',
          parameters: z.object({ query: z.string().describe('The title or artist the caller said.') }),
          execute: async () => 'Found 1: Kind of Blue by Miles Davis, vinyl, record RC-2042: in stock at North.',
        }),
        hold_record: llm.tool({
          description: 'Hold a record for pickup at a store.',
          parameters: z.object({
            record_id: z.string().describe('The record number from search_records, like "RC-2042".'),
            store: z.enum(['north', 'south']).describe('Where to pick it up.'),
          }),
          execute: async ({ record_id, store }) => `Held ${record_id} at ${store}.`,
        }),
      },
    },
  ],
  edges: [],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('searches for the title before holding the record a search finds', async () => {
  call = await startOfflineCall(shop);
  await call.caller('can you put kind of blue on hold for me at the north store');
  expect(call.tools[0]).toMatchObject({ name: 'search_records', args: { query: 'Kind of blue' } });
});

it('searches for nothing on "put it on hold"', async () => {
  call = await startOfflineCall(shop);
  await call.caller('can I put it on hold at the north store');
  expect(call.tools.some((t) => t.name === 'search_records' && /^it$/i.test(String(t.args.query)))).toBe(false);
});
