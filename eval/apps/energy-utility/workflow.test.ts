import { inspectWorkflow } from 'switchboard';
import { afterEach, describe, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { EnergyApi } from './api/energy.js';
import { readAccountId, readDay, readPostcode, readUkPhone } from './tools/spoken.js';
import type { RiversideUserData } from './userdata.js';
import { riversideWorkflow } from './workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

/** Thursday, December 3, 2026, 9 AM. */
const now = () => new Date(2026, 11, 3, 9, 0);

async function run(
  at: string,
  tool: string,
  args: Record<string, unknown>,
  userData?: Partial<RiversideUserData>,
  api = new EnergyApi({ now }),
) {
  const turn = step(tool, args);
  call = await startCall(riversideWorkflow({ api }), [turn], { at, userData });
  return { ...(await call.use(turn)), api };
}

const verified = (id: string): Partial<RiversideUserData> => ({ verifiedAccount: id, accountId: id });

it('is a valid graph', () => {
  expect(inspectWorkflow(riversideWorkflow()).problems).toEqual([]);
});

describe('reading what callers say', () => {
  it.each([
    ['RE-204817', 'RE-204817'],
    ['re 204817', 'RE-204817'],
    ['R E two zero four eight one seven', 'RE-204817'],
  ])('reads the account number %j', (said, id) => expect(readAccountId(said)).toBe(id));

  it('reads postcodes and UK phone numbers', () => {
    expect(readPostcode('rv1 4ab')).toBe('RV1 4AB');
    expect(readPostcode('R V 3 9 Q T')).toBe('RV3 9QT');
    expect(readPostcode('RV1')).toBeUndefined();
    expect(readUkPhone('07700 900123')).toBe('07700900123');
    expect(readUkPhone('+44 7700 900123')).toBe('07700900123');
    expect(readUkPhone('555 0123')).toBeUndefined();
  });

  it.each([
    ['tomorrow', '2026-12-04'],
    ['next Friday', '2026-12-04'],
    ['Monday', '2026-12-07'],
    ['last Monday', '2026-11-30'],
    ['the 18th', '2026-12-18'],
    ['January 8', '2027-01-08'],
    ['2026-12-19', '2026-12-19'],
  ])('reads the day %j', (said, day) => expect(readDay(said, now())).toBe(day));
});

describe('account_balance', () => {
  it('checks the account and reads the balance and latest bill', async () => {
    const { output, isError } = await run('billing', 'account_balance', {
      account_id: 're 204817',
      full_name: 'margaret okafor',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Account RE-204817 for Margaret Okafor: £182.40 is owed. The latest bill, BL-7781 from Saturday 21 November, was £182.40, based on an estimated reading. The monthly direct debit is £95.',
    );
    expect(call!.userData).toMatchObject({ verifiedAccount: 'RE-204817', callerName: 'Margaret Okafor' });
  });

  it('gives one neutral answer for a wrong name and locks after three tries', async () => {
    const { output, isError } = await run('billing', 'account_balance', {
      account_id: 'RE-204817',
      full_name: 'Tom Hendry',
    });
    expect(isError).toBe(true);
    expect(output).toMatch(/do not match our records \(attempt 1 of 3\)/);
    const locked = await run(
      'billing',
      'account_balance',
      { account_id: 'RE-204817', full_name: 'Tom Hendry' },
      {
        verifyAttempts: 2,
      },
    );
    expect(locked.output).toMatch(/locked for this call/);
    expect(call!.userData.verifiedAccount).toBeUndefined();
  });
});

describe('set_up_payment_plan', () => {
  it('spreads the balance in equal payments from a day the caller names', async () => {
    const { output, isError, api } = await run(
      'billing',
      'set_up_payment_plan',
      { frequency: 'monthly', instalments: 6, first_payment: 'next Friday' },
      verified('RE-427390'),
    );
    expect(isError).toBe(false);
    expect(output).toBe(
      'Payment plan PP-3101 is set up: 6 monthly payments of £102.13, the first on Friday 4 December, clearing £612.75.',
    );
    expect(api.plans).toHaveLength(1);
    expect(call!.userData.paymentPlanId).toBe('PP-3101');
  });

  it.each([
    [{ frequency: 'weekly', instalments: 20, first_payment: 'Friday' }, 'RE-427390', /between 2 and 12 payments/],
    [{ frequency: 'monthly', instalments: 3, first_payment: 'January 20' }, 'RE-427390', /within 28 days/],
    [{ frequency: 'monthly', instalments: 3, first_payment: 'Friday' }, 'RE-318562', /Nothing is owed/],
  ])('refuses %j with what to ask instead', async (args, account, refusal) => {
    const { output, isError, api } = await run('billing', 'set_up_payment_plan', args, verified(account));
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(api.plans).toHaveLength(0);
  });

  it('keeps each payment at £10 or more', async () => {
    const api = new EnergyApi({ now });
    api.account('RE-204817')!.balancePence = 5000;
    const { output, isError } = await run(
      'billing',
      'set_up_payment_plan',
      { frequency: 'weekly', instalments: 12, first_payment: 'Friday' },
      verified('RE-204817'),
      api,
    );
    expect(isError).toBe(true);
    expect(output).toMatch(/at least £10; 12 payments would be £4.17\. Offer 5 payments or fewer/);
  });

  it('is guarded until the account is checked', async () => {
    const { output, isError } = await run('billing', 'set_up_payment_plan', {
      frequency: 'monthly',
      instalments: 3,
      first_payment: 'Friday',
    });
    expect(isError).toBe(true);
    expect(output).toMatch(/account is not checked yet/);
  });
});

describe('refund_or_dispute', () => {
  it('refunds credit up to the limit', async () => {
    const { output, isError } = await run(
      'billing',
      'refund_or_dispute',
      { request: 'refund', reason: 'I am in credit', email: 'tom dot hendry at example dot com' },
      verified('RE-318562'),
    );
    expect(isError).toBe(false);
    expect(output).toBe(
      'Refund BC-5101 of £64.20 is on its way to the bank account on file, within five working days. Updates go to tom.hendry@example.com.',
    );
  });

  it('sends refunds over £250 to a supervisor', async () => {
    const { output, isError } = await run(
      'billing',
      'refund_or_dispute',
      { request: 'refund', reason: 'moving abroad' },
      verified('RE-550143'),
    );
    expect(isError).toBe(true);
    expect(output).toMatch(/over £250 need a supervisor/);
  });

  it('opens a dispute on the latest bill and points out an estimate', async () => {
    const { output, isError } = await run(
      'billing',
      'refund_or_dispute',
      { request: 'dispute', reason: 'far too high for a small flat' },
      verified('RE-427390'),
    );
    expect(isError).toBe(false);
    expect(output).toMatch(/^Dispute BC-5101 is open for bill BL-7795 of £612.75\..*estimated reading/);
  });

  it('will not refund an account that owes money', async () => {
    const { output, isError } = await run(
      'billing',
      'refund_or_dispute',
      { request: 'refund', reason: 'want my money' },
      verified('RE-204817'),
    );
    expect(isError).toBe(true);
    expect(output).toMatch(/not in credit \(£182.40 is owed\)/);
  });
});

describe('submit_meter_reading', () => {
  it('saves a reading and says the usage since the last one', async () => {
    const { output, isError, api } = await run('meters', 'submit_meter_reading', {
      account_id: 'RE-204817',
      fuel: 'electricity',
      reading: '45620',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Thanks: the electricity reading 45620 for Thursday 3 December is saved on account RE-204817, and the next bill will use it. That is 500 kilowatt hours since Monday 2 November.',
    );
    expect(api.readings).toEqual([{ accountId: 'RE-204817', fuel: 'electricity', value: 45620, date: '2026-12-03' }]);
  });

  it.each([
    [{ account_id: 'RE-318562', fuel: 'gas', reading: '12345' }, /only electricity with us, no gas meter/],
    [{ account_id: 'RE-204817', fuel: 'gas', reading: '10000' }, /lower than the last gas reading, 18730/],
    [{ account_id: 'RE-204817', fuel: 'gas', reading: '28000' }, /unusually high.*confirmed true/],
    [{ account_id: 'RE-999999', fuel: 'gas', reading: '28000' }, /no account RE-999999/],
    [{ account_id: 'RE-204817', fuel: 'gas', reading: '19000', reading_date: 'last Monday' }, null],
    [{ account_id: 'RE-204817', fuel: 'gas', reading: '19000', reading_date: 'tomorrow' }, /future/],
  ])('checks %j', async (args, refusal) => {
    const { output, isError } = await run('meters', 'submit_meter_reading', args);
    if (!refusal) return expect(isError).toBe(false);
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
  });
});

describe('check_outage and report_supply_fault', () => {
  it('knows the power cut in RV3 and when it should be fixed', async () => {
    const { output, isError } = await run('meters', 'check_outage', { postcode: 'rv3 9qt' });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Yes, there is a known electricity fault in RV3: a damaged underground cable is cutting power to parts of RV3. Engineers expect to restore supply today at 12:00 PM.',
    );
    expect(call!.userData.postcode).toBe('RV3 9QT');
  });

  it('says when there is no known problem', async () => {
    const { output } = await run('meters', 'check_outage', { postcode: 'RV1' });
    expect(output).toMatch(/no known power cut or gas problem in RV1/);
  });

  it('opens an emergency job for a gas smell with safety advice', async () => {
    const { output, isError, api } = await run('meters', 'report_supply_fault', {
      fault: 'gas_smell',
      postcode: 'RV1 4AB',
      address: '14 Willow Lane',
      phone: '07700 900123',
    });
    expect(isError).toBe(false);
    expect(output).toMatch(
      /^Emergency job EM-6101 .* within one hour, and will call 07700 900123\. .*do not use light switches/,
    );
    expect(api.jobs[0]).toMatchObject({ fault: 'gas_smell', postcode: 'RV1 4AB', phone: '07700900123' });
  });

  it('refuses a phone number that is not a UK number', async () => {
    const { output, isError } = await run('meters', 'report_supply_fault', {
      fault: 'power_cut',
      postcode: 'RV1 4AB',
      address: '14 Willow Lane',
      phone: '555 0123',
    });
    expect(isError).toBe(true);
    expect(output).toMatch(/not a UK phone number/);
  });
});

describe('register_move', () => {
  it('registers a move out with a forwarding email', async () => {
    const { output, isError } = await run('moving_home', 'register_move', {
      direction: 'move_out',
      move_date: 'the 18th',
      postcode: 'RV2 6DL',
      account_id: 'RE-427390',
      contact: 'priya at example dot com',
    });
    expect(isError).toBe(false);
    expect(output).toMatch(
      /^Move-out MV-8101 is registered: account RE-427390 at Flat 3, 22 Station Road closes on Friday 18 December\..*final bill goes to priya@example.com\.$/,
    );
  });

  it('opens a new account for a move in', async () => {
    const { output, isError } = await run('moving_home', 'register_move', {
      direction: 'move_in',
      move_date: 'Monday',
      postcode: 'RV4 2NP',
      address: '5 Quay Road',
      full_name: 'Sam Whitaker',
      contact: '07700 900456',
    });
    expect(isError).toBe(false);
    expect(output).toMatch(
      /move-in MV-8101 is registered for Sam Whitaker at 5 Quay Road, RV4 2NP, from Monday 7 December\. The new account number is RE-700001/,
    );
    expect(call!.userData.moveId).toBe('MV-8101');
  });

  it.each([
    [
      { direction: 'move_out', move_date: 'Friday', postcode: 'RV1 4AB', account_id: 'RE-427390' },
      /do not match an account/,
    ],
    [
      { direction: 'move_out', move_date: 'October 1', postcode: 'RV2 6DL', account_id: 'RE-427390' },
      /more than 14 days ago/,
    ],
    [
      { direction: 'move_in', move_date: 'Monday', postcode: 'RV4 2NP', address: '5 Quay Road', full_name: 'Sam' },
      /first and last name/,
    ],
    [
      {
        direction: 'move_out',
        move_date: 'Friday',
        postcode: 'RV2 6DL',
        account_id: 'RE-427390',
        final_reading: '9000',
      },
      /on or after the moving day/,
    ],
  ])('refuses %j', async (args, refusal) => {
    const { output, isError, api } = await run('moving_home', 'register_move', args);
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(api.moves).toHaveLength(0);
  });
});

describe('handoffs', () => {
  it('calls a desk and gets the caller back with the outcome', async () => {
    call = await startCall(riversideWorkflow({ now }), [
      step('transfer_to_meters', { accountId: 'RE-204817' }),
      step('return_to_previous_agent', { resolved: true, summary: 'Reading saved.' }),
    ]);
    await call.use(step('transfer_to_meters', { accountId: 'RE-204817' }));
    expect(call.agent).toBe('meters');
    await call.use(step('return_to_previous_agent', { resolved: true, summary: 'Reading saved.' }));
    expect(call.agent).toBe('front_desk');
    expect(call.userData).toMatchObject({ accountId: 'RE-204817', resolved: true, summary: 'Reading saved.' });
  });

  it('puts a caller who smells gas through to a person', async () => {
    call = await startCall(
      riversideWorkflow({ now }),
      [
        step('escalate_to_human', { reason: 'Smell of gas at 14 Willow Lane.' }),
        {
          input: 'instructions:enter:human_desk',
          toolCalls: [{ name: 'transfer_to_operator', args: { reason: 'Smell of gas at 14 Willow Lane.' } }],
        },
      ],
      { at: 'meters' },
    );
    await call.use(step('escalate_to_human', { reason: 'Smell of gas at 14 Willow Lane.' }));
    expect(call.agent).toBe('human_desk');
    const [ticket] = await call.operatorQueue.list('waiting');
    expect(ticket).toMatchObject({ reason: 'Smell of gas at 14 Willow Lane.' });
    expect(call.runtime.outcome).toBe('escalated');
  });
});
