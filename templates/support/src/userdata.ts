// What the desk knows about the caller, shared by every agent. Handoffs and tools write it, and
// each agent sees the filled fields, so nobody asks twice.
import { z } from 'zod';

export const SupportUserData = z.object({
  callerName: z.string().trim().min(1).max(80).optional().describe('The caller’s name, as they said it.'),
  email: z.string().email().optional().describe('The email address on the caller’s account.'),
  /** Set only by find_customer, once the account is found. */
  customerId: z.string().optional(),
  /** Set only by find_customer. */
  plan: z.string().optional(),
  /** Failed find_customer attempts in this call; set only by find_customer. */
  lookupAttempts: z.number().int().min(1).optional(),
  /** Tickets opened in this call, newest last. */
  ticketIds: z.array(z.string()).default([]),
  refundId: z.string().optional(),
  escalationReason: z.string().optional(),
  /** The human operator queue's ticket, when the caller was escalated. */
  operatorTicket: z.string().optional(),
});

export type SupportUserData = z.infer<typeof SupportUserData>;

/** Only tools may set these: no handoff can carry them, so nobody talks their way into an account. */
export const PROTECTED_FIELDS = [
  'customerId',
  'plan',
  'lookupAttempts',
] as const satisfies readonly (keyof SupportUserData)[];
