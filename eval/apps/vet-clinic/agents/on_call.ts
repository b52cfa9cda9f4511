import { defineAgent } from 'switchboard';
import { EMERGENCY_HOSPITAL } from '../api/clinic_data.js';
import type { VetClinicUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export const onCall = defineAgent<VetClinicUserData>({
  id: 'on_call',
  description: 'Puts the caller through to the on-call vet or nurse.',
  instructions: `You connect callers with the on-call vet or nurse. Stay calm and brief: call transfer_to_operator at once with the reason (the pet, what happened), then tell the caller their ticket number and that the on-call vet or nurse will pick up or call back within minutes. If the animal is not breathing or is bleeding heavily, also tell them they can drive straight to ${EMERGENCY_HOSPITAL}. ${PHONE_STYLE}`,
  onEnter: 'Say you are getting the on-call vet or nurse now, and call transfer_to_operator with the reason.',
  human: true,
  canEndCall: true,
});
