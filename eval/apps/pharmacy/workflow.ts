// Riverside Pharmacy phone line: the front desk answers hours and address and sends the caller to
// refills (by prescription number and date of birth, pick-up or delivery) or transfers (a
// prescription moving to us, a new patient), or calls the pharmacist for a medicine question, who
// hands the caller back. Anyone can ask for the pharmacist in charge or the store manager.
import { defineWorkflow } from 'switchboard';
import { z } from 'zod';
import { frontDesk } from './agents/front_desk.js';
import { human } from './agents/human.js';
import { pharmacist } from './agents/pharmacist.js';
import { refills } from './agents/refills.js';
import { transfers } from './agents/transfers.js';
import { PharmacyStore } from './api/pharmacy_store.js';
import { PROTECTED_FIELDS, PharmacyUserData } from './userdata.js';

export interface PharmacyDeps {
  /** The pharmacy's dispensing system; the in-memory mock by default. */
  store?: PharmacyStore;
  /** Clock for the mock's demo dates and the refill rules; tests pass a fixed one. */
  now?: () => Date;
}

const callerName = z.string().optional().describe('The caller’s name, if they gave it.');

export function pharmacyWorkflow(deps: PharmacyDeps = {}) {
  const store = deps.store ?? new PharmacyStore({ now: deps.now });
  return defineWorkflow({
    name: 'pharmacy',
    userData: PharmacyUserData,
    protectedFields: [...PROTECTED_FIELDS],
    start: 'front_desk',
    agents: [frontDesk(store), refills(store), transfers(store), pharmacist(store), human],
    edges: [
      {
        from: 'front_desk',
        to: 'refills',
        when: 'The caller wants to refill a prescription they have with us, or asks about refills left or when a refill will be ready.',
        carries: z.object({ callerName }),
        examples: [
          'I need a refill',
          'can I refill my prescription',
          'I am running out of my blood pressure pills',
          'how many refills do I have left',
        ],
      },
      {
        from: 'front_desk',
        to: 'transfers',
        when: 'The caller wants to move a prescription to us from another pharmacy, or to register as a new patient.',
        carries: z.object({ callerName }),
        examples: [
          'I want to transfer my prescription from CVS',
          'I am a new patient',
          'can you take over my prescriptions from Walgreens',
          'how do I sign up with your pharmacy',
        ],
      },
      {
        from: ['front_desk', 'refills', 'transfers'],
        to: 'pharmacist',
        mode: 'call',
        when: 'The caller has a question for the pharmacist: whether two medicines can be taken together, an over-the-counter product or its dose.',
        examples: [
          'can I take ibuprofen with my lisinopril',
          'I have a question for the pharmacist',
          'do you have Claritin in stock',
          'how much Tylenol can I take',
        ],
      },
      {
        from: 'refills',
        to: 'transfers',
        when: 'The caller now wants to transfer a prescription in from another pharmacy, or register a new patient.',
        examples: ['I also have a prescription at CVS to move over', 'my husband wants to become a patient too'],
      },
      {
        from: 'transfers',
        to: 'refills',
        when: 'The caller now wants to refill a prescription they already have with us.',
        examples: ['and I also need a refill of my other prescription', 'can I refill RX-104233 too'],
      },
    ],
    escalation: {
      agent: 'human',
      when: 'The caller asks for a person, the pharmacist in charge or the manager, has an insurance dispute or a complaint, or says they were given the wrong medicine.',
      examples: [
        'can I talk to a real person',
        'let me speak to the manager',
        'my insurance was charged wrong and I want to dispute it',
        'I was given the wrong medicine',
        'I want to make a complaint',
      ],
      record: { reason: 'escalationReason', ticketId: 'operatorTicket' },
    },
  });
}

// `switchboard console` and `switchboard check` load the default export.
export default pharmacyWorkflow;
