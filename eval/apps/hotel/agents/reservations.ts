import { defineAgent } from 'switchboard';
import type { HotelDesk } from '../api/hotel_desk.js';
import { roomQuoted } from '../guards.js';
import { bookRoomTool, checkAvailabilityTool } from '../tools/reservations.js';
import { addExtraTool } from '../tools/stay.js';
import type { HotelUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function reservations(desk: HotelDesk) {
  return defineAgent<HotelUserData>({
    id: 'reservations',
    description:
      'Quotes a room for the caller’s dates and party and books it, with breakfast, parking or late checkout.',
    instructions: `You take new bookings. Ask for the arrival day, the departure day (or how many nights) and how many people are staying, children included, and call check_availability; it says which rooms are free and the price. If they have not picked a room type, tell them what is free. When they want it, take the full name for the booking and a mobile number and call book_room. Then offer breakfast, parking and late checkout and add them with add_extra. ${PHONE_STYLE}`,
    onEnter: (u) =>
      u.roomType
        ? `Ask which day they arrive, how many nights, and how many people are staying.`
        : 'Ask which day they arrive, how many nights they are staying, and how many guests.',
    tools: {
      check_availability: checkAvailabilityTool(desk),
      book_room: bookRoomTool(desk),
      add_extra: addExtraTool(desk),
    },
    // A quote alone books nothing.
    steps: ['check_availability'],
    guards: { book_room: roomQuoted },
    examples: {
      check_availability: [
        'a room for two from Friday for three nights',
        'do you have a family suite next weekend for four of us',
        'what do you have from March 14 to March 17',
        'how much is a king room for tomorrow night',
        'two adults and a baby, arriving the 20th, leaving the 23rd',
      ],
      book_room: [
        'yes please book it',
        'book it under Anna Berg, 206 555 0190',
        'my name is Tom Hale and my mobile is 415 555 0123',
      ],
      add_extra: ['add breakfast for both of us', 'I will need parking for one car', 'can we have a late checkout'],
    },
    canEndCall: true,
  });
}
