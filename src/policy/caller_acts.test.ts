// What the caller said, turned into values, on a small lost-property office (not a template, not
// the support desk): dates of what already happened read backwards, references spelled out and
// written like the description's example, one of a thing said with an article, several things
// in one breath, and a yes to a question about details given earlier in the call.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../workflow/index.js';
import { DialoguePolicy } from './dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from './fixtures/decide.js';
import { exampleIdentifier, findDateTimes, prepareUtterance, shapedLikeExample } from './slots/index.js';
import { isCorrection, repeatable } from './step/correction.js';

// A Wednesday.
const NOW = new Date('2025-03-05T10:00:00');

const office = defineWorkflow({
  name: 'lost_property',
  userData: z.object({ visitorName: z.string().optional() }),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Records lost items and books collection.',
      instructions: 'You run the lost property office of the city tram network.',
      tools: {
        report_loss: llm.tool({
          description: 'Record an item the caller lost on a tram.',
          parameters: z.object({
            date_lost: z.string().describe('The day the item was lost, for example "2025-02-28".'),
            what: z.string().describe('What the item is and what it looks like, in the caller’s words.'),
          }),
          execute: async () => 'Recorded.',
        }),
        book_collection: llm.tool({
          description: 'Book a day to collect a found item at the office.',
          parameters: z.object({
            collection_date: z.string().describe('The day the caller will come, for example "2025-03-10".'),
          }),
          execute: async () => 'Booked.',
        }),
        check_claim: llm.tool({
          description: 'Look up a lost-property claim by its reference.',
          parameters: z.object({
            claim_ref: z.string().describe('The claim reference, like "LP-30417".'),
          }),
          execute: async () => 'Found.',
        }),
        order_tags: llm.tool({
          description: 'Order name tags for bags and keys.',
          parameters: z.object({
            tag: z.enum(['keyring', 'luggage', 'umbrella']).describe('Which kind of tag.'),
            quantity: z.number().int().describe('How many tags of that kind.'),
          }),
          execute: async () => 'Ordered.',
        }),
        print_report: llm.tool({
          description: 'Print copies of the loss report for the caller to collect.',
          parameters: z.object({
            copies: z.number().int().min(1).max(10).describe('How many copies to print.'),
          }),
          execute: async () => 'Printed.',
        }),
        verify_holder: llm.tool({
          description: 'Check the travel card holder before releasing an item.',
          parameters: z.object({
            card_number: z.string().describe('The travel card number, like "TC-5521".'),
            date_of_birth: z.string().describe('The holder’s date of birth, for example "1990-03-03".'),
          }),
          execute: async () => 'Checked.',
        }),
        send_receipt: llm.tool({
          description: 'Email a receipt for the report.',
          parameters: z.object({
            full_name: z.string().optional().describe('The caller’s first and last name.'),
            email: z.string().optional().describe('Where to send the receipt.'),
          }),
          execute: async () => 'Sent.',
        }),
      },
      examples: {
        report_loss: ['I lost my bag on the tram', 'I left something on the tram', 'my phone went missing on line 4'],
        book_collection: ['when can I pick it up', 'I want to come and collect it'],
        check_claim: ['any news on my claim', 'has my claim been found'],
        order_tags: ['I would like some name tags', 'can I order tags'],
        send_receipt: ['send me a receipt', 'can I get that in writing'],
        print_report: ['can you print the report', 'I need printed copies of the report'],
        verify_holder: ['check my travel card', 'please verify me as the card holder'],
      },
      canEndCall: true,
    },
  ],
  edges: [],
});

const { toolCtx, instructions } = builtAgent(office, 'desk');
const policy = new DialoguePolicy({ now: () => NOW });

function decide(turns: Turn[], entry?: string) {
  return policy.decide(chatOf(entry ? `${instructions}\n${entry}` : instructions, turns), toolCtx);
}

describe('when something happened', () => {
  it('reads relative days as days, and weekdays backwards, for what already happened', async () => {
    const lostOn = async (text: string) => (await decide([['caller', text]])).toolCalls[0]?.args.date_lost;
    expect(await lostOn('I lost a green scarf on the tram last night')).toBe('2025-03-04');
    expect(await lostOn('I left a black umbrella on the tram on Sunday evening')).toBe('2025-03-02');
    expect(await lostOn('my grey backpack went missing on the tram two days ago')).toBe('2025-03-03');
    expect(await lostOn('I left my red gloves on the tram this morning')).toBe('2025-03-05');
  });

  it('still reads a day to arrange forwards', async () => {
    const d = await decide([['caller', 'I want to come and collect it on Sunday']]);
    expect(d.toolCalls).toEqual([{ name: 'book_collection', args: { collection_date: '2025-03-09' } }]);
  });

  it('counts "last night" as naming a day', () => {
    const [found] = findDateTimes(prepareUtterance('it was last night'), NOW, 'month-first', 'past');
    expect(found?.hasDay).toBe(true);
  });
});

describe('references spelled out', () => {
  it('writes an id the way the description’s example does', () => {
    expect(exampleIdentifier('The claim reference, like "LP-30417".')).toBe('LP-30417');
    expect(exampleIdentifier('Who to send it to.')).toBeUndefined();
    expect(shapedLikeExample('LP30417', 'LP-30417')).toBe('LP-30417');
    expect(shapedLikeExample('lp30417', 'LP-30417')).toBe('LP-30417');
    // Not the same shape: left as said.
    expect(shapedLikeExample('30417', 'LP-30417')).toBe('30417');
  });

  it('takes letters said one by one, with or without a word for each, and a spoken dash', async () => {
    const ref = async (text: string) => (await decide([['caller', text]])).toolCalls[0]?.args.claim_ref;
    expect(await ref('any news on my claim? it is L P three zero four one seven')).toBe('LP-30417');
    expect(await ref('has my claim been found, L as in Lima, P as in Papa, dash, three zero four one seven')).toBe(
      'LP-30417',
    );
  });
});

describe('how many, with no number said', () => {
  it('takes an article as one of the thing named', async () => {
    const d = await decide([['caller', 'could I order an umbrella tag please']]);
    expect(d.toolCalls).toEqual([{ name: 'order_tags', args: { tag: 'umbrella', quantity: 1 } }]);
  });

  it('makes one call per thing when several are named, the article counting one', async () => {
    const d = await decide([['caller', 'can I order a luggage tag and three keyring tags']]);
    expect(d.toolCalls).toEqual([
      { name: 'order_tags', args: { tag: 'luggage', quantity: 1 } },
      { name: 'order_tags', args: { tag: 'keyring', quantity: 3 } },
    ]);
  });
});

describe('a question about details the caller already gave', () => {
  it('answers an agent question that asks for optional details', async () => {
    const d = await decide([
      ['caller', 'send me a receipt please'],
      ['agent', 'Sure. Could I have your full name and an email address?'],
      ['caller', 'Petra Novak, petra at novak dot org'],
    ]);
    expect(d.toolCalls).toEqual([
      { name: 'send_receipt', args: { full_name: 'Petra Novak', email: 'petra@novak.org' } },
    ]);
  });

  it('goes ahead on a yes with what was said earlier, without asking again', async () => {
    const d = await decide([
      ['caller', 'hi, Petra Novak here, my email is petra at novak dot org'],
      ['agent', 'Thanks, Petra. What can I do for you?'],
      ['caller', 'I lost a blue umbrella on the tram yesterday'],
      ['agent', 'I have recorded it. To send you a receipt, could I have your full name and email address?'],
      ['caller', 'yes please, go ahead'],
    ]);
    expect(d.toolCalls).toEqual([
      { name: 'send_receipt', args: { full_name: 'Petra Novak', email: 'petra@novak.org' } },
    ]);
  });
});

describe('corrections of the call just made', () => {
  it('makes the same call again with a corrected number', async () => {
    const printed: Turn[] = [
      ['caller', 'can you print two copies of the report'],
      ['tool', 'print_report', { copies: 2 }, 'Printed 2 copies.'],
      ['agent', 'Printed 2 copies.'],
    ];
    expect((await decide([...printed, ['caller', 'oh, actually make that four']])).toolCalls).toEqual([
      { name: 'print_report', args: { copies: 4 } },
    ]);
    expect((await decide([...printed, ['caller', 'sorry, the 2 should be 3']])).toolCalls).toEqual([
      { name: 'print_report', args: { copies: 3 } },
    ]);
  });

  it('makes the same call again with a corrected day', async () => {
    const d = await decide([
      ['caller', 'I want to come and collect it on Friday'],
      ['tool', 'book_collection', { collection_date: '2025-03-07' }, 'Booked for Friday.'],
      ['agent', 'Booked for Friday.'],
      ['caller', 'sorry, I meant Thursday'],
    ]);
    expect(d.toolCalls).toEqual([{ name: 'book_collection', args: { collection_date: '2025-03-06' } }]);
  });

  it('does not repeat a call that adds to a collection, nor act on a turn with nothing corrected', () => {
    expect(repeatable('Add a dish to the order.')).toBe(false);
    expect(repeatable('Book a table for the party.')).toBe(true);
    expect(isCorrection('actually, can I ask something else')).toBe(true);
    expect(isCorrection('sorry, wrong one, it is the blue bag')).toBe(true);
    expect(isCorrection('thanks, that is all')).toBe(false);
    expect(isCorrection("wait no, that's the shop's address. mine is on Elm Road")).toBe(true);
    expect(isCorrection('no, sorry, the other umbrella')).toBe(true);
    expect(isCorrection('no, I have not been in since')).toBe(false);
  });
});

describe('details given before another agent took over', () => {
  // The caller's words name no request; the entry line asks for what they already said.
  it.each([
    'hi, Petra Novak, I am calling from the tram stop, it is L P three zero four one seven',
    'yes hello, my umbrella, LP dash three zero four one seven',
  ])('uses what the entry line would ask for: "%s"', async (text) => {
    const d = await decide(
      [['caller', text]],
      '[on enter: desk from switchboard]\nSay you can help with that, and ask for the claim reference.',
    );
    expect(d.toolCalls).toEqual([{ name: 'check_claim', args: { claim_ref: 'LP-30417' } }]);
  });
});

describe('a birth date said before it is needed', () => {
  it('is kept, with its month and year, for the tool that needs it later', async () => {
    const d = await decide([
      ['caller', 'hi, my travel card is TC-5521 and I was born on March 3rd 1990'],
      ['agent', 'Thanks. What can I do for you?'],
      ['caller', 'please verify me as the card holder'],
    ]);
    expect(d.toolCalls).toEqual([
      { name: 'verify_holder', args: { card_number: 'TC-5521', date_of_birth: '1990-03-03' } },
    ]);
  });
});
