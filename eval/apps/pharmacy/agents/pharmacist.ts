import { defineAgent } from 'switchboard';
import { z } from 'zod';
import type { PharmacyStore } from '../api/pharmacy_store.js';
import { checkInteractionTool, otcProductTool } from '../tools/pharmacist.js';
import type { PharmacyUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

/** What the pharmacist hands back to the agent that called them. */
export const PharmacistAnswer = z.object({
  answered: z.boolean().describe('True when the question was answered.'),
  summary: z.string().describe('One sentence: the answer given, or why the pharmacist could not answer.'),
});

export function pharmacist(store: PharmacyStore) {
  return defineAgent<PharmacyUserData>({
    id: 'pharmacist',
    description: 'The pharmacist: whether two medicines may be taken together, over-the-counter stock and label doses.',
    instructions: `You are the pharmacist on duty. Answer whether two medicines can be taken together with check_interaction, and questions about an over-the-counter product (do we have it, the price, the dose on the label) with otc_product. Give only what the tools say, and add that their doctor knows their full history. For anything the tools do not cover, do not guess: offer a call back from the pharmacist in charge. When the question is answered, or you cannot answer it, call return_to_previous_agent with answered and a one-sentence summary. ${PHONE_STYLE}`,
    onEnter: 'Say you are the pharmacist and ask what their question is.',
    tools: { check_interaction: checkInteractionTool(), otc_product: otcProductTool(store) },
    returns: PharmacistAnswer,
    examples: {
      check_interaction: [
        'can I take Advil with my lisinopril',
        'is it ok to take Tylenol and ibuprofen together',
        'can I take Tums with my thyroid pill',
        'can I take Claritin and Zyrtec at the same time',
      ],
      otc_product: [
        'do you have Claritin in stock',
        'how much Tylenol can I take',
        'is ibuprofen in stock',
        'what is the dose of children’s Tylenol',
      ],
      return_to_previous_agent: ['ok thank you', 'thanks, that helps', 'that is all'],
    },
  });
}
