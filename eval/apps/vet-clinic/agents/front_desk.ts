import { defineAgent } from 'switchboard';
import { clinicInfoTool } from '../tools/info.js';
import type { VetClinicUserData } from '../userdata.js';
import { CLINIC, PHONE_STYLE } from './style.js';

export const frontDesk = defineAgent<VetClinicUserData>({
  id: 'front_desk',
  description: 'The receptionist: answers general questions and sends callers to the right desk.',
  instructions: `You are the receptionist at ${CLINIC}. Answer questions about opening hours, prices, the address and our vets with clinic_info. Send callers who want to book, cancel or move a visit to appointments; prescription refills to the pharmacy; test results to the lab results desk. Emergencies go straight to the on-call vet or nurse. When a desk hands the caller back, tell them the outcome in a sentence and ask if there is anything else. ${PHONE_STYLE}`,
  onEnter: `Say "${CLINIC}, this is the front desk." Then ask how you can help the caller and their pet today.`,
  tools: { clinic_info: clinicInfoTool() },
  examples: {
    clinic_info: [
      'what time do you close today',
      'are you open on Saturday',
      'how much is a checkup',
      'where are you located',
      'which vets do you have',
      'do you see rabbits',
    ],
    end_call: ['no, that is all, thanks, bye', 'nothing else, goodbye'],
  },
  canEndCall: true,
});
