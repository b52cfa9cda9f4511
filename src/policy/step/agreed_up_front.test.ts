// A cost agreed to before the refusal that names it: on a made-up ferry line, moving a crossing
// on the day costs a fee the caller must accept ("call move_crossing again with accept_fee true").
// "Fine, charge me the twenty pounds, just move it" already said yes; "twenty quid? no way" did not.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toolInfo } from '../tool_catalog.js';
import { agreesToCost } from '../lexicon/cost_consent.js';
import { retryAgreedUpFront } from './agreed_up_front.js';

const move = toolInfo(
  Object.assign(
    llm.tool({
      description: 'Move a ferry crossing to another sailing.',
      parameters: z.object({
        crossing: z.string().describe('The crossing reference, like FX-1042.'),
        sailing: z.string().describe('The new sailing time.'),
        accept_fee: z.boolean().optional().describe('True only once the caller agreed to the same-day change fee.'),
      }),
      execute: async () => 'Moved.',
    }),
    { name: 'move_crossing' },
  ) as never,
);
const byName = new Map([[move.name, move]]);
const args = { crossing: 'FX-1042', sailing: '18:30' };
const block = [
  { type: 'call', name: 'move_crossing', callId: 'c1', args },
  { type: 'output', name: 'move_crossing', callId: 'c1' },
];
const refusal = {
  name: 'move_crossing',
  callId: 'c1',
  output:
    'Same-day changes cost a £20 fee. Tell the caller; if they agree, call move_crossing again with accept_fee true.',
};

describe('a cost agreed to up front', () => {
  it('reads agreeing to pay, not refusing', () => {
    expect(agreesToCost('fine, charge me the twenty pounds, just move it')).toBe(true);
    expect(agreesToCost("I'll pay the fee, go ahead")).toBe(true);
    expect(agreesToCost('twenty quid? no way, leave it')).toBe(false);
    expect(agreesToCost("don't charge me the fee")).toBe(false);
    expect(agreesToCost('move it to the 18:30 please')).toBe(false);
  });

  it('calls again with the flag the refusal names', () => {
    expect(retryAgreedUpFront(block, [refusal], byName, 'fine, charge me the twenty pounds, just move it')).toEqual({
      name: 'move_crossing',
      args: { ...args, accept_fee: true },
    });
    expect(retryAgreedUpFront(block, [refusal], byName, 'move it to the 18:30 please')).toBeUndefined();
  });
});

it('calls again only once', () => {
  const retried = [
    ...block,
    { type: 'call', name: 'move_crossing', callId: 'c2', args: { ...args, accept_fee: true } },
    { type: 'output', name: 'move_crossing', callId: 'c2' },
  ];
  expect(retryAgreedUpFront(retried, [refusal], byName, 'fine, charge me the twenty pounds')).toBeUndefined();
});
