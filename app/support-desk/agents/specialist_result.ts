import { z } from 'zod';

/** What technical and billing hand back to triage when their part is done. */
export const specialistResult = z.object({
  resolved: z
    .boolean()
    .describe('True when the caller’s problem is solved; false when it is not (say why in the summary).'),
  summary: z
    .string()
    .min(3)
    .describe(
      'One sentence on what was done, for the colleague taking the caller back, e.g. "Router restarted; internet works again."',
    ),
});

export type SpecialistResult = z.infer<typeof specialistResult>;
