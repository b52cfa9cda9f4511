// Another business named by its branch ("the first federal on oak street"), and a thing said with
// its amount ("carprofen seventy five milligrams") for an argument whose example has that shape.
// A made-up vet clinic takes a pet's prescription over from another clinic.
import { llm } from '@livekit/agents';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { extractArgs } from '../slot_filling.js';
import { toolInfo } from '../tool_catalog.js';
import { slotKindOf } from '../param_spec.js';
import { prepareUtterance } from './utterance.js';

const takeOver = toolInfo(
  llm.tool({
    description: 'Take over a pet’s prescription from another clinic.',
    parameters: z.object({
      pet_name: z.string().optional().describe('The pet’s name.'),
      clinic_name: z.string().optional().describe('The other clinic, like "Paws Vets on Bay Road".'),
      clinic_phone: z.string().optional().describe('The other clinic’s phone number.'),
      drug: z.string().optional().describe('The drug and strength, like "carprofen 75 mg".'),
    }),
    execute: async () => 'Done.',
  }) as never,
);

const read = (said: string, expecting?: string) =>
  extractArgs(takeOver, prepareUtterance(said), {
    opening: false,
    typedOnly: false,
    requestWords: new Set(),
    agentVocabulary: new Set(),
    now: new Date('2026-03-05T10:00:00'),
    dateOrder: 'month-first',
    expecting: takeOver.params.find((p) => p.name === expecting),
  }).values;

describe('another business named by its branch', () => {
  it('is a business, not a person, by its label', () => {
    expect(slotKindOf({ name: 'clinic_name', description: 'The other clinic.', type: 'string' } as never)).toBe(
      'organization',
    );
    expect(slotKindOf({ name: 'shop_question', description: 'The question.', type: 'string' } as never)).toBe('text');
  });

  it('reads the name before where it stands, in lower case, with or without a cue', () => {
    expect(
      read("it's at the happy tails on harbor street, their number is five five five zero one nine eight"),
    ).toMatchObject({
      clinic_name: 'happy tails on harbor street',
    });
    expect(read('happy tails in union square', 'clinic_name')).toMatchObject({
      clinic_name: 'happy tails in union square',
    });
    expect(read('he is in the garden on most days')).not.toHaveProperty('clinic_name');
  });
});

describe('a thing said with its amount', () => {
  it('takes the thing and its strength wherever said, in words or digits', () => {
    expect(read("it's carprofen seventy five milligrams, from happy tails on harbor street")).toMatchObject({
      drug: 'carprofen 75 milligrams',
    });
    expect(read('gabapentin 100 mg please')).toMatchObject({ drug: 'gabapentin 100 mg' });
    expect(read('then just the meloxicam, twenty five milligrams')).toMatchObject({
      drug: 'meloxicam 25 milligrams',
    });
    expect(read('he takes it twice a day')).not.toHaveProperty('drug');
  });
});
