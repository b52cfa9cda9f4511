// Issue 12, item 8: a billing prompt offered another customer's real invoice id ("It looks like
// INV-2041") because a tool description used it as its example. No tool text may name a record.
import { describe, expect, it } from 'vitest';
import { paramSpecs } from '../../../src/policy/param_spec.js';
import { askFor } from '../../../src/policy/replies.js';
import { deskFixture } from '../testing/desk_fixture.js';

describe('tool descriptions name no real record', () => {
  it('no description or argument text of any desk tool contains a seeded id, email, phone or account number', () => {
    const f = deskFixture();
    const real: string[] = [];
    for (let i = 1001; i <= 1008; i++) {
      const c = f.store.getCustomer(`C-${i}`)!;
      real.push(c.email, c.accountNumber, c.phone.slice(-10), c.name);
      for (const inv of f.store.listInvoices(c.id)) real.push(inv.id, inv.id.replace('INV-', ''));
    }
    for (const id of ['4012', '4015', '4018', '4023', '4027', '4030', '4034', '4039', '4042']) {
      if (f.store.getOrder(id)) real.push(id);
    }
    expect(real.length).toBeGreaterThan(30);
    for (const [name, tool] of Object.entries(f.tools)) {
      // What a model reads (descriptions) and what the offline policy says when it asks for each argument.
      const specs = paramSpecs(tool.parameters);
      const text = [tool.description, ...specs.flatMap((p) => [p.description ?? '', askFor(p)])].join(' ');
      for (const value of real) expect(text, `${name} mentions ${value}`).not.toContain(value);
    }
    f.close();
  });
});
