// Existing bookings, by confirmation code ("LH-2451"): look one up, change the dates, cancel, add
// extras and special requests. The first call checks the guest's surname against the booking;
// after that the booking is the caller's for the rest of the call.
import { llm } from '@livekit/agents';
import { joinWords, money, nameKey, parseReference } from 'switchboard/spoken';
import { z } from 'zod';
import { dateOf, nightsOf, spokenDay, type HotelDesk } from '../api/hotel_desk.js';
import {
  CHECK_IN_HOUR,
  EXTRAS,
  EXTRA_INFO,
  FREE_CANCEL_HOURS,
  MAX_NIGHTS,
  ROOM_INFO,
  aRoom,
  dayKey,
  type Booking,
} from '../api/hotel_data.js';
import type { HotelUserData } from '../userdata.js';
import { checkStay } from './reservations.js';
import { parseCheckOut } from './when.js';

export const codeParam = z
  .string()
  .optional()
  .describe(
    'The confirmation code as the caller said it, like "LH-2451" or "L H two four five one". Leave out once the booking was found in this call.',
  );

export const surnameParam = z
  .string()
  .optional()
  .describe('The surname of the guest the booking is under, to check it is theirs.');

const lastWord = (name: string) => nameKey(name.trim().split(/\s+/).at(-1) ?? '').key;

/** The caller's booking: the one already checked in this call, or the code they give with a matching surname. */
export function lookUp(desk: HotelDesk, u: HotelUserData, code?: string, surname?: string): Booking {
  const said = code?.trim();
  const ref = said ? parseReference(said, 'LH-####') : u.bookingCode;
  if (said && !ref)
    throw new llm.ToolError(
      `"${said}" is not a confirmation code. Codes are L H and four digits, like LH-2451, on the confirmation text or email. Ask for it again.`,
    );
  if (!ref)
    throw new llm.ToolError(
      'Ask for the confirmation code: L H and four digits, like LH-2451, on the confirmation text or email.',
    );
  const booking = desk.find(ref);
  if (!booking)
    throw new llm.ToolError(
      `There is no booking ${ref}. Read the code back digit by digit and ask the caller to check it.`,
    );
  if (ref !== u.bookingCode) {
    if (!surname?.trim())
      throw new llm.ToolError(`Ask for the surname the booking ${ref} is under, to check it is theirs.`);
    if (lastWord(surname) !== lastWord(booking.guestName))
      throw new llm.ToolError(
        `The surname ${surname.trim()} does not match booking ${ref}. Ask the caller to check the code and the surname; never say whose name is on it.`,
      );
    u.bookingCode = ref;
  }
  return booking;
}

function mustBeOpen(b: Booking, what: string): void {
  if (b.status === 'cancelled')
    throw new llm.ToolError(`Booking ${b.code} was cancelled, so we cannot ${what}. Offer a new booking.`);
  if (b.status === 'checked_out')
    throw new llm.ToolError(
      `The stay ${b.code} is over: the guest checked out on ${spokenDay(b.checkOut)}, so we cannot ${what}. Questions about the bill go to the duty manager.`,
    );
}

const STATUS: Record<Booking['status'], string> = {
  confirmed: 'confirmed',
  checked_in: 'in the house now',
  checked_out: 'checked out',
  cancelled: 'cancelled',
};

const count = (n: number, word: string) =>
  `${n === 1 ? 'one' : n === 2 ? 'two' : n === 3 ? 'three' : n} ${word}${n === 1 ? '' : 's'}`;

function extrasSaid(b: Booking): string {
  const parts = EXTRAS.filter((e) => b.extras[e]).map((e) =>
    e === 'breakfast' ? `breakfast for ${b.extras[e]}` : count(b.extras[e]!, EXTRA_INFO[e].label),
  );
  return parts.length ? joinWords(parts) : 'no extras';
}

export function findBookingTool(desk: HotelDesk) {
  return llm.tool({
    description:
      'Look up an existing booking by confirmation code and surname, and say its dates, room, extras and status.',
    parameters: z.object({ code: codeParam, surname: surnameParam }),
    execute: async ({ code, surname }, { ctx }: llm.ToolOptions<HotelUserData>) => {
      const b = lookUp(desk, ctx.userData, code, surname);
      const nights = nightsOf(b.checkIn, b.checkOut);
      const requests = b.requests.length ? ` Requests noted: ${joinWords(b.requests)}.` : '';
      return `Booking ${b.code} is ${STATUS[b.status]}: ${aRoom(b.roomType)}${b.room ? `, room ${b.room}` : ''}, ${count(b.guests, 'guest')}, arriving ${spokenDay(b.checkIn)} and leaving ${spokenDay(b.checkOut)}, ${count(nights, 'night')}, with ${extrasSaid(b)}, ${money(desk.priceCents(b.roomType, b.checkIn, b.checkOut, b.extras))} in all.${requests}`;
    },
  });
}

export function changeDatesTool(desk: HotelDesk) {
  return llm.tool({
    description:
      'Move a booking to new arrival or departure days (or a new length of stay). A guest already in the house can only change the departure day.',
    parameters: z.object({
      code: codeParam,
      surname: surnameParam,
      new_check_in: z.string().optional().describe('The new arrival day, for example "next Monday" or "2025-03-17".'),
      new_check_out: z.string().optional().describe('The new departure day, or a new length such as "for 4 nights".'),
    }),
    execute: async ({ code, surname, new_check_in, new_check_out }, { ctx }: llm.ToolOptions<HotelUserData>) => {
      const b = lookUp(desk, ctx.userData, code, surname);
      mustBeOpen(b, 'change it');
      if (!new_check_in && !new_check_out)
        throw new llm.ToolError(
          `Booking ${b.code} is found. Ask which days they want instead: arrival, departure or both.`,
        );
      let checkIn = b.checkIn;
      let checkOut: string;
      if (b.status === 'checked_in') {
        if (new_check_in)
          throw new llm.ToolError(
            `The guest on ${b.code} has already arrived, so only the departure day can change. Ask which day they will leave.`,
          );
        const said = new_check_out!;
        const wanted = parseCheckOut(said, b.checkIn, desk.now());
        if (!wanted)
          throw new llm.ToolError(`I could not read "${said}" as a departure day. Ask which day they will leave.`);
        if (wanted <= dayKey(desk.now()))
          throw new llm.ToolError('The new departure day must be after today. Ask which day they will leave.');
        if (nightsOf(b.checkIn, wanted) > MAX_NIGHTS)
          throw new llm.ToolError(
            `We book at most ${MAX_NIGHTS} nights from arrival on ${spokenDay(b.checkIn)}. Offer the duty manager for a longer stay.`,
          );
        checkOut = wanted;
      } else {
        // A new arrival day alone moves the whole stay, keeping its length.
        const wanted = checkStay(
          desk,
          new_check_in ?? b.checkIn,
          new_check_out ?? (new_check_in ? `${nightsOf(b.checkIn, b.checkOut)} nights` : b.checkOut),
        );
        checkIn = wanted.checkIn;
        checkOut = wanted.checkOut;
      }
      if (desk.roomsFree(b.roomType, checkIn, checkOut, b.code) < 1)
        throw new llm.ToolError(
          `No ${ROOM_INFO[b.roomType].label} is free from ${spokenDay(checkIn)} to ${spokenDay(checkOut)}. Offer other days, or a person to look at another room type.`,
        );
      const before = desk.priceCents(b.roomType, b.checkIn, b.checkOut, b.extras);
      Object.assign(b, { checkIn, checkOut });
      const after = desk.priceCents(b.roomType, checkIn, checkOut, b.extras);
      const diff = after - before;
      return `Changed ${b.code}: arriving ${spokenDay(checkIn)}, leaving ${spokenDay(checkOut)}, ${count(nightsOf(checkIn, checkOut), 'night')}, now ${money(after)}${diff === 0 ? ', the same as before' : diff > 0 ? `, ${money(diff)} more` : `, ${money(-diff)} less`}.`;
    },
  });
}

export function cancelBookingTool(desk: HotelDesk) {
  return llm.tool({
    description: `Cancel a booking before arrival. Free until ${FREE_CANCEL_HOURS} hours before check-in; later the first night is charged, and the caller must agree to that first.`,
    parameters: z.object({
      code: codeParam,
      surname: surnameParam,
      reason: z.string().optional().describe('Why they are cancelling, in their words, if they said.'),
      accept_fee: z
        .boolean()
        .optional()
        .describe('True only after the caller agreed to pay the late cancellation fee (the first night).'),
    }),
    execute: async ({ code, surname, accept_fee }, { ctx }: llm.ToolOptions<HotelUserData>) => {
      const b = lookUp(desk, ctx.userData, code, surname);
      if (b.status === 'cancelled')
        throw new llm.ToolError(`Booking ${b.code} is already cancelled. Nothing more is needed.`);
      if (b.status !== 'confirmed')
        throw new llm.ToolError(
          `The guest on ${b.code} has already checked in, so the booking cannot be cancelled. Offer to bring the departure day forward instead.`,
        );
      const arrival = dateOf(b.checkIn);
      arrival.setHours(CHECK_IN_HOUR);
      const late = (arrival.getTime() - desk.now().getTime()) / 3_600_000 < FREE_CANCEL_HOURS;
      const fee = money(ROOM_INFO[b.roomType].nightlyCents);
      if (late && !accept_fee)
        throw new llm.ToolError(
          `Check-in is less than ${FREE_CANCEL_HOURS} hours away, so cancelling ${b.code} costs the first night, ${fee}. Tell the caller and ask whether they still want to cancel; if they agree, call cancel_booking again with accept_fee true.`,
        );
      b.status = 'cancelled';
      desk.text(b.code, b.phone, `Your booking ${b.code} is cancelled.`);
      return `Cancelled ${b.code}. ${late ? `The first night, ${fee}, goes on the card.` : 'There is no charge.'} A cancellation text goes to the number on the booking.`;
    },
  });
}

export function addExtraTool(desk: HotelDesk) {
  return llm.tool({
    description:
      'Add extras to a booking: breakfast (per guest per night, at most one per guest), parking (per car per night, at most 2 cars), or late checkout until 2 PM (once).',
    parameters: z.object({
      extra: z
        .enum(EXTRAS)
        .describe(
          'breakfast (buffet breakfast), parking (a space in the garage, for a car) or late_checkout (leave at 2 PM).',
        ),
      count: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe(
          'How many: guests having breakfast, or cars to park. Default: breakfast for every guest, otherwise 1.',
        ),
      code: codeParam,
      surname: surnameParam,
    }),
    execute: async ({ extra, count: wanted, code, surname }, { ctx }: llm.ToolOptions<HotelUserData>) => {
      const b = lookUp(desk, ctx.userData, code, surname);
      mustBeOpen(b, 'add extras');
      const info = EXTRA_INFO[extra];
      const max = info.max === 'guests' ? b.guests : info.max;
      const has = b.extras[extra] ?? 0;
      const n = wanted ?? (extra === 'breakfast' ? b.guests - has : 1);
      if (n < 1 || has + n > max)
        throw new llm.ToolError(
          extra === 'breakfast'
            ? `Breakfast is one per guest: ${b.code} has ${count(b.guests, 'guest')} and breakfast for ${has} already. Tell the caller how many more can have it.`
            : `A booking takes at most ${count(max, info.label)}, and ${b.code} already has ${has}. Tell the caller.`,
        );
      b.extras[extra] = has + n;
      const nights = nightsOf(b.checkIn, b.checkOut);
      const cost = info.cents * n * (info.per === 'night' ? nights : 1);
      const what = extra === 'breakfast' ? `breakfast for ${n}` : count(n, info.label);
      const rate = info.per === 'night' ? `, ${money(info.cents, { dropZeroCents: true })} a night each` : '';
      return `Added ${what} to ${b.code}${rate}: ${money(cost)}. The stay is now ${money(desk.priceCents(b.roomType, b.checkIn, b.checkOut, b.extras))}.`;
    },
  });
}

export function addRequestTool(desk: HotelDesk) {
  return llm.tool({
    description:
      'Note a special request on a booking for the front desk: a crib, a high or quiet floor, an early or late arrival, an anniversary, allergies. Requests are passed on, not guaranteed.',
    parameters: z.object({
      request: z.string().describe('The request in a few words, for example "a crib" or "arriving around 11 PM".'),
      code: codeParam,
      surname: surnameParam,
    }),
    execute: async ({ request, code, surname }, { ctx }: llm.ToolOptions<HotelUserData>) => {
      const b = lookUp(desk, ctx.userData, code, surname);
      mustBeOpen(b, 'add a request');
      const text = request.trim();
      if (text.length < 3) throw new llm.ToolError('Ask what they would like noted on the booking.');
      if (text.length > 200)
        throw new llm.ToolError('That is too long for a note. Ask for the request in one sentence.');
      if (b.requests.some((r) => r.toLowerCase() === text.toLowerCase()))
        throw new llm.ToolError(`"${text}" is already noted on ${b.code}. Tell the caller.`);
      if (b.requests.length >= 5)
        throw new llm.ToolError(
          `Booking ${b.code} already has five requests noted. Offer the duty manager for anything more.`,
        );
      b.requests.push(text);
      return `Noted on ${b.code}: ${text}. The front desk will do its best; requests are not guaranteed.`;
    },
  });
}
