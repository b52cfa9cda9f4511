// The claim form, filled in by voice. Every field is optional until the caller gives it; tools
// validate each answer before it lands here.
import { z } from 'zod';

export const INCIDENT_TYPES = ['water', 'fire', 'theft', 'storm', 'other'] as const;

export const IntakeUserData = z.object({
  fullName: z.string().trim().min(3).max(120).optional().describe('The policyholder’s full name.'),
  phone: z.string().optional().describe('A callback number, ten digits.'),
  email: z.string().email().optional(),
  incidentType: z.enum(INCIDENT_TYPES).optional(),
  /** ISO date (YYYY-MM-DD) of the incident. */
  incidentDate: z.string().optional(),
  description: z.string().optional(),
  policyNumber: z.string().optional(),
  /** Set only by verify_policy. */
  verified: z.boolean().default(false),
  /** Failed verify_policy attempts in this call. */
  verificationAttempts: z.number().int().min(0).default(0),
  /** Set only by submit_claim. */
  claimId: z.string().optional(),
  escalationReason: z.string().optional(),
  operatorTicket: z.string().optional(),
});

export type IntakeUserData = z.infer<typeof IntakeUserData>;

/** Only tools may set these: a handoff can never mark a caller verified or a claim filed. */
export const PROTECTED_FIELDS = [
  'verified',
  'verificationAttempts',
  'claimId',
] as const satisfies readonly (keyof IntakeUserData)[];
