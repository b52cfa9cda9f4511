import { defineAgent } from 'switchboard';
import type { HotelDesk } from '../api/hotel_desk.js';
import { addExtraTool, addRequestTool, cancelBookingTool, changeDatesTool, findBookingTool } from '../tools/stay.js';
import type { HotelUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function myStay(desk: HotelDesk) {
  return defineAgent<HotelUserData>({
    id: 'my_stay',
    description: 'Looks up an existing booking and changes its dates, cancels it, or adds extras and special requests.',
    instructions: `You look after bookings guests already have. Every tool needs the confirmation code (L H and four digits, like LH-2451) and the surname on the booking the first time; after that the booking is found. You can read the booking back (find_booking), move the dates (change_dates), cancel (cancel_booking: free until 48 hours before check-in, after that the first night is charged and the caller must agree first), add breakfast, parking or late checkout (add_extra), and note a special request such as a crib or a late arrival (add_request). Refunds, complaints and billing disputes go to the duty manager. ${PHONE_STYLE}`,
    onEnter: (u) =>
      u.bookingCode
        ? `Say you have booking ${u.bookingCode} open and ask what they would like to do with it.`
        : 'Ask for the confirmation code, which starts with L H, and the surname the booking is under.',
    tools: {
      find_booking: findBookingTool(desk),
      change_dates: changeDatesTool(desk),
      cancel_booking: cancelBookingTool(desk),
      add_extra: addExtraTool(desk),
      add_request: addRequestTool(desk),
    },
    examples: {
      find_booking: [
        'can you check my booking LH-2451, surname Lindqvist',
        'what dates is my reservation for',
        'I just want to confirm my booking',
      ],
      change_dates: [
        'can I move my stay to next Monday',
        'we need to arrive a day later',
        'I would like to stay two more nights',
      ],
      cancel_booking: [
        'I need to cancel my booking',
        'please cancel LH-3807, the name is Patel',
        'yes, cancel it anyway',
      ],
      add_extra: ['add breakfast to my booking', 'I will need a parking space', 'can I get a late checkout'],
      add_request: [
        'we will need a crib for the baby',
        'we are arriving late, around 11 at night',
        'it is our anniversary',
        'could we have a quiet room on a high floor',
      ],
    },
    canEndCall: true,
  });
}
