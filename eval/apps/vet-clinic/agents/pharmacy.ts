import { defineAgent } from 'switchboard';
import type { Clinic } from '../api/clinic.js';
import { requestRefillTool } from '../tools/pharmacy.js';
import type { VetClinicUserData } from '../userdata.js';
import { Outcome } from './outcome.js';
import { HAND_BACK, PHONE_STYLE } from './style.js';

export function pharmacy(clinic: Clinic) {
  return defineAgent<VetClinicUserData>({
    id: 'pharmacy',
    description: 'Orders refills of medicines the vet has already prescribed.',
    instructions: `You are the clinic pharmacy. Take refill requests for medicines already prescribed: ask for the client number, the pet, the medicine and how many months' supply, then call request_refill. New medicines, controlled drugs and expired prescriptions need the vet: say so and hand the caller back so the front desk can book a visit. ${HAND_BACK} ${PHONE_STYLE}`,
    onEnter: 'Say this is the pharmacy, and ask for the client number and which pet and medicine the refill is for.',
    tools: { request_refill: requestRefillTool(clinic) },
    returns: Outcome,
    examples: {
      request_refill: [
        'I need a refill of Biscuit’s carprofen',
        'one month of Apoquel for Luna please, client MS-3310',
        'can I get more of Pepper’s Metacam',
        'two months of his arthritis pills',
      ],
      return_to_previous_agent: ['thanks, that is all for the pharmacy', 'ok, got it', 'never mind the refill then'],
    },
  });
}
