// What the booking knows so far, shared by every agent.
import { z } from 'zod';

export const SERVICES = ['cleaning', 'checkup', 'filling', 'whitening'] as const;

export const AppointmentUserData = z.object({
  patientName: z.string().trim().min(1).max(80).optional().describe('The patient’s full name.'),
  phone: z.string().optional(),
  service: z.enum(SERVICES).optional().describe('cleaning, checkup, filling or whitening.'),
  /** Slots find_slots offered, as local times "YYYY-MM-DDTHH:mm". */
  offeredSlots: z.array(z.string()).default([]),
  /** Set only by hold_slot. */
  heldSlot: z.string().optional(),
  /** Set only by book_appointment. */
  appointmentId: z.string().optional(),
  confirmationSentTo: z.string().optional(),
});

export type AppointmentUserData = z.infer<typeof AppointmentUserData>;

/** Only tools may set these: a handoff cannot invent a held slot or a booking. */
export const PROTECTED_FIELDS = ['heldSlot', 'appointmentId'] as const satisfies readonly (keyof AppointmentUserData)[];
