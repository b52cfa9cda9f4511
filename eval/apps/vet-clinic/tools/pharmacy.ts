import { llm } from '@livekit/agents';
import { money, parsePhoneNumber, speakDigits } from 'switchboard/spoken';
import { z } from 'zod';
import { spokenSlot, type Clinic } from '../api/clinic.js';
import type { VetClinicUserData } from '../userdata.js';
import { clientFor, petFor } from './clients.js';

/** A prescription needs an exam within this many days to be refilled. */
export const EXAM_VALID_DAYS = 365;

export function requestRefillTool(clinic: Clinic) {
  return llm.tool({
    description:
      'Order a refill of a medicine the vet has already prescribed for the pet, for pick-up at the front desk. The tool checks the prescription, the refills left and the last exam.',
    parameters: z.object({
      client_id: z
        .string()
        .optional()
        .describe(
          'The client number: "MS" and four digits, on receipts and reminder cards. Leave out if already given this call.',
        ),
      pet_name: z.string().describe('The pet the medicine is for.'),
      medication: z
        .string()
        .describe(
          'The medicine, as the caller names it (brand or generic name, or what it is for, such as "his arthritis pills").',
        ),
      months: z
        .number()
        .int()
        .min(1)
        .max(12)
        .describe('How many months’ supply the caller wants, as a whole number. Usually 1.'),
      text_to: z
        .string()
        .optional()
        .describe('A phone number to text when the refill is ready; leave out to use the number on file.'),
    }),
    execute: async (
      { client_id, pet_name, medication, months, text_to },
      { ctx }: llm.ToolOptions<VetClinicUserData>,
    ) => {
      const u = ctx.userData;
      const client = clientFor(clinic, client_id, u);
      const pet = petFor(client, pet_name, u);
      const onFile = clinic.prescriptionsOf(client.id, pet.name);
      if (onFile.length === 0) {
        throw new llm.ToolError(
          `${pet.name} has no prescriptions on file, so there is nothing to refill. A new medicine needs a visit: offer to book one.`,
        );
      }
      const words = medication.toLowerCase();
      const rx =
        onFile.find(
          (p) => words.includes(p.medication.toLowerCase().split(' ')[0]!) || p.aka.some((a) => words.includes(a)),
        ) ?? (onFile.length === 1 && /\b(usual|same|regular|his|her|the)\b/.test(words) ? onFile[0] : undefined);
      if (!rx) {
        throw new llm.ToolError(
          `${pet.name} has no prescription for "${medication}". On file: ${onFile.map((p) => p.medication).join(' and ')}. Ask whether the caller means that one.`,
        );
      }
      if (rx.controlled) {
        throw new llm.ToolError(
          `${rx.medication} is a controlled medicine: it cannot be refilled over the phone. The vet has to sign each refill; offer to book a short visit or to have the on-call nurse pass a message to the vet.`,
        );
      }
      if (rx.lastExamDaysAgo > EXAM_VALID_DAYS) {
        throw new llm.ToolError(
          `${pet.name}'s last exam was more than a year ago, so ${rx.medication} cannot be refilled until the vet has seen ${pet.name} again. Offer to book a checkup.`,
        );
      }
      if (rx.refillsLeft <= 0) {
        throw new llm.ToolError(
          `There are no refills left on ${pet.name}'s ${rx.medication}. The vet has to renew the prescription: offer to book a recheck visit.`,
        );
      }
      if (months > rx.maxMonths) {
        throw new llm.ToolError(
          `The vet allows at most ${rx.maxMonths} month${rx.maxMonths === 1 ? '' : 's'} of ${rx.medication} at a time. Ask if the caller wants ${rx.maxMonths} instead.`,
        );
      }
      let textTo = client.phone;
      if (text_to?.trim()) {
        const phone = parsePhoneNumber(text_to);
        if (!phone.ok) throw new llm.ToolError(phone.problem);
        textTo = phone.e164;
      }
      rx.refillsLeft -= 1;
      const refill = clinic.addRefill({
        clientId: client.id,
        petName: pet.name,
        medication: rx.medication,
        months,
        priceCents: rx.priceCentsPerMonth * months,
        readyAt: clinic.refillReadyAt(),
        textTo,
      });
      u.refillId = refill.id;
      return `Refill ${refill.id}: ${months} month${months === 1 ? '' : 's'} of ${rx.medication} for ${pet.name}, ${money(refill.priceCents)}, ready for pick-up from ${spokenSlot(refill.readyAt)}. We will text ${speakDigits(textTo.replace(/^\+1/, ''))} when it is ready. ${rx.refillsLeft} refill${rx.refillsLeft === 1 ? '' : 's'} left after this one.`;
    },
  });
}
