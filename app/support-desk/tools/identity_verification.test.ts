import { llm } from '@livekit/agents';
import { afterEach, describe, expect, it } from 'vitest';
import { callTool, deskFixture, type DeskFixture } from '../testing/desk_fixture.js';
import { namesMatch, normalizeEmail } from './identity.js';

let f: DeskFixture;
afterEach(() => f.close());

describe('verify_identity', () => {
  it('verifies a caller whose name and email match, and fills in the account on file', async () => {
    f = deskFixture();
    const out = await callTool(
      f.tools.verify_identity,
      { name: 'ann lee', email: 'ann dot lee at example dot com' },
      f.userData,
    );
    expect(out).toBe('Thank you, Ann Lee, you are verified. I can see the Plus plan account ending in 8240.');
    expect(f.userData).toMatchObject({
      verified: true,
      customerId: 'C-1001',
      callerName: 'Ann Lee',
      email: 'ann.lee@example.com',
      accountNumber: '73918240',
    });
  });

  it('verifies by account number, ignoring spacing, accents and one typo in a name', async () => {
    f = deskFixture();
    await callTool(f.tools.verify_identity, { name: 'Tomas Garsia', account_number: '2673 1954' }, f.userData);
    expect(f.userData).toMatchObject({ verified: true, customerId: 'C-1004', callerName: 'Tomás García' });
  });

  it('refuses a name that does not match the account, without saying which detail was wrong', async () => {
    f = deskFixture();
    const call = callTool(f.tools.verify_identity, { name: 'Mallory Smith', email: 'ann.lee@example.com' }, f.userData);
    await expect(call).rejects.toBeInstanceOf(llm.ToolError);
    await expect(call).rejects.toThrow(
      'Those details do not match our records (attempt 1 of 3). Ask the caller to check the spelling of their name and the email or account number; do not say which detail was wrong.',
    );
    expect(f.userData.verified).toBe(false);
    expect(f.userData.customerId).toBeUndefined();
    expect(f.userData.verificationAttempts).toBe(1);
  });

  it('refuses an email and an account number that belong to different customers', async () => {
    f = deskFixture();
    await expect(
      callTool(
        f.tools.verify_identity,
        { name: 'Ann Lee', email: 'ann.lee@example.com', account_number: '35572809' },
        f.userData,
      ),
    ).rejects.toThrow(/do not match our records/);
    expect(f.userData.verified).toBe(false);
  });

  it('locks after three failed attempts, even with correct details afterwards', async () => {
    f = deskFixture();
    for (let i = 0; i < 2; i++) {
      await expect(
        callTool(f.tools.verify_identity, { name: 'Ann Lee', email: 'wrong@example.com' }, f.userData),
      ).rejects.toThrow(/attempt/);
    }
    await expect(
      callTool(f.tools.verify_identity, { name: 'Ann Lee', email: 'wrong@example.com' }, f.userData),
    ).rejects.toThrow(/verification is now locked for this call.*offer to bring in a human colleague/);
    await expect(
      callTool(f.tools.verify_identity, { name: 'Ann Lee', email: 'ann.lee@example.com' }, f.userData),
    ).rejects.toThrow(
      'Verification is locked after 3 failed attempts in this call. Do not try again: offer to bring in a human colleague instead.',
    );
    expect(f.userData.verified).toBe(false);
  });

  it.each([
    [
      { name: 'Ann', email: 'ann.lee@example.com' },
      'I need the caller’s first and last name to verify them. Ask for their full name.',
    ],
    [
      { name: 'Ann Lee' },
      'I need the email address or the 8-digit account number on file as well as the name. Ask the caller for one of them.',
    ],
    [
      { name: 'Ann Lee', account_number: '40012' },
      'Account numbers have 8 digits, but I heard 5. Ask the caller to read it again from their bill.',
    ],
    [
      { name: 'Ann Lee', email: 'ann lee example' },
      '"ann lee example" does not sound like an email address. Ask the caller to spell it, saying "at" and "dot".',
    ],
  ])('asks for what is missing or malformed (%j) without counting an attempt', async (args, message) => {
    f = deskFixture();
    await expect(callTool(f.tools.verify_identity, args, f.userData)).rejects.toThrow(message);
    expect(f.userData.verificationAttempts).toBeUndefined();
  });

  it('does not verify twice', async () => {
    f = deskFixture();
    await callTool(f.tools.verify_identity, { name: 'David Kim', email: 'dkim@example.com' }, f.userData);
    expect(await callTool(f.tools.verify_identity, { name: 'Someone Else', email: 'x@example.com' }, f.userData)).toBe(
      'David Kim is already verified for this call.',
    );
    expect(f.userData.customerId).toBe('C-1006');
  });
});

describe('name and email normalising', () => {
  it('matches first and last names with one typo each, but not a first name alone', () => {
    expect(namesMatch("grace o'neill", "Grace O'Neill")).toBe(true);
    expect(namesMatch('Priya Natarajan', 'Priya Natarajan')).toBe(true);
    expect(namesMatch('Pria Natarajn', 'Priya Natarajan')).toBe(true);
    expect(namesMatch('Priya', 'Priya Natarajan')).toBe(false);
    expect(namesMatch('Priya Smith', 'Priya Natarajan')).toBe(false);
  });

  it('turns a spoken email into an address', () => {
    expect(normalizeEmail(' Fatima dot Hassan at Example dot com ')).toBe('fatima.hassan@example.com');
  });
});
