// Asking for an id whose description's example is a real record (a made-up ferry line and a gym).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { paramSpecs } from './param_spec.js';
import { askFor, idShape } from './replies.js';

describe('asking for an id', () => {
  const [booking, member] = paramSpecs(
    z.object({
      booking_code: z.string().describe('The booking code the caller reads out, like "P7QX2M".'),
      member_number: z.string().describe('The membership number, e.g. GY-4821.'),
    }),
  );

  it('tells its shape and never reads out the example, which may be someone else’s record', () => {
    const asked = askFor(booking!);
    expect(asked).toBe("Could you tell me the booking code? It's six letters and digits.");
    expect(asked).not.toContain('P7QX2M');
    expect(askFor(member!)).toBe("Could you tell me the member number? It's GY followed by four digits.");
  });

  it('reads fixed letters before digits as a prefix and anything else as letters and digits', () => {
    expect(idShape('INV-2041')).toBe('INV followed by four digits');
    expect(idShape('rx104233')).toBe('RX followed by six digits');
    expect(idShape('AB-12-CD')).toBe('six letters and digits');
  });
});
