// Existing bookings, by their six-character reference ("K7QX2M") and the passenger's last name:
// look it up, search the route's flights for a day, change the flight, choose a seat, add a checked
// bag, cancel. The first call checks the last name; after that the booking is the caller's for the
// rest of the call.
import { llm } from '@livekit/agents';
import { money, parseSpokenDay } from 'switchboard/spoken';
import { z } from 'zod';
import {
  BAG_PRICE_CENTS,
  CANCEL_FEE_CENTS,
  CLOSE_TO_DEPARTURE_HOURS,
  CREDIT_VALID_MONTHS,
  FARES,
  MAX_BAGS,
  SEAT_FEE_CENTS,
  SEAT_KIND,
  type Booking,
} from '../api/airline_data.js';
import { routeOf, spokenDate, spokenFlight, spokenTime, type AirlineStore } from '../api/airline_store.js';
import type { AirlineUserData } from '../userdata.js';
import { parseBookingReference, parseFlightNumber, parseSeat, spellOut } from './spoken.js';

export const referenceParam = z
  .string()
  .optional()
  .describe(
    'The booking reference as the caller said it: six letters and digits, like "K7QX2M" or "K 7 Q X 2 M". Leave out once the booking was found in this call.',
  );

export const lastNameParam = z
  .string()
  .optional()
  .describe('The passenger’s last name, to check the booking is theirs.');

const nameKey = (name: string) =>
  (name.trim().split(/\s+/).at(-1) ?? '')
    .normalize('NFD')
    .replace(/[^a-z]/gi, '')
    .toLowerCase();

const bagWords = (n: number) => (n === 0 ? 'no checked bags' : n === 1 ? 'one checked bag' : `${n} checked bags`);

/** The caller's booking: the one already found in this call, or the reference given with a matching last name. */
export function lookUp(store: AirlineStore, u: AirlineUserData, reference?: string, lastName?: string): Booking {
  const said = reference?.trim();
  const ref = said ? parseBookingReference(said) : u.bookingRef;
  if (said && !ref)
    throw new llm.ToolError(
      `"${said}" is not a booking reference. A reference is six letters and digits, like K 7 Q X 2 M, on the booking email. Ask for it again.`,
    );
  if (!ref)
    throw new llm.ToolError(
      'Ask for the booking reference (six letters and digits on the booking email) and the passenger’s last name.',
    );
  const booking = store.find(ref);
  if (!booking)
    throw new llm.ToolError(
      `There is no booking ${spellOut(ref)}. Read it back letter by letter and ask the caller to check it.`,
    );
  if (ref !== u.bookingRef) {
    if (!lastName?.trim())
      throw new llm.ToolError(
        `Ask for the last name of the passenger on booking ${spellOut(ref)}, to check it is theirs.`,
      );
    if (nameKey(lastName) !== nameKey(booking.passenger))
      throw new llm.ToolError(
        `The last name ${lastName.trim()} does not match booking ${spellOut(ref)}. Ask the caller to check the reference and the passenger’s last name; never say whose name is on it.`,
      );
    u.bookingRef = ref;
  }
  return booking;
}

/** Refuse a booking that is cancelled, already flown, or too close to departure for `what`. */
function mustBeUpcoming(store: AirlineStore, b: Booking, what: string): void {
  if (b.status === 'cancelled')
    throw new llm.ToolError(`Booking ${spellOut(b.reference)} was cancelled, so we cannot ${what}.`);
  const hours = store.hoursUntil(b.flight, b.day);
  if (hours <= 0)
    throw new llm.ToolError(`The flight on booking ${spellOut(b.reference)} has already left, so we cannot ${what}.`);
  if (hours < CLOSE_TO_DEPARTURE_HOURS)
    throw new llm.ToolError(
      `${spokenFlight(b.flight)} leaves in less than ${CLOSE_TO_DEPARTURE_HOURS} hours, so we cannot ${what} by phone any more. The airport counter can help.`,
    );
}

function describe(store: AirlineStore, b: Booking): string {
  const f = store.scheduled(b.flight)!;
  const when = `${spokenDate(b.day)} at ${spokenTime(f.departs)}`;
  const state =
    b.status === 'cancelled'
      ? ' It is cancelled.'
      : store.hoursUntil(b.flight, b.day) <= 0
        ? ' That flight has flown.'
        : '';
  return `Booking ${spellOut(b.reference)} for ${b.passenger}: ${spokenFlight(b.flight)} from ${routeOf(f)}, ${when}, ${FARES[b.fare].label} fare, ${b.seat ? `seat ${b.seat}` : 'no seat chosen yet'}, ${bagWords(b.bags)}.${state}`;
}

export function findBookingTool(store: AirlineStore) {
  return llm.tool({
    description:
      'Find the caller’s booking by its reference and the passenger’s last name, and read out the flight, date, fare, seat and bags.',
    parameters: z.object({ reference: referenceParam, last_name: lastNameParam }),
    execute: async ({ reference, last_name }, { ctx }: llm.ToolOptions<AirlineUserData>) =>
      `${describe(store, lookUp(store, ctx.userData, reference, last_name))} What would they like to do with it?`,
  });
}

function readDay(store: AirlineStore, said: string): string {
  const day = parseSpokenDay(said, { now: store.now() });
  if (!day) throw new llm.ToolError(`I could not read "${said}" as a day. Ask which day they want to fly.`);
  if (day < store.today()) throw new llm.ToolError(`${spokenDate(day)} has passed. Ask which day they want to fly.`);
  if (day > store.dayAfter(330))
    throw new llm.ToolError('Flights are on sale for the next eleven months only. Ask for an earlier day.');
  return day;
}

export function searchFlightsTool(store: AirlineStore) {
  return llm.tool({
    description:
      'List the flights on the booking’s route for another day, with the seats left and the change fee, so the caller can pick one to change to.',
    parameters: z.object({
      date: z
        .string()
        .describe('The day they want to fly instead, as the caller said it: "Friday", "tomorrow", "March 14".'),
      reference: referenceParam,
      last_name: lastNameParam,
    }),
    execute: async ({ date, reference, last_name }, { ctx }: llm.ToolOptions<AirlineUserData>) => {
      const b = lookUp(store, ctx.userData, reference, last_name);
      mustBeUpcoming(store, b, 'change the flight');
      const fee = FARES[b.fare].changeFeeCents;
      if (fee === null)
        throw new llm.ToolError(
          `Booking ${spellOut(b.reference)} is a Basic fare, which cannot be changed. The caller may keep the flight, or a person can look at other options.`,
        );
      const day = readDay(store, date);
      const current = store.scheduled(b.flight)!;
      const options = store.flightsOn(current.from, current.to).map((f) => {
        const free = store.flight(f.number, day).freeSeats.length;
        const gone = store.hoursUntil(f.number, day) < CLOSE_TO_DEPARTURE_HOURS;
        const mine = f.number === b.flight && day === b.day;
        const state = mine
          ? 'their current flight'
          : gone
            ? 'too soon to book'
            : free === 0
              ? 'full'
              : `${free} seats left`;
        return `${spokenFlight(f.number)} at ${spokenTime(f.departs)}, ${state}`;
      });
      ctx.userData.searchedDay = day;
      const feeText =
        fee === 0
          ? 'Changing a Flex fare is free.'
          : `Changing this ${FARES[b.fare].label} fare costs ${money(fee, { dropZeroCents: true })}.`;
      return `On ${spokenDate(day)}, ${routeOf(current)}: ${options.join('; ')}. ${feeText} Which flight would they like?`;
    },
  });
}

export function changeFlightTool(store: AirlineStore) {
  return llm.tool({
    description:
      'Change the booking to another flight on the same route, on the day just searched or another day. Standard fares pay a change fee the caller must agree to first; Flex changes free; Basic cannot change.',
    parameters: z.object({
      flight_number: z
        .string()
        .describe(
          'The new flight the caller picked, like "SK 105" or "the 6:15 one" read as its number, e.g. "SK105".',
        ),
      date: z
        .string()
        .optional()
        .describe('The day of the new flight as the caller said it, if not the day just searched.'),
      reference: referenceParam,
      last_name: lastNameParam,
      accept_fee: z.boolean().optional().describe('True only after the caller agreed to pay the change fee.'),
    }),
    execute: async (args, { ctx }: llm.ToolOptions<AirlineUserData>) => {
      const u = ctx.userData;
      const b = lookUp(store, u, args.reference, args.last_name);
      mustBeUpcoming(store, b, 'change the flight');
      const fee = FARES[b.fare].changeFeeCents;
      if (fee === null)
        throw new llm.ToolError(
          `Booking ${spellOut(b.reference)} is a Basic fare, which cannot be changed. The caller may keep the flight, or a person can look at other options.`,
        );
      const number = parseFlightNumber(args.flight_number);
      const wanted = number ? store.scheduled(number) : undefined;
      if (!wanted)
        throw new llm.ToolError(
          `"${args.flight_number}" is not one of our flights. Ask which flight they want, by its number, like SK 105.`,
        );
      const current = store.scheduled(b.flight)!;
      if (wanted.from !== current.from || wanted.to !== current.to)
        throw new llm.ToolError(
          `${spokenFlight(wanted.number)} flies ${routeOf(wanted)}, not ${routeOf(current)}. A change keeps the same route; ask which ${routeOf(current)} flight they want.`,
        );
      const day = args.date ? readDay(store, args.date) : (u.searchedDay ?? b.day);
      if (wanted.number === b.flight && day === b.day)
        throw new llm.ToolError(`That is the flight they are already on. Ask which other flight or day they want.`);
      if (store.hoursUntil(wanted.number, day) < CLOSE_TO_DEPARTURE_HOURS)
        throw new llm.ToolError(
          `${spokenFlight(wanted.number)} on ${spokenDate(day)} leaves in less than ${CLOSE_TO_DEPARTURE_HOURS} hours, too soon to change onto. Offer a later flight.`,
        );
      const flight = store.flight(wanted.number, day);
      if (flight.freeSeats.length === 0)
        throw new llm.ToolError(
          `${spokenFlight(wanted.number)} on ${spokenDate(day)} is full. Offer another flight that day or another day.`,
        );
      if (fee > 0 && !args.accept_fee)
        throw new llm.ToolError(
          `Changing to ${spokenFlight(wanted.number)} on ${spokenDate(day)} at ${spokenTime(wanted.departs)} costs a ${money(fee, { dropZeroCents: true })} change fee. Tell the caller and ask whether they agree; if they do, call change_flight again with accept_fee true.`,
        );
      const kind = b.seat ? SEAT_KIND[b.seat.slice(-1)] : undefined;
      const seat = flight.freeSeats.find((s) => SEAT_KIND[s.slice(-1)] === kind) ?? flight.freeSeats[0];
      store.moveSeat(b, seat, flight);
      b.flight = wanted.number;
      b.day = day;
      u.searchedDay = undefined;
      return `Changed ${spellOut(b.reference)} to ${spokenFlight(wanted.number)} on ${spokenDate(day)}, leaving ${spokenTime(wanted.departs)} and arriving ${spokenTime(wanted.arrives)}, seat ${seat}. ${fee > 0 ? `The ${money(fee, { dropZeroCents: true })} change fee goes on the card used for the booking.` : 'There is no fee.'} A new itinerary is emailed.`;
    },
  });
}

export function chooseSeatTool(store: AirlineStore) {
  return llm.tool({
    description:
      'Choose or change the seat on the booking: a seat number from the free ones, or just a window or aisle seat. Without either, reads out the free seats.',
    parameters: z.object({
      seat: z.string().optional().describe('The seat number the caller wants, like "7C" or "twelve A".'),
      preference: z
        .enum(['window', 'aisle'])
        .optional()
        .describe('window (by the window) or aisle (on the aisle), when they want any such seat.'),
      reference: referenceParam,
      last_name: lastNameParam,
    }),
    execute: async ({ seat, preference, reference, last_name }, { ctx }: llm.ToolOptions<AirlineUserData>) => {
      const b = lookUp(store, ctx.userData, reference, last_name);
      mustBeUpcoming(store, b, 'change the seat');
      const flight = store.flight(b.flight, b.day);
      const map = flight.freeSeats.map((s) => `${s} ${SEAT_KIND[s.slice(-1)]}`).join(', ');
      if (flight.freeSeats.length === 0)
        throw new llm.ToolError(`${spokenFlight(b.flight)} is full: no other seat is free.`);
      const wanted = seat ? parseSeat(seat) : undefined;
      if (seat && !wanted)
        throw new llm.ToolError(`"${seat}" is not a seat on our planes: rows 1 to 18, seats A to D. Free now: ${map}.`);
      if (!wanted && !preference)
        return `Free seats on ${spokenFlight(b.flight)}: ${map}. A and D are windows, B and C aisles. Which would they like?`;
      const pick = wanted ?? flight.freeSeats.find((s) => SEAT_KIND[s.slice(-1)] === preference);
      if (!pick)
        throw new llm.ToolError(`No ${preference} seat is free on ${spokenFlight(b.flight)}. Free now: ${map}.`);
      if (pick === b.seat) throw new llm.ToolError(`Seat ${pick} is already theirs.`);
      if (!flight.freeSeats.includes(pick))
        throw new llm.ToolError(`Seat ${pick} is taken. Free now: ${map}. Ask which they would like.`);
      store.moveSeat(b, pick, flight);
      const fee = FARES[b.fare].freeSeat
        ? ''
        : ` On a Basic fare a chosen seat is ${money(SEAT_FEE_CENTS, { dropZeroCents: true })}, charged to the card used for the booking.`;
      return `Seat ${pick}, ${SEAT_KIND[pick.slice(-1)]}, is now theirs on ${spokenFlight(b.flight)} on ${spokenDate(b.day)}.${fee}`;
    },
  });
}

export function addBagTool(store: AirlineStore) {
  return llm.tool({
    description: `Add checked bags to the booking, ${money(BAG_PRICE_CENTS, { dropZeroCents: true })} each beyond what the fare includes, up to ${MAX_BAGS} in all.`,
    parameters: z.object({
      count: z
        .number()
        .int()
        .min(1)
        .max(MAX_BAGS)
        .default(1)
        .describe('How many bags to add, for example 1 or 2. Default 1.'),
      reference: referenceParam,
      last_name: lastNameParam,
    }),
    execute: async ({ count, reference, last_name }, { ctx }: llm.ToolOptions<AirlineUserData>) => {
      const b = lookUp(store, ctx.userData, reference, last_name);
      mustBeUpcoming(store, b, 'add a bag');
      if (b.bags + count > MAX_BAGS)
        throw new llm.ToolError(
          `A booking can have at most ${MAX_BAGS} checked bags and ${spellOut(b.reference)} already has ${b.bags}. Tell the caller how many more fit${b.bags >= MAX_BAGS ? ': none' : ''}.`,
        );
      const included = FARES[b.fare].bagsIncluded;
      const paid = Math.max(0, b.bags + count - Math.max(included, b.bags));
      b.bags += count;
      const cost = paid * BAG_PRICE_CENTS;
      return `Added ${count === 1 ? 'one checked bag' : `${count} checked bags`} to ${spellOut(b.reference)}, which now has ${bagWords(b.bags)}. ${cost === 0 ? 'The fare includes it, so there is no charge.' : `That is ${money(cost, { dropZeroCents: true })}, charged to the card used for the booking.`}`;
    },
  });
}

export function cancelBookingTool(store: AirlineStore) {
  return llm.tool({
    description: `Cancel the booking. Flex is refunded in full to the card; Standard becomes a travel credit less a ${money(CANCEL_FEE_CENTS, { dropZeroCents: true })} fee; Basic is non-refundable.`,
    parameters: z.object({
      reference: referenceParam,
      last_name: lastNameParam,
      reason: z.string().optional().describe('Why they are cancelling, in their words, if they said.'),
    }),
    execute: async ({ reference, last_name }, { ctx }: llm.ToolOptions<AirlineUserData>) => {
      const b = lookUp(store, ctx.userData, reference, last_name);
      if (b.status === 'cancelled')
        throw new llm.ToolError(`Booking ${spellOut(b.reference)} is already cancelled. Nothing more is needed.`);
      mustBeUpcoming(store, b, 'cancel it');
      const rule = FARES[b.fare].cancel;
      if (rule === 'none')
        throw new llm.ToolError(
          `Booking ${spellOut(b.reference)} is a Basic fare: it cannot be refunded or turned into a credit. The caller may keep it; a person can look at exceptions such as a bereavement.`,
        );
      store.moveSeat(b, undefined, store.flight(b.flight, b.day));
      b.status = 'cancelled';
      if (rule === 'full_refund')
        return `Cancelled ${spellOut(b.reference)}. The full ${money(b.paidCents)} goes back to the card used for the booking within seven working days.`;
      const credit = b.paidCents - CANCEL_FEE_CENTS;
      return `Cancelled ${spellOut(b.reference)}. After the ${money(CANCEL_FEE_CENTS, { dropZeroCents: true })} cancellation fee, a travel credit of ${money(credit)} is emailed to ${b.passenger}, good for ${CREDIT_VALID_MONTHS} months on any Skyway Air flight.`;
    },
  });
}
