// Issue 12, item 6/7: the tickets table kept the caller's words as said, emails and phone or card
// digits included. The summary is stored through the project's one redaction module.
import { afterEach, describe, expect, it } from 'vitest';
import { FIXED_NOW } from '../testing/desk_fixture.js';
import { openStore, type SupportStore } from './support_store.js';

let store: SupportStore | undefined;
afterEach(() => store?.close());

describe('tickets table', () => {
  it('stores the summary with PII redacted, spoken or written, and keeps order and invoice ids', () => {
    store = openStore(':memory:', { now: FIXED_NOW });
    const ticket = store.createTicket({
      category: 'billing',
      summary:
        'Caller asks about order 4012 and INV-2041; reach her at ann dot lee at example dot com or four one five five five five one two three four, card 4111 1111 1111 1111.',
      at: FIXED_NOW,
    });
    const stored = (store.db.prepare('SELECT summary FROM tickets WHERE id = ?').get(ticket.id) as { summary: string })
      .summary;
    expect(stored).not.toMatch(/ann dot lee|example dot com|four one five|4111/);
    expect(stored).toContain('[email]');
    expect(stored).toMatch(/order 4012 and INV-2041/);
    expect(store.getTicket(ticket.id)?.summary).toBe(stored);
    expect(ticket.summary).toBe(stored);
  });

  it('keeps PII when redaction is switched off for this store (RECORD_REDACT=off)', () => {
    store = openStore(':memory:', { now: FIXED_NOW, redact: { pii: false } });
    const ticket = store.createTicket({
      category: 'general',
      summary: 'Email ann.lee@example.com back.',
      at: FIXED_NOW,
    });
    expect(store.getTicket(ticket.id)?.summary).toBe('Email ann.lee@example.com back.');
  });
});
