// What the sales line learns about the lead, shared by every agent.
import { z } from 'zod';

export const TIMELINES = ['this_month', 'this_quarter', 'this_year', 'just_looking'] as const;

export const SalesUserData = z.object({
  contactName: z.string().trim().min(1).max(80).optional().describe('The caller’s name.'),
  company: z.string().trim().min(1).max(120).optional().describe('The company the caller works for.'),
  email: z.string().email().optional(),
  teamSize: z.number().int().positive().optional(),
  timeline: z.enum(TIMELINES).optional(),
  useCase: z.string().optional(),
  /** Set only by qualify_lead. */
  qualified: z.boolean().default(false),
  /** Set only by qualify_lead when the lead is not a fit yet. */
  disqualifyReason: z.string().optional(),
  recommendedPlan: z.string().optional(),
  meetingTime: z.string().optional(),
  resourcesSentTo: z.string().optional(),
  followUpMonth: z.string().optional(),
  escalationReason: z.string().optional(),
  operatorTicket: z.string().optional(),
});

export type SalesUserData = z.infer<typeof SalesUserData>;

/** Only qualify_lead decides these: a caller cannot talk their way past qualification. */
export const PROTECTED_FIELDS = ['qualified', 'disqualifyReason'] as const satisfies readonly (keyof SalesUserData)[];
