import { afterEach, describe, expect, it } from 'vitest';
import { callTool } from '../../../src/testing/index.js';
import { deskFixture, VERIFIED_ANN, type DeskFixture } from '../testing/desk_fixture.js';

let f: DeskFixture;
afterEach(() => f.close());

describe('create_ticket', () => {
  it('opens a ticket with the caller’s words and what was tried, stores its id, and promises email follow-up', async () => {
    f = deskFixture({
      ...VERIFIED_ANN,
      issueCategory: 'technical',
      collectedDetails: ['Internet very slow since Monday'],
      actionsTaken: ['router, slow internet: gave step 3 of 3.'],
    });
    const out = await callTool(
      f.tools.create_ticket,
      { summary: 'Internet still slow after all scripted steps.' },
      f.userData,
    );
    expect(out).toBe(
      'I have opened ticket T-1001 for your technical issue. The team will follow up by email at ann.lee@example.com.',
    );
    expect(f.userData.ticketId).toBe('T-1001');
    expect(f.store.getTicket('T-1001')).toMatchObject({
      customerId: 'C-1001',
      callerName: 'Ann Lee',
      category: 'technical',
      status: 'open',
      summary:
        'Internet still slow after all scripted steps. Call notes: Internet very slow since Monday. router, slow internet: gave step 3 of 3.',
    });
  });

  it('uses the category given, or general, for an anonymous caller', async () => {
    f = deskFixture();
    expect(
      await callTool(
        f.tools.create_ticket,
        { summary: 'Installer left cables in the garden.', category: 'general' },
        f.userData,
      ),
    ).toBe('I have opened ticket T-1001 for your general issue. Please keep that number for when you call us again.');
    await callTool(f.tools.create_ticket, { summary: 'Second problem reported on the call.' }, f.userData);
    expect(f.store.getTicket('T-1002')?.category).toBe('general');
    expect(f.userData.ticketId).toBe('T-1002');
  });

  it('refuses a summary too short to act on', async () => {
    f = deskFixture();
    await expect(callTool(f.tools.create_ticket, { summary: 'help' }, f.userData)).rejects.toThrow(
      'That summary is too short for the team to act on. Describe the problem and what was tried in a sentence or two, then try again.',
    );
    expect(f.store.getTicket('T-1001')).toBeUndefined();
    expect(f.userData.ticketId).toBeUndefined();
  });
});
