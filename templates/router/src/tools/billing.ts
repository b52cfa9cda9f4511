import { llm } from '@livekit/agents';
import { money } from 'switchboard/spoken';
import { z } from 'zod';
import type { NimbusApi } from '../api/nimbus.js';
import type { RouterUserData } from '../userdata.js';

export function accountBalanceTool(api: NimbusApi) {
  return llm.tool({
    description: 'Look up the balance and next invoice of a Nimbus Cloud account by its account id.',
    parameters: z.object({
      account_id: z.string().describe('The account id, like "NC-1042". It is at the top of every invoice.'),
    }),
    execute: async ({ account_id }, { ctx }: llm.ToolOptions<RouterUserData>) => {
      const id = account_id
        .toUpperCase()
        .replace(/\s+/g, '')
        .replace(/^NC(?=\d)/, 'NC-');
      const account = api.account(id);
      if (!account) {
        throw new llm.ToolError(
          `No account ${id} exists. Ask the caller to read the id from the top of an invoice; it looks like NC-1234.`,
        );
      }
      ctx.userData.accountId = account.id;
      const balance =
        account.balanceCents === 0
          ? 'nothing is owed right now'
          : `${money(account.balanceCents, { dropZeroCents: true })} is due`;
      return `Account ${account.id} (${account.owner}, ${account.plan} plan): ${balance}. The next invoice, on ${account.nextInvoice}, will be ${money(account.nextAmountCents, { dropZeroCents: true })}.`;
    },
  });
}
