import { z } from 'zod';

/** What the pharmacy and the lab results desk hand back to the front desk. */
export const Outcome = z.object({
  resolved: z.boolean().describe('True when the caller’s request was done or answered.'),
  summary: z.string().describe('One sentence on what was found or done.'),
});
