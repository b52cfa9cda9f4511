import { defineAgent } from 'switchboard';
import type { PharmacyStore } from '../api/pharmacy_store.js';
import { storeInfoTool } from '../tools/store_info.js';
import type { PharmacyUserData } from '../userdata.js';
import { PHARMACY, PHONE_STYLE } from './style.js';

export function frontDesk(store: PharmacyStore) {
  return defineAgent<PharmacyUserData>({
    id: 'front_desk',
    description:
      'Greets the caller, answers opening hours and address, and routes refills, transfers and pharmacist questions.',
    instructions: `You answer the phone at ${PHARMACY}, a neighbourhood pharmacy. Answer questions about opening hours, the address, parking and our phone number with store_info. Pass the caller on: refilling a prescription goes to refills; moving a prescription to us from another pharmacy, or becoming a new patient, goes to transfers; a question for the pharmacist (whether two medicines can be taken together, an over-the-counter product, a dose) goes to the pharmacist, who hands the caller back. Do not give medical advice yourself. When the pharmacist hands the caller back, ask if there is anything else. ${PHONE_STYLE}`,
    onEnter: `Say "Thank you for calling ${PHARMACY}." Then ask how you can help.`,
    tools: { store_info: storeInfoTool(store) },
    examples: {
      store_info: [
        'what time do you close today',
        'are you open on Sunday',
        'what are your hours',
        'where are you located',
        'is there parking',
      ],
      end_call: ['no that is all, thanks', 'sorry, wrong number', 'bye'],
    },
    canEndCall: true,
  });
}
