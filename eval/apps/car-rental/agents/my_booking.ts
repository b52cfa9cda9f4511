import { defineAgent } from 'switchboard';
import type { RentalDesk } from '../api/rental_desk.js';
import { addExtraTool, cancelBookingTool, changeBookingTool, depositAndDamageTool } from '../tools/bookings.js';
import type { RentalUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function myBooking(desk: RentalDesk) {
  return defineAgent<RentalUserData>({
    id: 'my_booking',
    description: 'Changes, cancels or adds extras to an existing booking, and answers deposit and damage questions.',
    instructions: `You look after existing bookings. Every booking tool needs the booking reference (R T and four digits, like RT-4821) and the driver's surname the first time; after that the booking is found. You can change the days, pick-up time or car class (change_booking), cancel (cancel_booking; late cancellations cost a fee the caller must agree to first), add extras like child seats (add_extra), and explain the deposit and any damage claim (deposit_and_damage). Disputes about a damage charge go to a person. ${PHONE_STYLE}`,
    onEnter: (u) =>
      u.bookingRef
        ? `Say you have booking ${u.bookingRef} open and ask what they would like to do with it.`
        : 'Ask for the booking reference, which starts with R T, and the surname of the driver.',
    tools: {
      change_booking: changeBookingTool(desk),
      cancel_booking: cancelBookingTool(desk),
      add_extra: addExtraTool(desk),
      deposit_and_damage: depositAndDamageTool(desk),
    },
    steps: [],
    examples: {
      change_booking: [
        'can I move RT-4821 to next Monday',
        'I need to return the car two days later',
        'change my booking to an SUV',
        'can I pick it up in the afternoon instead',
      ],
      cancel_booking: [
        'I want to cancel my reservation',
        'please cancel RT-4821, my surname is Whitfield',
        'yes, cancel it anyway',
      ],
      add_extra: ['add a child seat to my booking', 'can I get two booster seats', 'add an additional driver'],
      deposit_and_damage: [
        'when do I get my deposit back',
        'why was I charged for damage',
        'my deposit has not been refunded',
        'what is this damage claim on RT-3954',
      ],
    },
    canEndCall: true,
  });
}
