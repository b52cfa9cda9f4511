import { inspectWorkflow } from 'switchboard';
import { afterEach, describe, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { Clinic } from './api/clinic.js';
import type { VetClinicUserData } from './userdata.js';
import { vetClinicWorkflow } from './workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

/** Monday, March 10, 2025 at 8 AM, clinic time. */
const monday = () => new Date(2025, 2, 10, 8, 0);

async function run(
  at: string,
  steps: ReturnType<typeof step>[],
  options: { clinic?: Clinic; userData?: Partial<VetClinicUserData> } = {},
) {
  const clinic = options.clinic ?? new Clinic({ now: monday });
  call = await startCall(vetClinicWorkflow({ clinic }), steps, { at, userData: options.userData });
  const results = [];
  for (const s of steps) results.push(await call.use(s));
  return { results, last: results.at(-1)!, clinic };
}

it('is a valid graph', () => {
  expect(inspectWorkflow(vetClinicWorkflow()).problems).toEqual([]);
});

describe('clinic_info', () => {
  it('answers opening hours and the price of one kind of visit', async () => {
    const { results } = await run('front_desk', [
      step('clinic_info', { topic: 'opening hours' }),
      step('clinic_info', { topic: 'prices', visit_type: 'injury' }),
    ]);
    expect(results[0]!.output).toMatch(/Saturday mornings from 9 AM to 1 PM\. We are closed on Sundays\./);
    expect(results[1]!.output).toBe('An injury visit is $85. Medicines and tests are extra.');
  });
});

describe('appointments', () => {
  it('finds free times with a vet who sees the species, and books the one picked', async () => {
    const { results, clinic } = await run('appointments', [
      step('find_visit_times', { day: 'Tuesday', part_of_day: 'afternoon', species: 'cat' }),
      step('book_visit', { client_id: 'ms 1042', pet_name: 'mochi', reason: 'checkup', time: 'Tuesday at 1 PM' }),
    ]);
    expect(results[0]!.output).toBe(
      'Free times: Tuesday, March 11 at 12 PM with Dr. Amara Okafor; Tuesday, March 11 at 1 PM with Dr. Amara Okafor; Tuesday, March 11 at 2 PM with Dr. Amara Okafor. Which one suits?',
    );
    expect(results[1]).toMatchObject({
      isError: false,
      output:
        'Booked VT-7101: a checkup visit for Mochi on Tuesday, March 11 at 1 PM with Dr. Amara Okafor. It costs $65. Please arrive ten minutes early.',
    });
    expect(clinic.upcomingVisit('MS-1042', 'Mochi')?.slot).toBe('2025-03-11T13:00');
    expect(call!.userData).toMatchObject({ clientId: 'MS-1042', petName: 'Mochi', visitId: 'VT-7101' });
  });

  it.each([
    [{ day: 'Sunday' }, /closed on Sundays/],
    [{ day: 'Tuesday', species: 'bird', vet: 'Dr. Brennan' }, /Dr\. Lucas Brennan does not see birds/],
    [{ vet: 'Dr. Smith' }, /no vet called "Dr\. Smith"/],
    [{ day: 'Monday', part_of_day: 'evening' }, /Evening visits are on Thursdays only/],
  ])('refuses %j with what to offer instead', async (args, refusal) => {
    const { last } = await run('appointments', [step('find_visit_times', args)]);
    expect(last.isError).toBe(true);
    expect(last.output).toMatch(refusal);
  });

  it('will not double-book a pet that already has a visit, and offers to move it', async () => {
    const { last } = await run('appointments', [
      step('find_visit_times', { day: 'Wednesday' }),
      step('book_visit', { client_id: 'MS-1042', pet_name: 'Biscuit', reason: 'checkup', time: '11 AM' }),
    ]);
    expect(last.isError).toBe(true);
    expect(last.output).toMatch(
      /Biscuit already has a vaccination visit booked on Thursday, March 13 at 10 AM .*VT-7001/,
    );
  });

  it('asks for the client number, and refuses a pet that is not on the file', async () => {
    const { results } = await run('appointments', [
      step('find_visit_times', { day: 'Wednesday' }),
      step('book_visit', { pet_name: 'Mochi', reason: 'checkup', time: '11 AM' }),
      step('book_visit', { client_id: 'MS-1042', pet_name: 'Rex', reason: 'checkup', time: '11 AM' }),
      step('book_visit', {
        client_id: 'MS-1042',
        pet_name: 'Rex',
        reason: 'checkup',
        time: '11 AM',
        new_pet: true,
        species: 'dog',
      }),
    ]);
    expect(results[0]!.isError).toBe(false);
    expect(results[1]!.output).toMatch(/I need the client number first/);
    expect(results[2]!.output).toMatch(/Rex is not on client MS-1042's file \(it has Biscuit and Mochi\)/);
    expect(results[3]!.output).toMatch(/^Booked VT-7101: a checkup visit for Rex on Wednesday, March 12 at 11 AM/);
  });

  it('does not take a time that was not offered', async () => {
    const { last } = await run('appointments', [
      step('find_visit_times', { day: 'Wednesday', part_of_day: 'morning' }),
      step('book_visit', { client_id: 'MS-1042', pet_name: 'Mochi', reason: 'dental', time: '2025-03-14T09:00' }),
    ]);
    expect(last.isError).toBe(true);
    expect(last.output).toMatch(/is not one of the times offered/);
  });

  it('moves a booked visit to an offered time', async () => {
    const { last, clinic } = await run('appointments', [
      step('find_visit_times', { day: 'Friday', part_of_day: 'morning', vet: 'Brennan' }),
      step('reschedule_visit', { client_id: 'MS-1042', pet_name: 'Biscuit', new_time: '10 AM' }),
    ]);
    expect(last.output).toBe(
      "Moved Biscuit's vaccination visit (VT-7001) from Thursday, March 13 at 10 AM to Friday, March 14 at 10 AM with Dr. Lucas Brennan.",
    );
    expect(clinic.upcomingVisit('MS-1042', 'Biscuit')?.slot).toBe('2025-03-14T10:00');
  });

  it('cancels without a fee a day ahead, and with the late fee inside 24 hours', async () => {
    const early = await run('appointments', [step('cancel_visit', { client_id: 'MS-2087', pet_name: 'Pepper' })]);
    expect(early.last.output).toBe("Cancelled Pepper's nail trim visit on Tuesday, March 11 at 11 AM (VT-7003).");
    await call!.close();
    const late = await run('appointments', [step('cancel_visit', { client_id: 'MS-2087', pet_name: 'Pepper' })], {
      clinic: new Clinic({ now: () => new Date(2025, 2, 10, 13, 0) }),
    });
    expect(late.last.output).toMatch(/late-cancellation fee of \$25 goes on the account/);
    expect(late.clinic.upcomingVisit('MS-2087', 'Pepper')).toBeUndefined();
  });
});

describe('pharmacy', () => {
  it('orders a refill and says when it is ready', async () => {
    const { last, clinic } = await run('pharmacy', [
      step('request_refill', { client_id: 'MS-1042', pet_name: 'Biscuit', medication: 'his Rimadyl', months: 2 }),
    ]);
    expect(last.output).toBe(
      'Refill RX-3301: 2 months of Carprofen 75 mg for Biscuit, $76.00, ready for pick-up from Tuesday, March 11 at 2 PM. We will text six one seven, five five five, zero one four two when it is ready. 1 refill left after this one.',
    );
    expect(clinic.refills).toHaveLength(1);
    expect(call!.userData.refillId).toBe('RX-3301');
  });

  it.each([
    ['MS-4526', 'Shadow', 'gabapentin', 1, /controlled medicine: it cannot be refilled over the phone/],
    ['MS-3310', 'Luna', 'Apoquel', 1, /last exam was more than a year ago/],
    ['MS-1042', 'Mochi', 'thyroid pills', 1, /no refills left/],
    ['MS-1042', 'Biscuit', 'carprofen', 4, /at most 3 months/],
    ['MS-1042', 'Biscuit', 'insulin', 1, /no prescription for "insulin"\. On file: Carprofen 75 mg/],
  ])('refuses %s %s %s x%d', async (client_id, pet_name, medication, months, refusal) => {
    const { last, clinic } = await run('pharmacy', [
      step('request_refill', { client_id, pet_name, medication, months }),
    ]);
    expect(last.isError).toBe(true);
    expect(last.output).toMatch(refusal);
    expect(clinic.refills).toHaveLength(0);
  });
});

describe('lab results', () => {
  it.each([
    ['Biscuit', /senior blood panel is back and normal: Kidney and liver values are normal/],
    ['Mochi', /Dr\. Lucas Brennan would like to talk it through/],
  ])('reads %s’s results to the owner on file', async (pet_name, result) => {
    const { last } = await run('lab_results', [
      step('check_lab_results', { client_id: 'MS-1042', pet_name, owner_name: 'priya raman' }),
    ]);
    expect(last.isError).toBe(false);
    expect(last.output).toMatch(result);
  });

  it('says when a pending result is expected', async () => {
    const { last } = await run('lab_results', [
      step('check_lab_results', { client_id: 'MS-3310', pet_name: 'Kiwi', owner_name: 'Elena Vasquez' }),
    ]);
    expect(last.output).toBe(
      'The fecal parasite test is still at the lab; the result is expected on Wednesday, March 12, and Dr. Amara Okafor will call with it.',
    );
  });

  it('gives nothing to someone who is not the owner on file', async () => {
    const { last } = await run('lab_results', [
      step('check_lab_results', { client_id: 'MS-1042', pet_name: 'Biscuit', owner_name: 'Tom Keller' }),
    ]);
    expect(last.isError).toBe(true);
    expect(last.output).toMatch(/only to the owner named on the client file/);
    expect(last.output).not.toMatch(/Priya|normal/);
  });
});

describe('desks', () => {
  it.each(['pharmacy', 'lab_results'])('the front desk calls %s, which hands the caller back', async (desk) => {
    const back = step('return_to_previous_agent', { resolved: true, summary: 'Done.' });
    const { results } = await run('front_desk', [step(`transfer_to_${desk}`, { petName: 'Biscuit' }), back]);
    expect(results.every((r) => !r.isError)).toBe(true);
    expect(call!.agent).toBe('front_desk');
    expect(call!.userData).toMatchObject({ petName: 'Biscuit', resolved: true, summary: 'Done.' });
  });

  it('carries the pet and the visit reason to appointments', async () => {
    await run('front_desk', [
      step('transfer_to_appointments', { petName: 'Pepper', species: 'rabbit', visitReason: 'vaccination' }),
    ]);
    expect(call!.agent).toBe('appointments');
    expect(call!.userData).toMatchObject({ petName: 'Pepper', species: 'rabbit', visitReason: 'vaccination' });
  });

  it('puts an emergency through to the on-call vet or nurse', async () => {
    const clinic = new Clinic({ now: monday });
    call = await startCall(
      vetClinicWorkflow({ clinic }),
      [
        step('escalate_to_human', { reason: 'Dog ate chocolate.' }),
        {
          input: 'instructions:enter:on_call',
          toolCalls: [{ name: 'transfer_to_operator', args: { reason: 'Luna ate a bar of chocolate.' } }],
        },
      ],
      { at: 'appointments' },
    );
    await call.use(step('escalate_to_human', { reason: 'Dog ate chocolate.' }));
    expect(call.agent).toBe('on_call');
    await expect.poll(async () => (await call!.operatorQueue.list('waiting')).length).toBe(1);
    expect(call.runtime.outcome).toBe('escalated');
  });
});
