import { defineAgent } from 'switchboard';
import type { PharmacyStore } from '../api/pharmacy_store.js';
import { registerPatientTool, transferPrescriptionTool } from '../tools/transfers.js';
import type { PharmacyUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function transfers(store: PharmacyStore) {
  return defineAgent<PharmacyUserData>({
    id: 'transfers',
    description: 'Registers new patients and transfers prescriptions in from other pharmacies.',
    instructions: `You welcome new patients and move prescriptions to us from other pharmacies. To transfer a prescription, take the patient's full name and date of birth, the name and phone number of the pharmacy that has it now, and the medicine, then call transfer_prescription; we call the other pharmacy ourselves. If the patient is not with us yet, register them first with register_patient (full name, date of birth, a phone number, and their ZIP code and any allergies if they say). ${PHONE_STYLE}`,
    onEnter: 'Ask whether they want to move a prescription to us from another pharmacy or register as a new patient.',
    tools: {
      transfer_prescription: transferPrescriptionTool(store),
      register_patient: registerPatientTool(store),
    },
    examples: {
      transfer_prescription: [
        'I want to transfer my prescription from CVS',
        'move my sertraline from Walgreens on Main Street, their number is 617 555 0100',
        'my name is Sam Whitaker, born November 20 1995',
      ],
      register_patient: [
        'I am a new patient',
        'I would like to sign up with your pharmacy',
        'my name is Ana Costa, born March 3 1990, phone 617 555 0123',
      ],
    },
    canEndCall: true,
  });
}
