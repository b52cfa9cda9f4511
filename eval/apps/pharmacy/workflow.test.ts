import { inspectWorkflow } from 'switchboard';
import { afterEach, describe, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { PharmacyStore } from './api/pharmacy_store.js';
import type { PharmacyUserData } from './userdata.js';
import { pharmacyWorkflow } from './workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

/** Wednesday, March 12, 2025, 10 AM: the store is open until 8 PM. */
const wednesday = () => new Date(2025, 2, 12, 10, 0);

async function run(
  agent: string,
  tool: string,
  args: Record<string, unknown>,
  userData?: Partial<PharmacyUserData>,
  store = new PharmacyStore({ now: wednesday }),
) {
  const turn = step(tool, args);
  call = await startCall(pharmacyWorkflow({ store }), [turn], { at: agent, userData });
  return { ...(await call.use(turn)), store };
}

it('is a valid graph', () => {
  expect(inspectWorkflow(pharmacyWorkflow({ now: wednesday })).problems).toEqual([]);
});

describe('store_info', () => {
  it('gives the week’s hours and whether we are open now', async () => {
    const { output, isError } = await run('front_desk', 'store_info', { topic: 'hours' });
    expect(isError).toBe(false);
    expect(output).toBe(
      'We are open Monday to Friday 8 AM to 8 PM, Saturday 9 AM to 5 PM, and Sunday 10 AM to 4 PM. Right now we are open, until 8 PM today.',
    );
  });

  it('gives one day’s hours and the address', async () => {
    expect((await run('front_desk', 'store_info', { topic: 'hours', day: 'Sunday' })).output).toBe(
      'On Sunday, March 16 we are open 10 AM to 4 PM.',
    );
    await call?.close();
    expect((await run('front_desk', 'store_info', { topic: 'address' })).output).toMatch(
      /^Riverside Pharmacy is at 214 River Street, Millbrook/,
    );
  });

  it('refuses a day it cannot read', async () => {
    const { output, isError } = await run('front_desk', 'store_info', { topic: 'hours', day: 'someday' });
    expect(isError).toBe(true);
    expect(output).toMatch(/could not read "someday" as a day/);
  });
});

describe('find_prescription', () => {
  it('finds a prescription by number and date of birth and says it can be refilled', async () => {
    const { output, isError } = await run('refills', 'find_prescription', {
      rx_number: 'R X one zero four two three three',
      date_of_birth: 'April 12 1948',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Found RX-104233: lisinopril 10 mg tablets for Margaret, from Dr. Patel, a 30-day supply last filled on Thursday, February 13, 3 refills left, copay $5.00. It can be refilled now. Ask whether they will pick it up (which day and time) or want it delivered.',
    );
    expect(call!.userData).toMatchObject({ rxNumber: 'RX-104233', patientId: 'P-101' });
  });

  it('says when a refill is too early', async () => {
    const { output, isError } = await run('refills', 'find_prescription', {
      rx_number: 'RX-104488',
      date_of_birth: '4/12/1948',
    });
    expect(isError).toBe(false);
    expect(output).toMatch(/It is too early to refill atorvastatin 20 mg tablets.*from Wednesday, May 14/);
  });

  it.each([
    [{ rx_number: 'RX-999999', date_of_birth: 'April 12 1948' }, /There is no prescription RX-999999/],
    [{ rx_number: 'RX-104233', date_of_birth: 'May 1 1950' }, /date of birth does not match prescription RX-104233/],
    [{ rx_number: 'RX-104233' }, /Ask for the patient’s date of birth/],
    [{ rx_number: 'RX-104233', date_of_birth: 'a long time ago' }, /could not read "a long time ago"/],
    [{ rx_number: 'my pills' }, /"my pills" is not a prescription number/],
    [{}, /Ask for the prescription number on the bottle label/],
  ])('refuses %j with what to ask', async (args, refusal) => {
    const { output, isError } = await run('refills', 'find_prescription', args);
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(call!.userData.rxNumber).toBeUndefined();
  });
});

describe('check_delivery', () => {
  it('gives the fee for the order found', async () => {
    const { output, isError } = await run(
      'refills',
      'check_delivery',
      {},
      { rxNumber: 'RX-310901', patientId: 'P-103' },
    );
    expect(isError).toBe(false);
    expect(output).toBe(
      'We deliver to 02141, the next day between 2 and 6 PM. This order is $6.00, so delivery is $4.99. Delivery is $4.99, free for orders of $25 or more.',
    );
  });

  it.each([
    [{ zip_code: '02144' }, /We do not deliver to 02144/],
    [{ zip_code: '0213' }, /ZIP codes have five digits/],
    [{}, /Ask for the five-digit ZIP code/],
  ])('refuses %j', async (args, refusal) => {
    const { output, isError } = await run('refills', 'check_delivery', args);
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
  });
});

describe('request_refill', () => {
  it('orders a pick-up while the store is open', async () => {
    const { output, isError, store } = await run('refills', 'request_refill', {
      rx_number: 'RX-104233',
      date_of_birth: 'April 12, 1948',
      method: 'pick_up',
      pickup_day: 'tomorrow',
      pickup_time: '3 pm',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Refill ordered, RF-601: lisinopril 10 mg tablets will be ready for Margaret at the pharmacy counter on Thursday, March 13 from 3 PM. The copay is $5.00; 2 refills left after this one.',
    );
    expect(store.prescription('RX-104233')).toMatchObject({ refillsLeft: 2, pendingOrder: 'RF-601' });
    expect(call!.userData.refillOrder).toBe('RF-601');
  });

  it('delivers to a ZIP code we serve, with the fee for a small order', async () => {
    const { output, isError, store } = await run(
      'refills',
      'request_refill',
      { method: 'delivery', street_address: '12 Elm Street' },
      { rxNumber: 'RX-310901', patientId: 'P-103' },
    );
    expect(isError).toBe(false);
    expect(output).toBe(
      'Refill ordered, RF-601: levothyroxine 50 mcg tablets will be delivered to 12 Elm Street, 02141 on Thursday, March 13 between 2 and 6 PM. The copay is $6.00 plus $4.99 delivery; someone must be home to sign.',
    );
    expect(store.orders[0]).toMatchObject({ method: 'delivery', zip: '02141', feeCents: 499 });
  });

  it.each([
    [{ rx_number: 'RX-205117', date_of_birth: '1985-09-30' }, /has no refills left.*Dr\. Nguyen/],
    [{ rx_number: 'RX-104488', date_of_birth: '1948-04-12' }, /too early to refill atorvastatin/],
    [{ rx_number: 'RX-310876', date_of_birth: 'January 5 1972' }, /expired on Sunday, March 2/],
    [{ rx_number: 'RX-412050', date_of_birth: 'November 20 1995' }, /already being prepared under order RF-590/],
  ])('refuses %j', async (who, refusal) => {
    const { output, isError, store } = await run('refills', 'request_refill', {
      ...who,
      method: 'pick_up',
      pickup_day: 'Friday',
      pickup_time: '11 am',
    });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(store.orders).toHaveLength(0);
  });

  it.each([
    [
      { method: 'pick_up', pickup_day: 'Sunday', pickup_time: '6 pm' },
      /closed at 6 PM on Sunday, March 16.*10 AM to 4 PM/,
    ],
    [
      { method: 'pick_up', pickup_day: 'today', pickup_time: '11 am' },
      /takes 2 hours to prepare, so 11 AM today is too soon/,
    ],
    [{ method: 'pick_up', pickup_day: '2025-04-30', pickup_time: '11 am' }, /up to 14 days ahead/],
    [{ method: 'pick_up' }, /Ask which day and about what time/],
    [{ method: 'delivery', street_address: '5 Oak Road', zip_code: '02144' }, /We do not deliver to 02144/],
    [{ method: 'delivery', zip_code: '02139' }, /street address with the house number/],
  ])('refuses the slot %j', async (how, refusal) => {
    const { output, isError, store } = await run('refills', 'request_refill', how, {
      rxNumber: 'RX-104233',
      patientId: 'P-101',
    });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(store.prescription('RX-104233')!.refillsLeft).toBe(3);
  });
});

describe('register_patient', () => {
  it('registers a new patient', async () => {
    const { output, isError, store } = await run('transfers', 'register_patient', {
      full_name: 'Ana Costa',
      date_of_birth: 'March 3 1990',
      phone: '617 555 0123',
      zip_code: '02139',
      allergies: 'sulfa drugs',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Registered Ana Costa, born March 3, 1990, as patient P-201, allergies noted: sulfa drugs. They can now transfer a prescription in or bring one to the counter.',
    );
    expect(store.patient('P-201')).toMatchObject({ name: 'Ana Costa', phone: '6175550123', zip: '02139' });
    expect(call!.userData.patientId).toBe('P-201');
  });

  it.each([
    [{ full_name: 'Margaret Olsen', date_of_birth: 'April 12 1948', phone: '617 555 0141' }, /already a patient here/],
    [{ full_name: 'Ana', date_of_birth: 'March 3 1990', phone: '617 555 0123' }, /last name too/],
    [{ full_name: 'Ana Costa', date_of_birth: 'March 3 2030', phone: '617 555 0123' }, /is not a past date/],
    [{ full_name: 'Ana Costa', date_of_birth: 'March 3 1990', phone: '555 01' }, /phone number|digits/i],
    [{ full_name: 'Ana Costa', date_of_birth: 'March 3 1990' }, /Ask for a phone number/],
  ])('refuses %j', async (args, refusal) => {
    const { output, isError, store } = await run('transfers', 'register_patient', args);
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(store.patients).toHaveLength(4);
  });
});

describe('transfer_prescription', () => {
  const sam = { patient_name: 'Sam Whitaker', date_of_birth: 'November 20 1995' };

  it('starts a transfer from another pharmacy for a patient of ours', async () => {
    const { output, isError, store } = await run('transfers', 'transfer_prescription', {
      ...sam,
      pharmacy_name: 'CVS on Main Street',
      pharmacy_phone: '(617) 555-0100',
      medicine: 'sertraline 50 mg',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Transfer TR-501 started: we will call CVS on Main Street for the sertraline 50 mg prescription for Sam. It is usually ready within one business day, and we text the number on file when it is.',
    );
    expect(store.transfers[0]).toMatchObject({ patientId: 'P-104', fromPhone: '+16175550100' });
    expect(call!.userData.transferId).toBe('TR-501');
  });

  it.each([
    [
      { patient_name: 'Ana Costa', date_of_birth: 'March 3 1990' },
      /not a patient here yet. Offer to register them first/,
    ],
    [{ ...sam, pharmacy_phone: undefined }, /Ask for the phone number of CVS/],
    [{ ...sam, medicine: 'oxycodone 5 mg' }, /controlled medicine and cannot be transferred/],
    [{ ...sam, pharmacy_name: 'Riverside Pharmacy' }, /already with us/],
    [{ ...sam, medicine: '' }, /Ask which medicine to transfer/],
  ])('refuses %j', async (args, refusal) => {
    const { output, isError, store } = await run('transfers', 'transfer_prescription', {
      pharmacy_name: 'CVS',
      pharmacy_phone: '617 555 0100',
      medicine: 'sertraline 50 mg',
      ...args,
    });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(store.transfers).toHaveLength(0);
  });
});

describe('check_interaction', () => {
  it('warns about two medicines that should not be taken together', async () => {
    const { output, isError } = await run('pharmacist', 'check_interaction', {
      medicine_a: 'Claritin',
      medicine_b: 'Zyrtec',
    });
    expect(isError).toBe(false);
    expect(output).toMatch(/^Loratadine and cetirizine should not be taken together\. Both are once-a-day/);
  });

  it('reads both medicines from one sentence, brand names included', async () => {
    const { output, isError } = await run('pharmacist', 'check_interaction', {
      medicine_a: 'can I take Advil with my lisinopril',
      medicine_b: 'can I take Advil with my lisinopril',
    });
    expect(isError).toBe(false);
    expect(output).toMatch(/^Ibuprofen and lisinopril can be taken together only with care/);
  });

  it('says when no interaction is listed', async () => {
    const { output } = await run('pharmacist', 'check_interaction', { medicine_a: 'metformin', medicine_b: 'Tylenol' });
    expect(output).toMatch(/^No interaction between metformin and acetaminophen is listed/);
  });

  it.each([
    [{ medicine_a: 'ibuprofen', medicine_b: 'St John’s wort' }, /"St John’s wort" is not in our interaction table/],
    [{ medicine_a: 'Advil', medicine_b: 'ibuprofen' }, /Both are ibuprofen/],
    [{ medicine_a: 'Advil, Aleve and aspirin', medicine_b: 'all of them' }, /names 3 medicines/],
  ])('refuses %j', async (args, refusal) => {
    const { output, isError } = await run('pharmacist', 'check_interaction', args);
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
  });
});

describe('otc_product', () => {
  it('gives stock, price and the label dose', async () => {
    const { output, isError } = await run('pharmacist', 'otc_product', { product: 'Tylenol' });
    expect(isError).toBe(false);
    expect(output).toBe(
      'acetaminophen 500 mg, 100 tablets is in stock (18 on the shelf) at $8.49. The label says: 1 or 2 tablets every 6 hours as needed, no more than 6 tablets in 24 hours.',
    );
  });

  it('tells the children’s product from the adult one, and says when one is out of stock', async () => {
    expect((await run('pharmacist', 'otc_product', { product: "children's Tylenol" })).output).toMatch(
      /^children’s acetaminophen liquid/,
    );
    await call?.close();
    expect((await run('pharmacist', 'otc_product', { product: 'Advil' })).output).toMatch(
      /^ibuprofen 200 mg, 50 tablets is out of stock; more arrives in 2 days/,
    );
  });

  it('refuses a product we do not carry', async () => {
    const { output, isError } = await run('pharmacist', 'otc_product', { product: 'melatonin gummies' });
    expect(isError).toBe(true);
    expect(output).toMatch(/We do not carry "melatonin gummies"/);
  });
});

describe('transfer_to_operator', () => {
  it('queues the caller for the pharmacist in charge with a ticket', async () => {
    const { output, isError } = await run('human', 'transfer_to_operator', {
      reason: 'The caller says they were given the wrong medicine.',
    });
    expect(isError).toBe(false);
    expect(output).toMatch(/ticket Q-\d+/);
  });
});
