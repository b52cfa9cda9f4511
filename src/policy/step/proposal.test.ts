import { describe, expect, it } from 'vitest';
import { offersPerson, proposalBefore } from './proposal.js';

describe('offers the agent just made', () => {
  it('reads the offered action from the agent line since the caller spoke', () => {
    const items = [
      { type: 'user', text: 'it happened in 1984' },
      { type: 'assistant', text: 'Claims that old need a claims handler. I can escalate you to a person.' },
    ];
    expect(proposalBefore(items, 2)).toBe('escalate you to a person');
    expect(offersPerson('escalate you to a person')).toBe(true);
    expect(proposalBefore([{ type: 'assistant', text: 'Would you like me to send a text?' }], 1)).toBe('send a text');
    expect(offersPerson('send a text')).toBe(false);
  });

  it('has nothing once the caller has spoken, or when the agent offered nothing', () => {
    expect(
      proposalBefore(
        [
          { type: 'assistant', text: 'I can book it.' },
          { type: 'user', text: 'hm' },
        ],
        2,
      ),
    ).toBe(undefined);
    expect(proposalBefore([{ type: 'assistant', text: 'Your balance is $29.' }], 1)).toBeUndefined();
  });
});
