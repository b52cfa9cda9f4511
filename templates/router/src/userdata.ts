// What the call knows, shared by the router and the specialists it calls.
import { z } from 'zod';

export const RouterUserData = z.object({
  callerName: z.string().trim().min(1).max(80).optional().describe('The caller’s name, as they said it.'),
  accountId: z
    .string()
    .regex(/^NC-\d{4}$/, 'account ids look like NC-1234')
    .optional()
    .describe('The Nimbus Cloud account id, like NC-1234.'),
  /** Whether the last specialist solved the caller's question. */
  resolved: z.boolean().optional(),
  /** The last specialist's one-sentence summary. */
  summary: z.string().optional(),
});

export type RouterUserData = z.infer<typeof RouterUserData>;
