// Two things said while giving details that are not values of another step's arguments: the
// digits of a phone number corrected in the same breath ("… no wait, oh one three two at the
// end") are not a record's id, and a word said as a label ("the rider is Sam Ortiz") does not
// pick the listed value it belongs to ("extra_rider"). A made-up kayak hire's add-on tool.
import { llm } from '@livekit/agents';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { extractArgs } from '../slot_filling.js';
import { toolInfo } from '../tool_catalog.js';
import { prepareUtterance } from './utterance.js';

const addOn = toolInfo(
  Object.assign(
    llm.tool({
      description: 'Add an add-on to a kayak hire.',
      parameters: z.object({
        add_on: z
          .enum(['dry_bag', 'extra_rider', 'spray_deck'])
          .describe('dry_bag, extra_rider (second paddler) or spray_deck.'),
        reference: z
          .string()
          .optional()
          .describe('The hire reference as the caller said it, like "KH-2041" or "K H two oh four one".'),
      }),
      execute: async () => 'Added.',
    }),
    { name: 'add_on' },
  ) as never,
);

const values = (line: string) => extractArgs(addOn, prepareUtterance(line), {} as never).values;

describe('while giving other details', () => {
  it('takes no id from the digits of a phone number being corrected', () => {
    expect(
      values('six one seven five five five oh one two three, no wait sorry, oh one three two at the end').hire,
    ).toBe(undefined);
    // Said on its own, the same digits are the id.
    expect(values('oh one three two').reference).toBe('KH-0132');
  });

  it('reads a label as a label, not as the listed value it names', () => {
    expect(values('go ahead, the rider is Sam Ortiz').add_on).toBe(undefined);
    expect(values('add a second paddler please').add_on).toBe('extra_rider');
    expect(values('can I get an extra rider').add_on).toBe('extra_rider');
  });
});
