import { guard } from 'switchboard';
import type { HotelUserData } from './userdata.js';

export const roomQuoted = guard<HotelUserData>(
  'room quoted',
  (u) => Boolean(u.roomType && u.checkIn && u.checkOut && u.guests && u.quotedCents !== undefined),
  'Nothing is quoted yet. Ask for the arrival and departure days, how many guests and the room type, and call check_availability first.',
);
