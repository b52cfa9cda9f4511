import { defineAgent } from 'switchboard';
import type { RentalDesk } from '../api/rental_desk.js';
import { quoteReady } from '../guards.js';
import { addExtraTool } from '../tools/bookings.js';
import { checkAvailabilityTool, reserveCarTool } from '../tools/reservations.js';
import type { RentalUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function reservations(desk: RentalDesk) {
  return defineAgent<RentalUserData>({
    id: 'reservations',
    description: 'Quotes a car class for the caller’s dates and reserves it, with extras.',
    instructions: `You take new car reservations at the airport branch. Ask for the pick-up day, the return day (or how many days) and the car class, and call check_availability; it gives the price and deposit. When the caller wants it, take the main driver's full name and a mobile number and call reserve_car. Then offer extras such as a child seat and add them with add_extra. ${PHONE_STYLE}`,
    onEnter: (u) =>
      u.carClass
        ? `Ask which day they want to pick up the ${u.carClass} and when they will bring it back.`
        : 'Ask which day they want to pick the car up, when they will bring it back, and what size of car they need.',
    tools: {
      check_availability: checkAvailabilityTool(desk),
      reserve_car: reserveCarTool(desk),
      add_extra: addExtraTool(desk),
    },
    // A quote alone reserves nothing.
    steps: ['check_availability'],
    guards: { reserve_car: quoteReady },
    examples: {
      check_availability: [
        'I need a midsize from Friday to Tuesday',
        'an SUV from tomorrow for a week',
        'what do you have from March 14 to March 18',
        'how much is an economy car for three days from Monday',
        'a minivan next Saturday morning for 4 days',
      ],
      reserve_car: [
        'yes please reserve it',
        'book it, the driver is Dana Whitfield, 415 555 0142',
        'my name is Jamie Fox and my mobile is 617 555 0123',
      ],
      add_extra: ['can I add a child seat', 'I need two car seats', 'add a GPS please', 'my wife will drive too'],
    },
    canEndCall: true,
  });
}
