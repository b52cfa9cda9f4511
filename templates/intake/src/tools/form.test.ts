import { afterEach, describe, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
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

describe('save_contact', () => {
  it('saves name, phone and a spoken email, then says what is still missing', async () => {
    const { output, isError } = await run('save_contact', {
      full_name: 'Dana  Whitfield',
      phone: '+1 (978) 555-0142',
      email: 'dana dot w at example dot com',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Saved Dana Whitfield, phone 978 555 0142. Still needed: what happened, when it happened, a short description.',
    );
    expect(call!.userData).toMatchObject({
      fullName: 'Dana Whitfield',
      phone: '9785550142',
      email: 'dana.w@example.com',
    });
  });

  it.each([
    [{ full_name: 'Dana', phone: '978 555 0142' }, /first and a last name/],
    [{ full_name: 'Dana Whitfield', phone: '555 0142' }, /ten digits, but I heard 7/],
    [{ full_name: 'Dana Whitfield', phone: '978 555 0142', email: 'dana' }, /does not sound like an email address/],
  ])('refuses %j with what to ask next', async (args, refusal) => {
    const { output, isError } = await run('save_contact', args);
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(call!.userData.fullName).toBeUndefined();
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
    [{ incident_date: 'someday' }, /could not read "someday" as a date/],
    [{ incident_date: '2025-03-11' }, /March 11, 2025 is in the future/],
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
