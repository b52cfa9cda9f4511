import { defineAgent } from 'switchboard';
import type { ClaimsApi } from '../api/claims.js';
import { saveContactTool, saveIncidentTool } from '../tools/form.js';
import type { IntakeUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function dataCollection(claims: ClaimsApi) {
  return defineAgent<IntakeUserData>({
    id: 'data_collection',
    description: 'Fills in the claim form: contact details and what happened.',
    instructions: `You fill in a claim form by voice. First the caller's full name and callback number (save_contact), then what happened, when, and a short description (save_incident). Save each group as soon as you have it; the tool tells you what is still missing. When the form is complete, move to verification. ${PHONE_STYLE}`,
    onEnter: (u) =>
      u.fullName
        ? 'Ask which detail the caller would like to change.'
        : 'Say you will take a few details, then ask for their full name and a callback number.',
    tools: { save_contact: saveContactTool(), save_incident: saveIncidentTool(claims) },
    // Filling in the form prepares the claim: a caller who leaves before it is filed has no claim.
    steps: ['save_contact', 'save_incident'],
    examples: {
      save_contact: [
        'my name is Dana Whitfield and my number is 978 555 0142',
        'Luis Ortega, you can reach me at 617 555 0199',
        'this is Dana Whitfield, phone 978 555 0142',
      ],
      save_incident: [
        'a pipe burst in the kitchen yesterday and flooded the floor',
        'there was a fire in the garage last week',
        'someone broke in and stole my laptop on Monday',
        'a storm blew part of the roof off two days ago',
      ],
    },
  });
}
