import { llm } from '@livekit/agents';
import { sameFullName } from 'switchboard/spoken';
import { z } from 'zod';
import { slotOf, spokenSlot, type Clinic } from '../api/clinic.js';
import type { VetClinicUserData } from '../userdata.js';
import { clientFor, petFor } from './clients.js';

/** When a pending result is expected: `days` ahead, at noon, said as a day. */
function expectedDay(clinic: Clinic, days: number): string {
  const now = clinic.now();
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return spokenSlot(slotOf(day, 12)).replace(/ at 12 PM$/, '');
}

export function checkLabResultsTool(clinic: Clinic) {
  return llm.tool({
    description:
      'Tell the owner the status of their pet’s lab tests (blood work, urine, fecal, thyroid and so on). Results are only given to the owner named on the client file.',
    parameters: z.object({
      client_id: z
        .string()
        .optional()
        .describe(
          'The client number: "MS" and four digits, on receipts and reminder cards. Leave out if already given this call.',
        ),
      pet_name: z.string().describe('The pet the tests were for.'),
      owner_name: z.string().describe('The caller’s first and last name, as on the client file.'),
    }),
    execute: async ({ client_id, pet_name, owner_name }, { ctx }: llm.ToolOptions<VetClinicUserData>) => {
      const u = ctx.userData;
      const client = clientFor(clinic, client_id, u);
      if (!sameFullName(owner_name, client.name)) {
        throw new llm.ToolError(
          'Lab results go only to the owner named on the client file, and that name does not match. Ask for the first and last name on the file; do not say whose it is.',
        );
      }
      u.ownerName = client.name;
      const pet = petFor(client, pet_name, u);
      const results = clinic.labResultsOf(client.id, pet.name);
      if (results.length === 0) {
        return `There are no recent lab tests on file for ${pet.name}.`;
      }
      const lines = results.map((r) => {
        const vet = clinic.vet(r.vetId)?.name ?? 'the vet';
        if (r.status === 'pending') {
          return `The ${r.test} is still at the lab; the result is expected on ${expectedDay(clinic, r.expectedInDays ?? 1)}, and ${vet} will call with it.`;
        }
        if (r.status === 'normal') return `The ${r.test} is back and normal: ${r.summary}`;
        return `The ${r.test} is back and ${vet} would like to talk it through with you and plan a recheck; ${vet} will call you today, or you can book a recheck visit now.`;
      });
      return lines.join(' ');
    },
  });
}
