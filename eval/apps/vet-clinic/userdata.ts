// What the call knows so far, shared by every desk. Tools write what they have checked; each agent
// sees the filled fields, so nobody asks twice.
import { z } from 'zod';
import { REASONS, SPECIES } from './api/clinic_data.js';

export const VetClinicUserData = z.object({
  ownerName: z.string().trim().min(1).max(80).optional().describe('The caller’s (pet owner’s) name, as they said it.'),
  petName: z.string().trim().min(1).max(40).optional().describe('The pet the call is about.'),
  species: z.enum(SPECIES).optional().describe('What kind of animal the pet is.'),
  visitReason: z.enum(REASONS).optional().describe('What the visit is for.'),
  /** The client number once a tool has found it on file ("MS-1042"); set only by tools. */
  clientId: z.string().optional(),
  /** Times find_visit_times offered, as "YYYY-MM-DDTHH:mm|vetId". */
  offeredTimes: z.array(z.string()).default([]),
  /** The visit booked, moved or cancelled in this call; set only by tools. */
  visitId: z.string().optional(),
  /** The refill ordered in this call; set only by request_refill. */
  refillId: z.string().optional(),
  /** Whether the pharmacy or lab desk sorted out what the caller asked (their hand-back). */
  resolved: z.boolean().optional(),
  /** The pharmacy or lab desk's one-sentence summary (their hand-back). */
  summary: z.string().optional(),
  escalationReason: z.string().optional(),
  /** The on-call queue's ticket, when the caller was put through to the on-call vet or nurse. */
  operatorTicket: z.string().optional(),
});

export type VetClinicUserData = z.infer<typeof VetClinicUserData>;

/** Only tools may set these: a handoff cannot claim a client number, a booking or a refill. */
export const PROTECTED_FIELDS = [
  'clientId',
  'visitId',
  'refillId',
] as const satisfies readonly (keyof VetClinicUserData)[];
