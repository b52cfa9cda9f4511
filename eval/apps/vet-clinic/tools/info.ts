import { llm } from '@livekit/agents';
import { article, joinWords, money } from 'switchboard/spoken';
import { z } from 'zod';
import {
  ADDRESS,
  EMERGENCY_HOSPITAL,
  LATE_CANCEL_FEE_CENTS,
  LATE_CANCEL_HOURS,
  PRICES,
  REASONS,
  VETS,
} from '../api/clinic_data.js';

export const INFO_TOPICS = ['opening hours', 'prices', 'address', 'vets', 'after hours'] as const;

const TOPIC_TEXT: Record<(typeof INFO_TOPICS)[number], string> = {
  'opening hours':
    'We are open Monday to Friday from 8 AM to 6 PM, late on Thursdays until 8 PM, and Saturday mornings from 9 AM to 1 PM. We are closed on Sundays.',
  prices: `A checkup is ${money(PRICES.checkup, { dropZeroCents: true })}, a vaccination ${money(PRICES.vaccination, { dropZeroCents: true })}, a sick or injury visit ${money(PRICES.sick, { dropZeroCents: true })}, a dental cleaning ${money(PRICES.dental, { dropZeroCents: true })} and a nail trim ${money(PRICES['nail trim'], { dropZeroCents: true })}. Cancelling less than ${LATE_CANCEL_HOURS} hours ahead costs ${money(LATE_CANCEL_FEE_CENTS, { dropZeroCents: true })}.`,
  address: `We are at ${ADDRESS}.`,
  vets: `Our vets are ${joinWords(VETS.map((v) => v.name))}. Dr. Okafor also sees rabbits, birds, reptiles and small pets; Dr. Lindqvist sees rabbits as well as dogs and cats.`,
  'after hours': `Outside opening hours, an on-call nurse can be reached through this line for emergencies, and the nearest open hospital is ${EMERGENCY_HOSPITAL}.`,
};

export function clinicInfoTool() {
  return llm.tool({
    description:
      'Answer a general question about the clinic: opening hours, prices of visits, the address and parking, which vets work here and which animals they see, or what to do after hours.',
    parameters: z.object({
      topic: z
        .enum(INFO_TOPICS)
        .describe(
          'opening hours (open, close, Saturday, Sunday), prices (cost, how much, fees), address (where, directions, parking), vets (doctors, who works there, exotic animals), or after hours (nights, weekends, holidays).',
        ),
      visit_type: z.enum(REASONS).optional().describe('For prices: the kind of visit the caller asked about, if one.'),
    }),
    execute: async ({ topic, visit_type }) => {
      if (topic === 'prices' && visit_type) {
        return `${article(visit_type).replace(/^a/, 'A')} visit is ${money(PRICES[visit_type], { dropZeroCents: true })}. Medicines and tests are extra.`;
      }
      return TOPIC_TEXT[topic];
    },
  });
}
