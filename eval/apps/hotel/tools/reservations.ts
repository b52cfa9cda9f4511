// New stays: quote a room type for the caller's dates and party, then book it under the guest's name.
import { llm } from '@livekit/agents';
import { getName, getPhoneNumber, speakDigits, type CaptureResult, type CaptureSuccess } from 'switchboard';
import { money } from 'switchboard/spoken';
import { z } from 'zod';
import { nightsOf, spokenDay, type HotelDesk } from '../api/hotel_desk.js';
import {
  BOOKING_WINDOW_DAYS,
  CHECK_IN_HOUR,
  MAX_NIGHTS,
  ROOM_INFO,
  ROOM_TYPES,
  aRoom,
  dayKey,
  type RoomType,
} from '../api/hotel_data.js';
import type { HotelUserData } from '../userdata.js';
import { parseCheckOut, parseDay, parseNights } from './when.js';

export const roomTypeParam = z
  .enum(ROOM_TYPES)
  .describe(
    'queen (one queen bed, up to 2 guests), king (king bed and a sofa bed, up to 3), family_suite (two bedrooms, up to 5) or lake_suite (lake view suite with a balcony, up to 3).',
  );

export const guestsParam = z
  .number()
  .int()
  .describe('How many people will stay in the room, children and babies included.');

/** Checks an arrival and departure day against the hotel's rules; a ToolError says what to ask instead. */
export function checkStay(
  desk: HotelDesk,
  checkInSaid: string,
  checkOutSaid: string | undefined,
): { checkIn: string; checkOut: string } {
  const now = desk.now();
  const checkIn = parseDay(checkInSaid, now);
  if (!checkIn) throw new llm.ToolError(`I could not read "${checkInSaid}" as a day. Ask which day they arrive.`);
  // "Friday for two nights" said in one breath: the length may come with the arrival day.
  const stayed = parseNights(checkInSaid);
  const checkOut =
    (checkOutSaid?.trim() ? parseCheckOut(checkOutSaid, checkIn, now) : undefined) ??
    (stayed ? parseCheckOut(`${stayed} nights`, checkIn, now) : undefined);
  if (!checkOut)
    throw new llm.ToolError(
      checkOutSaid?.trim()
        ? `I could not read "${checkOutSaid}" as a departure day. Ask which day they leave, or for how many nights.`
        : 'Ask which day they leave, or for how many nights.',
    );
  const today = dayKey(now);
  if (checkIn < today)
    throw new llm.ToolError('That arrival day has passed. Ask for an arrival day from today onwards.');
  if (checkIn === today && now.getHours() >= 23)
    throw new llm.ToolError('It is too late to book for tonight. Offer an arrival from tomorrow.');
  const last = dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() + BOOKING_WINDOW_DAYS));
  if (checkIn > last) throw new llm.ToolError(`We take bookings up to a year ahead. Ask for an earlier arrival day.`);
  if (checkOut <= checkIn)
    throw new llm.ToolError(
      `The departure day (${spokenDay(checkOut)}) must be after the arrival day (${spokenDay(checkIn)}). Ask which day they leave.`,
    );
  const nights = nightsOf(checkIn, checkOut);
  if (nights > MAX_NIGHTS)
    throw new llm.ToolError(
      `We book at most ${MAX_NIGHTS} nights; this would be ${nights}. Offer the first ${MAX_NIGHTS} nights, or the duty manager for a long stay.`,
    );
  return { checkIn, checkOut };
}

/** The room types that sleep this many guests; a ToolError when none does. */
export function fitting(guests: number): RoomType[] {
  if (guests < 1) throw new llm.ToolError('Ask how many people will stay, children included.');
  const fit = ROOM_TYPES.filter((t) => ROOM_INFO[t].maxGuests >= guests);
  if (fit.length === 0)
    throw new llm.ToolError(
      `No single room sleeps ${guests}; the family suite takes at most ${ROOM_INFO.family_suite.maxGuests}. Offer two rooms, booked one at a time.`,
    );
  return fit;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const perNight = (t: RoomType) => money(ROOM_INFO[t].nightlyCents, { dropZeroCents: true });
const listed = (types: RoomType[]) => types.map((t) => `${aRoom(t)} at ${perNight(t)} a night`).join(', ');

export function checkAvailabilityTool(desk: HotelDesk) {
  return llm.tool({
    description:
      'Check whether a room type is free for the arrival and departure days and the number of guests, and quote the price. Without a room type, lists the free types that sleep that many, with nightly rates.',
    parameters: z.object({
      check_in: z
        .string()
        .describe('The arrival day as the caller said it: "2025-03-14", "tomorrow", "next Friday", "March 14".'),
      check_out: z
        .string()
        .optional()
        .describe('The departure day ("2025-03-17", "Monday") or the length of the stay ("for 3 nights", "a week").'),
      guests: guestsParam.optional(),
      room_type: roomTypeParam.optional(),
    }),
    execute: async ({ check_in, check_out, guests, room_type }, { ctx }: llm.ToolOptions<HotelUserData>) => {
      const u = ctx.userData;
      const party = guests ?? u.guests;
      if (!party) throw new llm.ToolError('Ask how many people will stay in the room, children included.');
      const { checkIn, checkOut } = checkStay(desk, check_in, check_out);
      const fit = fitting(party);
      const nights = nightsOf(checkIn, checkOut);
      const span = `from ${spokenDay(checkIn)} to ${spokenDay(checkOut)}`;
      const free = fit.filter((t) => desk.roomsFree(t, checkIn, checkOut) > 0);
      const roomType = room_type ?? u.roomType;
      if (!roomType) {
        if (free.length === 0) throw new llm.ToolError(`Every room for ${party} is taken ${span}. Offer other days.`);
        u.guests = party;
        return `Free ${span} for ${party}: ${listed(free)}. Which would they like?`;
      }
      if (!fit.includes(roomType))
        throw new llm.ToolError(
          `${cap(aRoom(roomType))} sleeps at most ${ROOM_INFO[roomType].maxGuests}, and they are ${party}. Offer ${listed(fit)}.`,
        );
      if (!free.includes(roomType)) {
        const others = free.filter((t) => t !== roomType);
        throw new llm.ToolError(
          `No ${ROOM_INFO[roomType].label} is free ${span}. ${others.length ? `Offer ${listed(others)}, or other days.` : 'Offer other days.'}`,
        );
      }
      const price = desk.priceCents(roomType, checkIn, checkOut);
      Object.assign(u, { roomType, guests: party, checkIn, checkOut, quotedCents: price });
      return `${cap(aRoom(roomType))} is free ${span} for ${party}: ${nights} night${nights === 1 ? '' : 's'} at ${perNight(roomType)}, ${money(price)} before extras. Check-in is from ${CHECK_IN_HOUR - 12} PM. Shall I book it?`;
    },
  });
}

/** A detail the booking cannot do without: the value, or a ToolError saying what to do instead. */
function required<T>(result: CaptureResult<T>, what: string): CaptureSuccess<T> {
  if (result.ok) return result;
  throw new llm.ToolError(
    `${result.reason === 'declined' ? `The caller did not want to give the guest’s ${what}` : `The guest’s ${what} could not be taken down`}. We cannot book without it: say so kindly, and offer to book on our website instead.`,
  );
}

/** US numbers: ten digits, a leading country code 1 dropped. */
export const tenDigits = (said: string) => said.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
const US_NUMBER = (text: string) => {
  const digits = tenDigits(text);
  return digits.length === 10 ? undefined : `Phone numbers have ten digits, but I heard ${digits.length}.`;
};

export function bookRoomTool(desk: HotelDesk) {
  return llm.tool({
    description:
      'Book the room quoted by check_availability under the guest’s full name, with a mobile number for the confirmation text.',
    parameters: z.object({
      guest_name: z.string().optional().describe('The first and last name the booking goes under.'),
      phone: z
        .string()
        .optional()
        .describe('A ten-digit mobile number, for example "206 555 0142". The tool asks if it is missing.'),
    }),
    execute: async ({ guest_name, phone }, { ctx }: llm.ToolOptions<HotelUserData>) => {
      const u = ctx.userData;
      if (!u.roomType || !u.checkIn || !u.checkOut || !u.guests)
        throw new llm.ToolError(
          'Nothing is quoted yet. Ask for the arrival and departure days, the guests and the room type, and call check_availability.',
        );
      const mine = u.bookingCode ? desk.find(u.bookingCode) : undefined;
      if (mine && mine.roomType === u.roomType && mine.checkIn === u.checkIn && mine.checkOut === u.checkOut)
        throw new llm.ToolError(
          `This room is already booked as ${mine.code}. Ask whether they want breakfast, parking or late checkout.`,
        );
      const name = required(
        await getName({ requireLastName: true }).runWith(guest_name?.trim() ? guest_name : u.callerName),
        'full name',
      ).value.full;
      const digits = tenDigits(
        required(await getPhoneNumber({ validate: US_NUMBER }).runWith(phone), 'phone number').text,
      );
      if (desk.roomsFree(u.roomType, u.checkIn, u.checkOut) < 1)
        throw new llm.ToolError(
          `The last ${ROOM_INFO[u.roomType].label} for those nights has just gone. Apologise and check another room type.`,
        );
      const booking = desk.book({
        guestName: name,
        phone: digits,
        roomType: u.roomType,
        guests: u.guests,
        checkIn: u.checkIn,
        checkOut: u.checkOut,
      });
      desk.text(booking.code, digits, `Your stay at the Lakeside Hotel is booked: ${booking.code}.`);
      Object.assign(u, { bookingCode: booking.code, callerName: name, phone: digits });
      return `Booked ${booking.code}: ${aRoom(booking.roomType)} for ${name}, ${booking.guests} guest${booking.guests === 1 ? '' : 's'}, arriving ${spokenDay(booking.checkIn)} and leaving ${spokenDay(booking.checkOut)}, ${money(desk.priceCents(booking.roomType, booking.checkIn, booking.checkOut))}. The confirmation is texted to ${speakDigits(digits)}. Offer breakfast, parking or late checkout.`;
    },
  });
}
