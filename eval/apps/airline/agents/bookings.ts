import { defineAgent } from 'switchboard';
import type { AirlineStore } from '../api/airline_store.js';
import {
  addBagTool,
  cancelBookingTool,
  changeFlightTool,
  chooseSeatTool,
  findBookingTool,
  searchFlightsTool,
} from '../tools/bookings.js';
import type { AirlineUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function bookings(store: AirlineStore) {
  return defineAgent<AirlineUserData>({
    id: 'bookings',
    description: 'Manages an existing booking: change the flight, choose a seat, add a checked bag, cancel.',
    instructions: `You look after existing Skyway Air bookings. Every booking tool needs the booking reference (six letters and digits, like K7QX2M) and the passenger's last name the first time; after that the booking is found. find_booking reads the booking out. To change the flight, ask which day, list that day's flights on the same route with search_flights, then change_flight to the one the caller picks; Standard fares pay a change fee the caller must agree to first, Basic fares cannot change. choose_seat picks or changes a seat (window or aisle, or a seat number from the free ones). add_checked_bag adds bags. cancel_booking cancels: Flex is refunded, Standard becomes a travel credit less a fee, Basic is non-refundable. Nothing can change by phone within two hours of departure. ${PHONE_STYLE}`,
    onEnter: (u) =>
      u.bookingRef
        ? `Say you have booking ${u.bookingRef.split('').join(' ')} open and ask what they would like to do with it.`
        : 'Ask for the booking reference, six letters and digits on the booking email, and the passenger’s last name.',
    tools: {
      find_booking: findBookingTool(store),
      search_flights: searchFlightsTool(store),
      change_flight: changeFlightTool(store),
      choose_seat: chooseSeatTool(store),
      add_checked_bag: addBagTool(store),
      cancel_booking: cancelBookingTool(store),
    },
    // The flights of a day only offer options; change_flight takes the caller's pick.
    steps: ['search_flights'],
    examples: {
      find_booking: [
        'my booking is K7QX2M, last name Whitfield',
        'can you check my booking',
        'what time is my flight',
        'which seat do I have',
      ],
      search_flights: [
        'I need to fly a day later',
        'can I move my flight to Friday',
        'what flights do you have on the 14th',
        'I want to change my flight to tomorrow',
      ],
      change_flight: ['put me on the 6:15 one', 'SK 105 please', 'yes, change it to SK 103', 'yes I agree to the fee'],
      choose_seat: ['can I get a window seat', 'I would like an aisle seat', 'move me to 7C', 'what seats are free'],
      add_checked_bag: ['I want to add a checked bag', 'can I add two bags', 'how much to add a suitcase'],
      cancel_booking: ['I want to cancel my flight', 'please cancel my booking', 'can I get a refund'],
    },
    canEndCall: true,
  });
}
