import { afterEach, describe, expect, it } from 'vitest';
import { startCall, step, type ScriptedTurn, type TestCall } from 'switchboard/testing';
import { ClaimsApi } from '../api/claims.js';
import { intakeWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

const claims = () => new ClaimsApi({ now: () => new Date(2025, 2, 10, 12) });

async function run(tool: string, args: Record<string, unknown>) {
  const turn = step(tool, args);
  call = await startCall(intakeWorkflow({ claims: claims() }), [turn], { at: 'data_collection' });
  return call.use(turn);
}

/** The tool's output once the task it started has finished (undefined while it still asks). */
function outputOf(tool: string): string | undefined {
  const item = call!.session.history.items.find((i) => i.type === 'function_call_output' && i.name === tool);
  return item?.type === 'function_call_output' ? item.output : undefined;
}

/** Call `tool`, then answer the questions its capture task asks; returns what the agent said to each line. */
async function converse(tool: string, args: Record<string, unknown>, answers: string[], script: ScriptedTurn[] = []) {
  const turn = step(tool, args);
  call = await startCall(intakeWorkflow({ claims: claims() }), [turn, ...script], { at: 'data_collection' });
  return call.sayEach([turn.input, ...answers]);
}

describe('save_contact', () => {
  it('saves name, phone and a spoken email, then says what is still missing', async () => {
    const { output, isError } = await run('save_contact', {
      full_name: 'Dana  Whitfield',
      phone: '+1 (978) 555-0142',
      email: 'dana dot w at example dot com',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Saved Dana Whitfield, phone nine seven eight, five five five, zero one four two, email dana dot w at example dot com. Still needed: what happened, when it happened, a short description.',
    );
    expect(call!.userData).toMatchObject({
      fullName: 'Dana Whitfield',
      phone: '9785550142',
      email: 'dana.w@example.com',
    });
  });

  it('asks for a full name when only a first name was given, reads it back and takes a spelled correction', async () => {
    const heard = await converse('save_contact', { full_name: 'Dana', phone: '978 555 0142' }, [
      'Dana Whitfielb',
      "no, it's d as in delta, not b",
      'yes',
    ]);
    expect(heard.slice(0, 3)).toEqual([
      'I only caught one name; I need a first and a last name. Could I have your first and last name, please?',
      'I have Dana Whitfielb, spelled D A N A, W H I T F I E L B. Is that right?',
      'I have Dana Whitfield, spelled D A N A, W H I T F I E L D. Is that right?',
    ]);
    await expect.poll(() => outputOf('save_contact')).toMatch(/^"?Saved Dana Whitfield, phone nine seven eight/);
    expect(call!.userData).toMatchObject({ fullName: 'Dana Whitfield', phone: '9785550142' });
  });

  it('asks for the phone number again when it does not have ten digits, and reads the new one back', async () => {
    const heard = await converse('save_contact', { full_name: 'Dana Whitfield', phone: '555 0142' }, [
      '978 555 0142',
      'yes that is right',
    ]);
    expect(heard[0]).toBe(
      'Phone numbers have ten digits, but I heard 7. What is the best phone number to reach you on?',
    );
    expect(heard[1]).toBe('I have nine seven eight, five five five, zero one four two. Is that right?');
    await expect.poll(() => call!.userData.phone).toBe('9785550142');
    // The name given with the request was kept while the number was asked for.
    expect(call!.userData.fullName).toBe('Dana Whitfield');
  });

  it('keeps going without an email the caller will not spell, and never stores a bad one', async () => {
    const decline = "I'd rather not give my email";
    const heard = await converse(
      'save_contact',
      { full_name: 'Dana Whitfield', phone: '978 555 0142', email: 'dana' },
      [decline],
      [{ input: decline, toolCalls: [{ name: 'decline_email', args: {} }] }],
    );
    expect(heard[0]).toBe('I did not catch an email address there. What is your email address?');
    await expect.poll(() => outputOf('save_contact')).toMatch(/No email saved\. Still needed: what happened/);
    expect(call!.userData).toMatchObject({ fullName: 'Dana Whitfield', phone: '9785550142' });
    expect(call!.userData.email).toBeUndefined();
  });
});

describe('save_incident', () => {
  it('saves what happened, reading a spoken date', async () => {
    const { output, isError } = await run('save_incident', {
      incident_type: 'storm',
      incident_date: 'March 8, 2025',
      description: 'Wind tore shingles off the roof over the bedroom.',
    });
    expect(isError).toBe(false);
    expect(output).toBe('Saved a storm claim for March 8, 2025. Still needed: full name, phone number.');
    expect(call!.userData).toMatchObject({ incidentType: 'storm', incidentDate: '2025-03-08' });
  });

  it.each([
    ['someday', 'I did not catch a full incident date (day, month and year). What date did it happen?'],
    ['2025-03-11', 'The incident date cannot be in the future. What date did it happen?'],
  ])('asks again for a date it cannot use (%s), and reads the answer back', async (said, question) => {
    const heard = await converse(
      'save_incident',
      { incident_type: 'water', incident_date: said, description: 'A pipe burst under the sink.' },
      ['the eighth of march', 'yes'],
    );
    expect(heard.slice(0, 2)).toEqual([question, 'I have March 8, 2025. Is that right?']);
    await expect.poll(() => call!.userData.incidentDate).toBe('2025-03-08');
  });

  it.each([
    [{ incident_date: '2023-01-05' }, /more than a year ago need a claims handler/],
    [{ incident_date: '2025-03-09', description: 'leak' }, /too short for an adjuster/],
  ])('refuses %j with what to do next', async (override, refusal) => {
    const { output, isError } = await run('save_incident', {
      incident_type: 'water',
      description: 'A pipe burst under the sink.',
      ...override,
    });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(call!.userData.incidentDate).toBeUndefined();
  });
});
