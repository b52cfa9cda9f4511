// What the desk knows about the caller, shared by every agent. Handoffs and tools write it;
// the runtime shows the filled fields to each agent so nobody asks twice.
import { z } from 'zod';

export const ISSUE_CATEGORIES = ['technical', 'billing', 'general'] as const;

export const supportUserData = z.object({
  callerName: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .optional()
    .describe('The caller’s name as they said it (or as on file once verified).'),
  email: z.string().trim().email().optional().describe('The caller’s email address.'),
  accountNumber: z
    .string()
    .regex(/^\d{8}$/, 'account numbers are 8 digits')
    .optional()
    .describe('The 8-digit account number.'),
  /** Set only by verify_identity when the store matches. */
  verified: z.boolean().default(false),
  /** Store id of the verified customer; set only by verify_identity. */
  customerId: z.string().optional(),
  /** Failed verify_identity attempts in this call (verification locks after three). */
  verificationAttempts: z.number().int().min(1).optional(),
  issueCategory: z.enum(ISSUE_CATEGORIES).optional().describe('technical, billing or general.'),
  /**
   * What the caller said they need, in their words, newest last. Only handoffs write it, so an
   * agent taking over restates the caller's need, never a tool's note.
   */
  collectedDetails: z.array(z.string().trim().min(1).max(300)).default([]),
  /** What the desk's tools did in this call (outage checks, steps given, refunds), newest last. */
  actionsTaken: z.array(z.string().trim().min(1).max(300)).default([]),
  /** Order numbers mentioned or looked up in this call. */
  orderIds: z.array(z.string()).default([]),
  escalationReason: z.string().optional(),
  ticketId: z.string().optional(),
  /** E.164 number for a scheduled callback. */
  callbackPhone: z.string().optional(),
  /** ISO time of a scheduled callback. */
  callbackTime: z.string().optional(),
});

export type SupportUserData = z.infer<typeof supportUserData>;

/** Fields only tools may write: a handoff can never carry them (no talking your way into "verified"). */
export const PROTECTED_FIELDS = [
  'verified',
  'customerId',
  'verificationAttempts',
  'actionsTaken',
] as const satisfies readonly (keyof SupportUserData)[];
