import { parsePhoneNumber } from 'switchboard/spoken';
import { afterEach, describe, expect, it } from 'vitest';
import { callTool, startCall, step, type TestCall } from 'switchboard/testing';
import { deskFixture, FIXED_NOW, TIME_ZONE, VERIFIED_ANN, type DeskFixture } from '../testing/desk_fixture.js';
import { parseCallbackTime } from './callback_time.js';
import { callbackNumberProblem } from './callbacks.js';

let f: DeskFixture | undefined;
let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
  f?.close();
  f = undefined;
});

// FIXED_NOW is Tuesday, March 4, 2025, 2:00 PM in New York.
const at = (text: string) => parseCallbackTime(text, FIXED_NOW, TIME_ZONE);

describe('schedule_callback', () => {
  it('books a callback, stores it with the caller and ticket, and reads it back', async () => {
    f = deskFixture({ ...VERIFIED_ANN, ticketId: 'T-1000' });
    const out = await callTool(
      f.tools.schedule_callback,
      { phone: '(415) 555-0134', time: 'tomorrow at 3 pm' },
      f.userData,
    );
    expect(out).toBe('Your callback is booked for tomorrow at 3:00 PM, to 415-555-0134. The reference is CB-501.');
    expect(f.userData).toMatchObject({ callbackPhone: '+14155550134', callbackTime: '2025-03-05T20:00:00.000Z' });
    expect(f.store.listCallbacks().find((c) => c.id === 'CB-501')).toMatchObject({
      customerId: 'C-1001',
      callerName: 'Ann Lee',
      phone: '+14155550134',
      scheduledFor: '2025-03-05T20:00:00.000Z',
      ticketId: 'T-1000',
    });
  });

  it('refuses a bad time before asking for anything', async () => {
    f = deskFixture();
    await expect(
      callTool(f.tools.schedule_callback, { phone: '555 0134', time: 'whenever the cows come home' }, f.userData),
    ).rejects.toThrow(/could not understand "whenever the cows come home" as a day and time/);
    expect(f.store.listCallbacks()).toHaveLength(1);
    expect(f.userData.callbackPhone).toBeUndefined();
  });

  it('refuses a time in the past with the current time for reference', async () => {
    f = deskFixture();
    await expect(
      callTool(f.tools.schedule_callback, { phone: '415 555 0134', time: 'yesterday at 5pm' }, f.userData),
    ).rejects.toThrow('Yesterday at 5:00 PM has already passed (it is now 2:00 PM). Ask the caller for a later time.');
    expect(f.store.listCallbacks()).toHaveLength(1);
  });

  it('refuses nonsense with an example of what works', async () => {
    f = deskFixture();
    await expect(
      callTool(f.tools.schedule_callback, { phone: '415 555 0134', time: 'whenever the cows come home' }, f.userData),
    ).rejects.toThrow(
      'I could not understand "whenever the cows come home" as a day and time. Ask the caller when suits them, for example "tomorrow at 3 PM".',
    );
  });
});

// A missing or unusable number is asked for by the prebuilt phone task (a whole call is needed).
describe('schedule_callback asks for the number', () => {
  /** Start an escalation call whose model calls schedule_callback with `args`; the caller then says `lines`. */
  async function bookAndAnswer(args: Record<string, unknown>, lines: string[]) {
    f = deskFixture(VERIFIED_ANN);
    const turn = step('schedule_callback', args);
    call = await startCall(f.workflow, [turn], { at: 'escalation', userData: VERIFIED_ANN });
    const heard: string[] = [];
    for (const line of [turn.input, ...lines]) {
      const before = call.spoken().length;
      await call.say(line);
      for (let waited = 0; call.spoken().length === before && waited < 1500; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
      heard.push(call.spoken().at(-1) ?? '');
    }
    return heard;
  }

  it('says why a number cannot be called, asks again, reads the new one back and books it', async () => {
    const heard = await bookAndAnswer({ phone: '555 0134', time: 'tomorrow at 3 pm' }, [
      'four one five five five five zero one three four',
      'yes',
    ]);
    expect(heard.slice(0, 2)).toEqual([
      'I heard only seven digits, 555 0134. A callback number needs the area code too. What number should we call you back on?',
      'I have four one five, five five five, zero one three four. Is that right?',
    ]);
    await expect.poll(() => call!.userData.callbackPhone).toBe('+14155550134');
    expect(f!.store.listCallbacks().at(-1)).toMatchObject({
      phone: '+14155550134',
      scheduledFor: '2025-03-05T20:00:00.000Z',
      customerId: 'C-1001',
    });
  });

  it('asks for a direct number instead of an extension', async () => {
    const heard = await bookAndAnswer({ phone: '415 555 0134 ext 12', time: 'tomorrow at 3 pm' }, [
      '(212) 555-0188',
      'yes',
    ]);
    expect(heard[0]).toBe('We cannot call back an extension. What direct number can we reach you on?');
    await expect.poll(() => call!.userData.callbackPhone).toBe('+12125550188');
  });

  it('asks when no number was given', async () => {
    const heard = await bookAndAnswer({ phone: '', time: 'tomorrow at 3 pm' }, ['+44 7700 900123', 'yes']);
    expect(heard[0]).toBe('What number should we call you back on?');
    await expect.poll(() => call!.userData.callbackPhone).toBe('+447700900123');
  });
});

describe('callback phone numbers', () => {
  it.each([
    ['5550134', 'I heard only seven digits, 555 0134. A callback number needs the area code too.'],
    ['1234567890', /^That number is not a valid US number: the area code and the next three digits/],
    ['41555501345', /^That number has 11 digits; a US number has 10/],
    ['4155550134', undefined],
    ['00447700900123', undefined],
  ])('tells the caller what is wrong with %s, without instructions meant for the agent', (text, problem) => {
    const said = callbackNumberProblem(text);
    if (problem === undefined) expect(said).toBeUndefined();
    else expect(said).toMatch(problem);
    expect(said ?? '').not.toMatch(/Ask the caller|"/);
  });

  it.each([
    ['415-555-0134', '+14155550134', '415-555-0134'],
    ['(212) 555 0188', '+12125550188', '212-555-0188'],
    ['1 312 555 0122', '+13125550122', '312-555-0122'],
    ['+1 206.555.0147', '+12065550147', '206-555-0147'],
    ['+44 7700 900123', '+447700900123', '+447700900123'],
    ['0044 7700 900123', '+447700900123', '+447700900123'],
  ])('accepts %s', (raw, e164, spoken) => {
    expect(parsePhoneNumber(raw)).toEqual({ ok: true, e164, spoken });
  });

  it.each([
    ['call me maybe', /contains letters/],
    ['', /No phone number was given/],
    ['123 456 7890', /area code and the next three digits cannot start with 0 or 1/],
    ['415 555 01345', /has 11 digits; a US number has 10/],
    ['+44 12', /not a valid international number/],
    ['415 555 0134 ext 12', /cannot call back an extension/],
  ])('refuses %j', (raw, problem) => {
    const result = parsePhoneNumber(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(problem);
  });
});

describe('callback times', () => {
  it.each([
    ['tomorrow at 3pm', '2025-03-05T20:00:00.000Z'],
    ['in 2 hours', '2025-03-04T21:00:00.000Z'],
    ['at 3', '2025-03-04T20:00:00.000Z'],
    ['Friday morning', '2025-03-07T14:00:00.000Z'],
    ['this evening', '2025-03-04T23:00:00.000Z'],
    ['tomorrow at half past four', '2025-03-05T21:30:00.000Z'],
    ['tomorrow at three pm', '2025-03-05T20:00:00.000Z'],
    ['Monday 10:30', '2025-03-10T14:30:00.000Z'],
  ])('reads %j in the desk time zone', (text, iso) => {
    const result = at(text);
    expect(result.ok && result.at.toISOString()).toBe(iso);
  });

  it.each([
    ['Friday', /"Friday" has no time of day\. Ask the caller what time suits them between 8 AM and 8 PM\./],
    ['tomorrow at 11pm', /^Tomorrow at 11:00 PM is outside callback hours/],
    ['in 5 minutes', /at least 15 minutes' notice/],
    ['April 20 at 10am', /^Sunday, April 20 at 10:00 AM is more than 30 days away/],
    ['March 3 at 10am', /^Yesterday at 10:00 AM has already passed/],
  ])('refuses %j', (text, problem) => {
    const result = at(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(problem);
  });

  it('keeps local wall-clock time across a daylight-saving change', () => {
    // DST starts in New York on Sunday, March 9, 2025: 3 PM is then 19:00 UTC, not 20:00.
    const result = at('next Monday at 3pm');
    expect(result.ok && result.at.toISOString()).toBe('2025-03-10T19:00:00.000Z');
  });
});
