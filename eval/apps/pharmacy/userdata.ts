// What the pharmacy line knows during a call, shared by every agent, so nobody asks twice.
import { z } from 'zod';

export const PharmacyUserData = z.object({
  callerName: z.string().trim().min(1).max(80).optional().describe('The caller’s name, as they said it.'),
  /** Set only by find_prescription or request_refill, once number and date of birth matched. */
  rxNumber: z.string().optional(),
  /** Set only by a tool: the patient whose prescription was found, or who was registered or matched. */
  patientId: z.string().optional(),
  /** Set only by request_refill. */
  refillOrder: z.string().optional(),
  /** Set only by transfer_prescription. */
  transferId: z.string().optional(),
  /** What the called pharmacist handed back. */
  answered: z.boolean().optional(),
  summary: z.string().optional(),
  escalationReason: z.string().optional(),
  /** The human operator queue's ticket, when the caller was escalated. */
  operatorTicket: z.string().optional(),
});

export type PharmacyUserData = z.infer<typeof PharmacyUserData>;

/** Only tools may set these: a handoff cannot invent a verified prescription, an order or a patient. */
export const PROTECTED_FIELDS = [
  'rxNumber',
  'patientId',
  'refillOrder',
  'transferId',
] as const satisfies readonly (keyof PharmacyUserData)[];
