// A request refused for the thing a search found, then asked again for another thing by name ("ok
// then put blue train on hold instead"), on a made-up record shop's line: a new search for the
// thing named, not the refused call again with the old record number.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const RECORDS: Record<string, string> = { 'kind of blue': 'RC-2042', 'blue train': 'RC-3110' };

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
          execute: async ({ query }) => {
            const id = RECORDS[query.toLowerCase()];
            if (!id) throw new llm.ToolError(`Nothing matches "${query}".`);
            return `Found 1: ${query}, vinyl, record ${id}: in stock at North.`;
          },
        }),
        hold_record: llm.tool({
          description: 'Hold a record for pickup at a store.',
          parameters: z.object({
            record_id: z.string().describe('The record number from search_records, like "RC-2042".'),
            store: z.enum(['north', 'south']).describe('Where to pick it up.'),
          }),
          execute: async ({ record_id, store }) => {
            if (record_id === 'RC-2042')
              throw new llm.ToolError('The caller already bought that record, so it cannot be held.');
            return `Held ${record_id} at ${store}.`;
          },
        }),
      },
    },
  ],
  edges: [],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('searches for the other title named after a refusal, then holds it', async () => {
  call = await startOfflineCall(shop);
  await call.caller('can you put kind of blue on hold for me at the north store');
  expect(call.tools.map((t) => t.name)).toEqual(['search_records', 'hold_record']);
  await call.caller('oh right, i bought it already. ok then put blue train on hold instead, for south');
  const after = call.tools.slice(2);
  expect(after[0]).toMatchObject({ name: 'search_records', args: { query: expect.stringMatching(/^blue train$/i) } });
  expect(after[1]).toMatchObject({ name: 'hold_record', args: { record_id: 'RC-3110', store: 'south' } });
});

it('holds the same record elsewhere when no other title is named', async () => {
  call = await startOfflineCall(shop);
  await call.caller('can you put kind of blue on hold for me at the north store');
  await call.caller('ok then put it on hold at the south store instead');
  expect(call.tools.slice(2).some((t) => t.name === 'search_records')).toBe(false);
});
