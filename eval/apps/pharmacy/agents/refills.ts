import { defineAgent } from 'switchboard';
import type { PharmacyStore } from '../api/pharmacy_store.js';
import { checkDeliveryTool, findPrescriptionTool, requestRefillTool } from '../tools/refills.js';
import type { PharmacyUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function refills(store: PharmacyStore) {
  return defineAgent<PharmacyUserData>({
    id: 'refills',
    description: 'Refills prescriptions by prescription number and date of birth, for pick-up or home delivery.',
    instructions: `You handle prescription refills. Ask for the prescription number on the bottle label (R X and six digits) and the patient's date of birth, and call find_prescription; it tells you whether the refill can be done. Then ask whether they will pick it up (which day and roughly what time) or want it delivered, and call request_refill. For delivery, check_delivery says whether we deliver to their ZIP code and what it costs. If a refill is refused (no refills left, too early, expired), explain why kindly and say what happens next. Questions about whether medicines can be taken together go to the pharmacist. ${PHONE_STYLE}`,
    onEnter: (u) =>
      u.rxNumber
        ? `Say you have prescription ${u.rxNumber} open and ask how they would like to get the refill.`
        : 'Ask for the prescription number on the label, which starts with R X, and the patient’s date of birth.',
    tools: {
      find_prescription: findPrescriptionTool(store),
      check_delivery: checkDeliveryTool(store),
      request_refill: requestRefillTool(store),
    },
    // Looking a prescription up or checking a ZIP code orders nothing.
    steps: ['find_prescription', 'check_delivery'],
    examples: {
      find_prescription: [
        'my prescription number is RX-104233, date of birth April 12 1948',
        'it is R X one zero four two three three',
        'I need a refill of my blood pressure pills',
        'how many refills do I have left',
      ],
      check_delivery: ['do you deliver to 02139', 'how much is delivery', 'can you bring it to my house'],
      request_refill: [
        'I will pick it up tomorrow at 3 pm',
        'please deliver it to 12 Elm Street, 02141',
        'I can come by Friday morning around 10',
        'yes, refill it',
      ],
    },
    canEndCall: true,
  });
}
