// A decision on proposed work in everyday words, for a made-up window cleaner's "approve or
// decline" on an extra pane: "yeah go ahead and do the skylight" approves, "no, leave it for now"
// declines — with no synonyms in the argument's own description.
import { describe, expect, it } from 'vitest';
import { matchEnum, prepareUtterance } from './index.js';

const decide = (said: string) =>
  matchEnum(prepareUtterance(said), ['approve', 'decline'], 'The owner’s decision.')?.value;

describe('a decision on proposed work', () => {
  it('reads go-ahead words as approve and hold-off words as decline', () => {
    expect(decide('yeah go ahead and do the skylight')).toBe('approve');
    expect(decide('sure, go for it')).toBe('approve');
    expect(decide('no, leave it for now')).toBe('decline');
    expect(decide("hold off on that, I'd rather not")).toBe('decline');
  });
});
