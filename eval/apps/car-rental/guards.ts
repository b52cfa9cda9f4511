import { guard } from 'switchboard';
import type { RentalUserData } from './userdata.js';

export const quoteReady = guard<RentalUserData>(
  'car quoted',
  (u) => Boolean(u.carClass && u.pickUpDate && u.returnDate && u.quotedCents !== undefined),
  'Nothing is quoted yet. Ask for the pick-up and return days and the car class, and call check_availability first.',
);
