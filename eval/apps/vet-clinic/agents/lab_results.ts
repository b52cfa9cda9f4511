import { defineAgent } from 'switchboard';
import type { Clinic } from '../api/clinic.js';
import { checkLabResultsTool } from '../tools/lab.js';
import type { VetClinicUserData } from '../userdata.js';
import { Outcome } from './outcome.js';
import { HAND_BACK, PHONE_STYLE } from './style.js';

export function labResults(clinic: Clinic) {
  return defineAgent<VetClinicUserData>({
    id: 'lab_results',
    description: 'Tells owners whether their pet’s lab results are in and what the vet wrote.',
    instructions: `You are the lab results line. Results go only to the owner on the client file: ask for the client number, the owner's full name and the pet's name, then call check_lab_results and read what it says. Never interpret results yourself; when the vet wants to talk them through, say the vet will call. ${HAND_BACK} ${PHONE_STYLE}`,
    onEnter:
      'Say this is the lab results line, and ask for the client number, the owner’s full name and the pet’s name.',
    tools: { check_lab_results: checkLabResultsTool(clinic) },
    returns: Outcome,
    examples: {
      check_lab_results: [
        'are Biscuit’s blood test results back',
        'I am Priya Raman, client MS-1042, calling about Mochi’s thyroid test',
        'Elena Vasquez, it is about Kiwi',
      ],
      return_to_previous_agent: ['thank you, that is what I needed', 'ok, thanks', 'got it'],
    },
  });
}
