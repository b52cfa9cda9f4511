import { llm } from '@livekit/agents';
import { normalizeEmail, sameFullName } from 'switchboard/spoken';
import { afterEach, describe, expect, it } from 'vitest';
import { callTool, onCaller, callsTool, startCall, step, type TestCall } from 'switchboard/testing';
import { deskFixture, type DeskFixture } from '../testing/desk_fixture.js';
import { LOCKED, LOCKED_NOW, NO_MATCH } from './identity.js';

let f: DeskFixture;
let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
  f.close();
});

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

  it('verifies by account number, ignoring spacing, accents, case and a title', async () => {
    f = deskFixture();
    await callTool(f.tools.verify_identity, { name: 'mr TOMAS garcia', account_number: '2673 1954' }, f.userData);
    expect(f.userData).toMatchObject({ verified: true, customerId: 'C-1004', callerName: 'Tomás García' });
  });

  it('refuses a name that does not match the account, without saying which detail was wrong', async () => {
    f = deskFixture();
    const call = callTool(f.tools.verify_identity, { name: 'Mallory Smith', email: 'ann.lee@example.com' }, f.userData);
    await expect(call).rejects.toBeInstanceOf(llm.ToolError);
    await expect(call).rejects.toThrow(
      'Those details do not match our records (attempt 1 of 3). Ask the caller to check the spelling of their full name and the email or account number; do not say which detail was wrong.',
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
    ).rejects.toThrow(LOCKED_NOW);
    await expect(
      callTool(f.tools.verify_identity, { name: 'Ann Lee', email: 'ann.lee@example.com' }, f.userData),
    ).rejects.toThrow(LOCKED);
    expect(f.userData.verified).toBe(false);
  });

  it.each([
    [
      { name: 'Ann', email: 'ann.lee@example.com' },
      'I need the caller’s first and last name to verify them. Ask for their full name.',
    ],
    [
      { name: 'Ann Lee', account_number: '40012' },
      'Account numbers have 8 digits, but I heard 5. Ask the caller to read it again from their bill.',
    ],
  ])('asks for what is missing or malformed (%j) without counting an attempt', async (args, message) => {
    f = deskFixture();
    await expect(callTool(f.tools.verify_identity, args, f.userData)).rejects.toThrow(message);
    expect(f.userData.verificationAttempts).toBeUndefined();
  });

  it.each([
    ['Grace O’Neill', 'my email is Grace dot ONeill at example dot org', 'C-1005'],
    ['David Kim', 'd kim at example dot com', 'C-1006'],
  ])('takes a spoken email given with the request without asking again (%s)', async (name, email, id) => {
    f = deskFixture();
    await callTool(f.tools.verify_identity, { name, email }, f.userData);
    expect(f.userData).toMatchObject({ verified: true, customerId: id });
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

// Issue 12, items 1 and 2: a caller could verify as someone else.
describe('verify_identity does not let a caller pass as someone else', () => {
  it.each([
    ['extra words around the real name', { name: 'David Ann Kim Lee', account_number: '35572809' }],
    ['another customer’s first name too', { name: 'Ann David Kim', account_number: '35572809' }],
    ['first name only repeated', { name: 'David David', account_number: '35572809' }],
    ['a misspelt last name', { name: 'David Kin', account_number: '35572809' }],
    [
      'the right name with a wrong email beside a right account',
      {
        name: 'David Kim',
        email: 'nobody@evil.example',
        account_number: '35572809',
      },
    ],
    [
      'the right name with a right email beside a wrong account',
      {
        name: 'David Kim',
        email: 'dkim@example.com',
        account_number: '35572810',
      },
    ],
    ['another customer’s account with this name', { name: 'David Kim', account_number: '73918240' }],
    ['an unknown email', { name: 'David Kim', email: 'david.kim@example.com' }],
    ['reversed name order', { name: 'Kim David', email: 'dkim@example.com' }],
  ])('refuses %s with the one neutral message', async (_, args) => {
    f = deskFixture();
    await expect(callTool(f.tools.verify_identity, args, f.userData)).rejects.toThrow(NO_MATCH(1));
    expect(f.userData).toMatchObject({ verified: false, verificationAttempts: 1 });
    expect(f.userData.customerId).toBeUndefined();
  });

  it('gives the same answer whichever detail was wrong, and names no customer, plan or digits', async () => {
    f = deskFixture();
    const messages: string[] = [];
    for (const args of [
      { name: 'David Kim', email: 'nobody@evil.example' },
      { name: 'Mallory Smith', email: 'dkim@example.com' },
    ]) {
      const fresh = deskFixture();
      await callTool(fresh.tools.verify_identity, args, fresh.userData).catch((e: Error) => messages.push(e.message));
      fresh.close();
    }
    expect(messages).toHaveLength(2);
    expect(messages[0]).toBe(messages[1]);
    expect(messages[0]).not.toMatch(/David|Kim|Premium|\d{4}/);
  });

  it('stays locked for the rest of the call, and the lock cannot be talked away by a handoff', async () => {
    f = deskFixture();
    for (let i = 0; i < 3; i++)
      await callTool(f.tools.verify_identity, { name: 'Eve Evil', email: 'dkim@example.com' }, f.userData).catch(
        () => undefined,
      );
    await expect(
      callTool(f.tools.verify_identity, { name: 'David Kim', email: 'dkim@example.com' }, f.userData),
    ).rejects.toThrow(LOCKED);
    expect(f.userData.verified).toBe(false);
  });
});

describe('name and email normalising', () => {
  it('matches the whole name exactly after normalising, and nothing less or more', () => {
    expect(sameFullName("grace o'neill", "Grace O'Neill")).toBe(true);
    expect(sameFullName('Grace ONeill', "Grace O'Neill")).toBe(true);
    expect(sameFullName('Priya Natarajan', 'Priya Natarajan')).toBe(true);
    expect(sameFullName('Ｐｒｉｙａ Ｎａｔａｒａｊａｎ', 'Priya Natarajan')).toBe(true);
    expect(sameFullName('Dr. Priya Natarajan', 'Priya Natarajan')).toBe(true);
    expect(sameFullName('Pria Natarajn', 'Priya Natarajan')).toBe(false);
    expect(sameFullName('Priya', 'Priya Natarajan')).toBe(false);
    expect(sameFullName('Priya Smith', 'Priya Natarajan')).toBe(false);
    expect(sameFullName('Priya Natarajan Smith', 'Priya Natarajan')).toBe(false);
    expect(sameFullName('Prіya Natarajan', 'Priya Natarajan')).toBe(false); // Cyrillic і
    expect(sameFullName('', 'Priya Natarajan')).toBe(false);
  });

  it('turns a spoken email into an address', () => {
    expect(normalizeEmail(' Fatima dot Hassan at Example dot com ')).toBe('fatima.hassan@example.com');
  });
});

// A missing or unusable email is asked for by the prebuilt email task (a whole call is needed).
describe('verify_identity asks for the email', () => {
  /** Start a billing call whose model calls verify_identity with `args`; the caller then says `lines`. */
  async function verifyAndAnswer(
    args: Record<string, unknown>,
    lines: string[],
    script = [] as ReturnType<typeof onCaller>[],
  ) {
    f = deskFixture();
    const turn = step('verify_identity', args);
    call = await startCall(f.workflow, [turn, ...script], { at: 'billing' });
    return call.sayEach([turn.input, ...lines]);
  }

  /** What verify_identity answered, once its task is done. */
  async function verifyOutput(): Promise<{ output: string; isError: boolean }> {
    let out: { output: string; isError: boolean } | undefined;
    await expect
      .poll(() => {
        const item = call!.session.history.items.find(
          (i) => i.type === 'function_call_output' && i.name === 'verify_identity',
        );
        out = item?.type === 'function_call_output' ? { output: item.output, isError: item.isError } : undefined;
        return out !== undefined;
      })
      .toBe(true);
    return out!;
  }

  it('asks for a missing email, reads it back, and verifies after the caller confirms', async () => {
    const heard = await verifyAndAnswer({ name: 'Ann Lee' }, ['ann dot lee at example dot com', 'yes']);
    expect(heard.slice(0, 2)).toEqual([
      'What is the email address on your account?',
      'I have a n n dot l e e at example dot com. Is that right?',
    ]);
    expect((await verifyOutput()).output).toMatch(/Thank you, Ann Lee, you are verified/);
    expect(call!.userData).toMatchObject({ verified: true, customerId: 'C-1001', email: 'ann.lee@example.com' });
    expect(call!.userData.verificationAttempts).toBeUndefined();
  });

  it('says why an email is not usable, asks again, and counts no attempt for asking', async () => {
    const heard = await verifyAndAnswer({ name: 'Ann Lee', email: 'ann lee example' }, ['ann.lee@example.com', 'yes']);
    expect(heard[0]).toBe('I did not catch an email address there. What is the email address on your account?');
    expect((await verifyOutput()).isError).toBe(false);
    expect(call!.userData).toMatchObject({ verified: true, customerId: 'C-1001' });
    expect(call!.userData.verificationAttempts).toBeUndefined();
  });

  it('refuses an asked-for email that is not the account’s, even beside a matching account number', async () => {
    await verifyAndAnswer({ name: 'David Kim', email: 'nobody at', account_number: '35572809' }, [
      'nobody@evil.example',
      'yes',
    ]);
    const { output, isError } = await verifyOutput();
    expect(isError).toBe(true);
    expect(output).toBe(NO_MATCH(1));
    expect(call!.userData).toMatchObject({ verified: false, verificationAttempts: 1 });
    expect(call!.userData.customerId).toBeUndefined();
  });

  it('checks nothing when the caller will not give an email, and points to the account number', async () => {
    await verifyAndAnswer(
      { name: 'Ann Lee' },
      ['I would rather give my account number'],
      [onCaller('I would rather give my account number', callsTool('decline_email'))],
    );
    const { output, isError } = await verifyOutput();
    expect(isError).toBe(true);
    expect(output).toMatch(/No email address was taken down, so nothing was checked\. .*8-digit account number/);
    expect(call!.userData.verified).toBe(false);
    expect(call!.userData.verificationAttempts).toBeUndefined();
  });
});
