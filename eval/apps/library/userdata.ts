// What the call knows about the caller, shared by every agent. Handoffs and tools write it, and
// each agent sees the filled fields, so nobody asks twice.
import { z } from 'zod';

export const LibraryUserData = z.object({
  callerName: z.string().trim().min(1).max(80).optional().describe('The caller’s name, as they said it.'),
  /** Set only by check_loans or place_hold, once the card number and surname matched. */
  cardNumber: z.string().optional(),
  /** The name on the verified card; set only by the tools that verify it. */
  memberName: z.string().optional(),
  /** Failed card checks this call; set only by the tools. */
  cardAttempts: z.number().int().min(1).optional(),
  /** Failed lost-card identity checks this call; set only by report_lost_card. */
  identityAttempts: z.number().int().min(1).optional(),
  /** The new card number issued by report_lost_card. */
  replacementCard: z.string().optional(),
  /** Titles renewed this call. */
  renewed: z.array(z.string()).default([]),
  /** Holds placed this call. */
  holdIds: z.array(z.string()).default([]),
  /** Event registrations made this call. */
  registrationIds: z.array(z.string()).default([]),
  /** What the last desk the front desk called handed back. */
  resolved: z.boolean().optional(),
  summary: z.string().optional(),
  escalationReason: z.string().optional(),
  /** The librarians' queue ticket, when the caller was passed to a person. */
  operatorTicket: z.string().optional(),
});

export type LibraryUserData = z.infer<typeof LibraryUserData>;

/** Only tools may set these: no handoff can carry them, so nobody talks their way onto a card. */
export const PROTECTED_FIELDS = [
  'cardNumber',
  'memberName',
  'cardAttempts',
  'identityAttempts',
  'replacementCard',
] as const satisfies readonly (keyof LibraryUserData)[];
