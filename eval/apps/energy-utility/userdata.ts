// What the call knows so far, shared by every agent. Handoffs and tools write it, and each agent
// sees the filled fields, so nobody asks twice.
import { z } from 'zod';

export const RiversideUserData = z.object({
  callerName: z.string().trim().min(1).max(80).optional().describe('The caller’s name, as they said it.'),
  accountId: z
    .string()
    .optional()
    .describe('The Riverside Energy account number the caller gave, like RE-123456 (not checked yet).'),
  postcode: z.string().optional().describe('The postcode the caller is calling about, like RV1 4AB.'),
  /** Set only by account_balance, once the account number and the holder's full name match. */
  verifiedAccount: z.string().optional(),
  /** Failed account checks this call; set only by account_balance. */
  verifyAttempts: z.number().int().min(1).optional(),
  paymentPlanId: z.string().optional(),
  billingCaseId: z.string().optional(),
  faultJobId: z.string().optional(),
  moveId: z.string().optional(),
  /** Whether the last desk the front desk called sorted the caller's request. */
  resolved: z.boolean().optional(),
  /** The last desk's one-sentence summary. */
  summary: z.string().optional(),
  escalationReason: z.string().optional(),
  /** The human operator queue's ticket, when the caller was put through to a person. */
  operatorTicket: z.string().optional(),
});

export type RiversideUserData = z.infer<typeof RiversideUserData>;

/** Only tools may set these: no handoff can carry them, so nobody talks their way into an account. */
export const PROTECTED_FIELDS = [
  'verifiedAccount',
  'verifyAttempts',
  'paymentPlanId',
  'billingCaseId',
  'faultJobId',
  'moveId',
] as const satisfies readonly (keyof RiversideUserData)[];
