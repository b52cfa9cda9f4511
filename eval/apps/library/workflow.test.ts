import { inspectWorkflow } from 'switchboard';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryApi } from './api/library.js';
import { normalizeCardNumber } from './tools/cards.js';
import type { LibraryUserData } from './userdata.js';
import { libraryWorkflow } from './workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

// Monday, March 10, 2025, 10 AM library time.
const monday = () => new Date(2025, 2, 10, 10, 0);

/** Runs one tool at one agent, through a real session, on a fresh library. */
async function run(
  agent: string,
  tool: string,
  args: Record<string, unknown>,
  userData: Partial<LibraryUserData> = {},
  library = new LibraryApi({ now: monday }),
) {
  const turn = step(tool, args);
  call = await startCall(libraryWorkflow({ library }), [turn], { at: agent, userData });
  return { ...(await call.use(turn)), library };
}

it('is a valid graph', () => {
  expect(inspectWorkflow(libraryWorkflow()).problems).toEqual([]);
});

it('reads card numbers the way callers say them', () => {
  expect(normalizeCardNumber('RP-4821')).toBe('RP-4821');
  expect(normalizeCardNumber('r p four eight two one')).toBe('RP-4821');
  expect(normalizeCardNumber('4821')).toBe('RP-4821');
  expect(normalizeCardNumber('my card')).toBeUndefined();
});

describe('check_loans and renew_loans', () => {
  it('checks the card against the surname and reads what is due', async () => {
    const { output, isError } = await run('account', 'check_loans', { card_number: 'rp 4821', surname: 'gonzalez' });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Card of Maria Gonzalez: 3 items on loan. Atomic Habits was due on Saturday, March 8 and is overdue; The Night Circus is due on Thursday, March 13; Dune is due on Thursday, March 20. Fines owed: $0.50.',
    );
    expect(call!.userData).toMatchObject({ cardNumber: 'RP-4821', memberName: 'Maria Gonzalez' });
  });

  it('gives one neutral answer for a wrong surname, then locks after three tries', async () => {
    const wrong = step('check_loans', { card_number: 'RP-4821', surname: 'Okafor' });
    call = await startCall(libraryWorkflow({ now: monday }), [wrong], { at: 'account' });
    const outputs = [];
    for (let i = 0; i < 4; i++) outputs.push(await call.use(wrong));
    expect(outputs[0]!.output).toMatch(/^That card number and surname do not match our records \(attempt 1 of 3\)/);
    expect(outputs[0]!.output).not.toMatch(/Gonzalez|Maria/);
    expect(outputs[2]!.output).toMatch(/locked for this call/);
    expect(outputs[3]!.output).toMatch(/locked for this call/);
    expect(call.userData.cardNumber).toBeUndefined();
  });

  it('refuses a card that was reported lost', async () => {
    const { output, isError } = await run('account', 'check_loans', { card_number: 'RP-6012', surname: 'Miller' });
    expect(isError).toBe(true);
    expect(output).toMatch(/reported lost and is blocked/);
  });

  it('renews what it can and says why the rest cannot be renewed', async () => {
    const { output, isError } = await run(
      'account',
      'renew_loans',
      {},
      { cardNumber: 'RP-4821', memberName: 'Maria Gonzalez' },
    );
    expect(isError).toBe(false);
    expect(output).toBe(
      'Renewed: Atomic Habits is now due on Monday, March 31; The Night Circus is now due on Monday, March 31. Not renewed: Dune cannot be renewed because another member is waiting for it.',
    );
    expect(call!.userData.renewed).toEqual(['Atomic Habits', 'The Night Circus']);
  });

  it('renews one title by name and refuses one already renewed twice', async () => {
    const james = { cardNumber: 'RP-3307', memberName: 'James Okafor' };
    const dvd = await run('account', 'renew_loans', { title: 'dune' }, james);
    expect(dvd.output).toMatch(/^Renewed: Dune is now due on Monday, March 31\.$/);
    await call!.close();
    const crawdads = await run('account', 'renew_loans', { title: 'Where the Crawdads Sing' }, james);
    expect(crawdads.isError).toBe(true);
    expect(crawdads.output).toMatch(/already been renewed 2 times/);
  });

  it('will not renew before the card is checked, or while fines are ten dollars or more', async () => {
    const unchecked = await run('account', 'renew_loans', {});
    expect(unchecked.isError).toBe(true);
    expect(unchecked.output).toMatch(/Ask for the library card number and the surname/);
    await call!.close();
    const owing = await run('account', 'renew_loans', {}, { cardNumber: 'RP-5590', memberName: 'Lily Chen' });
    expect(owing.isError).toBe(true);
    expect(owing.output).toMatch(/owes \$12\.50/);
  });
});

describe('report_lost_card', () => {
  it('checks identity, blocks the old card and issues a new number', async () => {
    const { output, isError, library } = await run('account', 'report_lost_card', {
      full_name: 'maria gonzalez',
      date_of_birth: 'April 12, 1986',
      phone: '415 555 0142',
    });
    expect(isError).toBe(false);
    expect(output).toMatch(/^The old card is blocked.*The new card number is RP-8001/);
    expect(library.member('RP-4821')?.status).toBe('lost');
    expect(library.loansOf('RP-8001')).toHaveLength(3);
    expect(call!.userData).toMatchObject({ replacementCard: 'RP-8001', cardNumber: 'RP-8001' });
  });

  it('gives a neutral answer when the date of birth does not match', async () => {
    const { output, isError, library } = await run('account', 'report_lost_card', {
      full_name: 'Maria Gonzalez',
      date_of_birth: '1986-04-13',
      phone: '415 555 0142',
    });
    expect(isError).toBe(true);
    expect(output).toMatch(/do not match an active library account \(attempt 1 of 3\)/);
    expect(library.replacedCards).toHaveLength(0);
  });
});

describe('search_catalogue and place_hold', () => {
  it('finds every format of a title with its item numbers', async () => {
    const { output } = await run('catalogue', 'search_catalogue', { query: 'Dune' });
    expect(output).toBe(
      'Found 3: Dune by Frank Herbert, book, item BK-2101: all copies out, 3 waiting; Dune by Frank Herbert, ebook, item EB-5120: borrow it in the Libby app; Dune by Denis Villeneuve, DVD, item DV-4410: on the shelf at Northgate Branch.',
    );
  });

  it('says when nothing matches', async () => {
    const { output, isError } = await run('catalogue', 'search_catalogue', { query: 'Dune', format: 'audiobook' });
    expect(isError).toBe(true);
    expect(output).toMatch(
      /Nothing in the catalogue matches "Dune" as audiobook on CD\. It is in the catalogue in another format/,
    );
  });

  it('checks the card with the hold and sets aside a copy on the shelf', async () => {
    const { output, isError } = await run('catalogue', 'place_hold', {
      item_id: 'bk 2042',
      pickup_branch: 'central',
      card_number: 'RP-3307',
      surname: 'Okafor',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Hold H-7002: a copy of Project Hail Mary is on the shelf at Central Library and will be set aside for the caller for five days.',
    );
    expect(call!.userData).toMatchObject({ cardNumber: 'RP-3307', holdIds: ['H-7002'] });
  });

  it('puts the caller in the queue when every copy is out', async () => {
    const { output } = await run(
      'catalogue',
      'place_hold',
      { item_id: 'AU-3105', pickup_branch: 'eastside' },
      { cardNumber: 'RP-4821', memberName: 'Maria Gonzalez' },
    );
    expect(output).toMatch(/the caller is number 2 in line.*Eastside Branch/);
  });

  it.each([
    [{ item_id: 'EB-5120', pickup_branch: 'central' }, /Libby app/],
    [{ item_id: 'BK-2041', pickup_branch: 'central' }, /already has The Night Circus on loan/],
    [{ item_id: 'BK-9999', pickup_branch: 'central' }, /no item BK-9999/],
  ])('refuses %j', async (args, refusal) => {
    const { output, isError } = await run('catalogue', 'place_hold', args, {
      cardNumber: 'RP-4821',
      memberName: 'Maria Gonzalez',
    });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
  });
});

describe('register_for_event and library_info', () => {
  it('registers places for an event named in the caller’s words', async () => {
    const { output, isError, library } = await run('events', 'register_for_event', {
      event: 'toddler story time',
      attendee_name: 'Sam Lee',
      seats: 2,
      email: 'sam dot lee at example dot com',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Registered Sam Lee for 2 places at Toddler Story Time, tomorrow at 10:30 AM at Eastside Branch. Confirmation REG-5001 is on its way to sam.lee@example.com.',
    );
    expect(library.event('EV-1201')?.seatsLeft).toBe(13);
  });

  it.each([
    [{ event: 'EV-1203', seats: 1 }, /Intro to 3D Printing is full/],
    [{ event: 'EV-1202', seats: 3 }, /at most 2 places per booking/],
    [{ event: 'knitting', seats: 1 }, /could not tell which event "knitting" is\. Coming up: Toddler Story Time/],
  ])('refuses %j', async (args, refusal) => {
    const { output, isError } = await run('events', 'register_for_event', {
      attendee_name: 'Sam Lee',
      email: 'sam.lee@example.com',
      ...args,
    });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
  });

  it('answers opening hours from today’s clock', async () => {
    const { output } = await run('front_desk', 'library_info', { topic: 'hours', branch: 'northgate' });
    expect(output).toBe(
      'Northgate Branch is closed today; it opens tomorrow at noon. Book drops are open around the clock.',
    );
  });
});

it('calls the catalogue desk and gets the caller back to the front desk', async () => {
  const back = step('return_to_previous_agent', { resolved: true, summary: 'Held Project Hail Mary at Central.' });
  call = await startCall(libraryWorkflow({ now: monday }), [step('transfer_to_catalogue'), back]);
  await call.use(step('transfer_to_catalogue'));
  expect(call.agent).toBe('catalogue');
  await call.use(back);
  expect(call.agent).toBe('front_desk');
  expect(call.userData).toMatchObject({ resolved: true, summary: 'Held Project Hail Mary at Central.' });
});
