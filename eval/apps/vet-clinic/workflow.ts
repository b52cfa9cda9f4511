// Maple Street Veterinary Clinic's phone line: the front desk answers and routes; appointments
// books, moves and cancels visits; the pharmacy and the lab results line are *called* and hand the
// caller back to the front desk; anyone can put the caller through to the on-call vet or nurse.
import { defineWorkflow } from 'switchboard';
import { z } from 'zod';
import { appointments } from './agents/appointments.js';
import { frontDesk } from './agents/front_desk.js';
import { labResults } from './agents/lab_results.js';
import { onCall } from './agents/on_call.js';
import { pharmacy } from './agents/pharmacy.js';
import { Clinic } from './api/clinic.js';
import { REASONS, SPECIES } from './api/clinic_data.js';
import { PROTECTED_FIELDS, VetClinicUserData } from './userdata.js';

export interface VetClinicDeps {
  /** The clinic's practice-management system; the in-memory mock by default. */
  clinic?: Clinic;
  /** The clock the mock's diary is built from (tests pass a fixed one). */
  now?: () => Date;
}

const PET_NAME = z.string().optional().describe('The pet’s name, if the caller said it.');

export function vetClinicWorkflow(deps: VetClinicDeps = {}) {
  const clinic = deps.clinic ?? new Clinic({ now: deps.now });
  return defineWorkflow({
    name: 'vet-clinic',
    userData: VetClinicUserData,
    protectedFields: [...PROTECTED_FIELDS],
    start: 'front_desk',
    agents: [frontDesk, appointments(clinic), pharmacy(clinic), labResults(clinic), onCall],
    edges: [
      {
        from: 'front_desk',
        to: 'appointments',
        when: 'The caller wants to book, cancel or move (reschedule) a visit for their pet.',
        carries: z.object({
          petName: PET_NAME,
          species: z
            .enum(SPECIES)
            .optional()
            .describe('What kind of animal, if said: dog, cat, rabbit, bird, reptile or small pet.'),
          visitReason: z
            .enum(REASONS)
            .optional()
            .describe('What the visit is for, if said: checkup, vaccination, sick, injury, dental or nail trim.'),
          ownerName: z.string().optional().describe('The caller’s name, if they gave it.'),
        }),
        examples: [
          'I would like to book an appointment for my dog',
          'my cat needs her shots',
          'I need to cancel Biscuit’s appointment',
          'can I move my rabbit’s visit to another day',
          'Luna has been limping, can a vet see her this week',
        ],
      },
      {
        from: 'front_desk',
        to: 'pharmacy',
        mode: 'call',
        when: 'The caller wants a refill of a medicine the vet already prescribed, or has a question about a prescription.',
        carries: z.object({ petName: PET_NAME }),
        examples: [
          'I need a prescription refill',
          'Biscuit is running out of his pain pills',
          'can I reorder my cat’s thyroid medicine',
          'pharmacy please',
        ],
      },
      {
        from: 'front_desk',
        to: 'lab_results',
        mode: 'call',
        when: 'The caller is asking about their pet’s test or lab results (blood work, urine, stool sample, biopsy).',
        carries: z.object({ petName: PET_NAME }),
        examples: [
          'I am calling about my dog’s blood test results',
          'are Mochi’s lab results back yet',
          'did the stool sample come back',
          'lab results please',
        ],
      },
      {
        from: 'appointments',
        to: 'front_desk',
        when: 'The caller needs something other than a visit: a refill, lab results, or a general question.',
        examples: [
          'I also need a refill for his medicine',
          'and are his blood results back',
          'what are your opening hours on Saturday',
        ],
      },
    ],
    escalation: {
      agent: 'on_call',
      when: 'An animal emergency (trouble breathing, heavy bleeding, poisoning, hit by a car, collapse, seizure, swallowed something), or the caller asks for a vet, a nurse or a person.',
      examples: [
        'my dog just ate chocolate',
        'my cat is not breathing properly',
        'he was hit by a car',
        'she is having a seizure',
        'can I speak to the nurse',
        'I want to talk to a vet right now',
      ],
      record: { reason: 'escalationReason', ticketId: 'operatorTicket' },
    },
  });
}

// `switchboard console` and `switchboard check` load the default export.
export default vetClinicWorkflow;
