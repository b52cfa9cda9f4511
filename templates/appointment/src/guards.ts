import { guard } from 'switchboard';
import type { AppointmentUserData } from './userdata.js';

export const slotHeld = guard<AppointmentUserData>(
  'slot held',
  (u) => Boolean(u.heldSlot),
  'No time is held yet. Offer free times with find_slots and hold the one the caller picks with hold_slot.',
);

export const appointmentBooked = guard<AppointmentUserData>(
  'appointment booked',
  (u) => Boolean(u.appointmentId),
  'The appointment is not booked yet. Take the patient’s name and phone number and call book_appointment.',
);
