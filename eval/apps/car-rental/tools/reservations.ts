// New reservations: quote a car class for the caller's dates, then reserve it under the driver's name.
import { llm } from '@livekit/agents';
import { getName, getPhoneNumber, speakDigits, type CaptureResult, type CaptureSuccess } from 'switchboard';
import { money } from 'switchboard/spoken';
import { z } from 'zod';
import { rentalDays, spokenDay, type RentalDesk } from '../api/rental_desk.js';
import {
  BOOKING_WINDOW_DAYS,
  CAR_CLASSES,
  CLASS_INFO,
  MAX_RENTAL_DAYS,
  PICKUP_HOURS,
  PICKUP_TIMES,
  aClass,
  dayKey,
  type CarClass,
  type PickUpTime,
} from '../api/rental_data.js';
import type { RentalUserData } from '../userdata.js';
import { parseDay, parseReturn } from './when.js';

export const carClassParam = z
  .enum(CAR_CLASSES)
  .describe(
    'economy (small, cheapest), compact, midsize (family sedan), suv (4x4, jeep), minivan (people carrier, 7 seats) or luxury (premium).',
  );

export const pickUpTimeParam = z
  .enum(PICKUP_TIMES)
  .describe('When the caller collects the car: morning (9 AM), afternoon (1 PM) or evening (6 PM).');

/** Checks a pick-up and return day against the branch's rules; a ToolError says what to ask instead. */
export function checkDates(
  desk: RentalDesk,
  pickUpSaid: string,
  returnSaid: string,
  time: PickUpTime,
): { pickUp: string; ret: string } {
  const now = desk.now();
  const pickUp = parseDay(pickUpSaid, now);
  if (!pickUp)
    throw new llm.ToolError(`I could not read "${pickUpSaid}" as a day. Ask which day they want to pick the car up.`);
  const ret = parseReturn(returnSaid, pickUp, now);
  if (!ret)
    throw new llm.ToolError(
      `I could not read "${returnSaid}" as a return day. Ask which day they will bring the car back, or for how many days.`,
    );
  const today = dayKey(now);
  if (pickUp < today) throw new llm.ToolError('That pick-up day has passed. Ask for a pick-up day from today onwards.');
  if (pickUp === today && PICKUP_HOURS[time] <= now.getHours()) {
    throw new llm.ToolError(`It is too late for a ${time} pick-up today. Offer a later time today or tomorrow.`);
  }
  const last = dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() + BOOKING_WINDOW_DAYS));
  if (pickUp > last)
    throw new llm.ToolError(
      `We take reservations up to ${BOOKING_WINDOW_DAYS} days ahead. Ask for an earlier pick-up day.`,
    );
  if (ret <= pickUp)
    throw new llm.ToolError(
      `The return day (${spokenDay(ret)}) must be after the pick-up day (${spokenDay(pickUp)}). Ask when they will bring the car back.`,
    );
  if (rentalDays(pickUp, ret) > MAX_RENTAL_DAYS) {
    throw new llm.ToolError(
      `Rentals last at most ${MAX_RENTAL_DAYS} days; this would be ${rentalDays(pickUp, ret)}. Offer to book the first ${MAX_RENTAL_DAYS} days, or a person for a long-term lease.`,
    );
  }
  return { pickUp, ret };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const perDay = (c: CarClass) => money(CLASS_INFO[c].dailyRateCents, { dropZeroCents: true });

export function checkAvailabilityTool(desk: RentalDesk) {
  return llm.tool({
    description:
      'Check whether a car class is free for the pick-up and return days, and quote the price and deposit. Without a class, lists the classes that are free with their daily rates.',
    parameters: z.object({
      pick_up_date: z
        .string()
        .describe('The pick-up day as the caller said it: "2025-03-14", "tomorrow", "next Friday", "March 14".'),
      return_date: z
        .string()
        .describe('The return day ("2025-03-18", "Tuesday") or the length of the rental ("for 4 days", "a week").'),
      car_class: carClassParam.optional(),
      pick_up_time: pickUpTimeParam.optional(),
    }),
    execute: async (
      { pick_up_date, return_date, car_class, pick_up_time },
      { ctx }: llm.ToolOptions<RentalUserData>,
    ) => {
      const u = ctx.userData;
      const time = pick_up_time ?? u.pickUpTime ?? 'morning';
      const { pickUp, ret } = checkDates(desk, pick_up_date, return_date, time);
      const days = rentalDays(pickUp, ret);
      const span = `from ${spokenDay(pickUp)} to ${spokenDay(ret)}`;
      const carClass = car_class ?? u.carClass;
      const free = CAR_CLASSES.filter((c) => desk.carsFree(c, pickUp, ret) > 0);
      if (!carClass) {
        if (free.length === 0) throw new llm.ToolError(`Every car is taken ${span}. Offer other days.`);
        return `Free ${span}: ${free.map((c) => `${CLASS_INFO[c].label} at ${perDay(c)} a day`).join(', ')}. Which class would they like?`;
      }
      if (!free.includes(carClass)) {
        const others = free.filter((c) => c !== carClass);
        throw new llm.ToolError(
          `No ${CLASS_INFO[carClass].label} is free ${span}. ${others.length ? `Offer ${others.map((c) => `${CLASS_INFO[c].label} at ${perDay(c)} a day`).join(', ')}, or other days.` : 'Offer other days.'}`,
        );
      }
      const price = desk.priceCents(carClass, pickUp, ret);
      Object.assign(u, { carClass, pickUpDate: pickUp, returnDate: ret, pickUpTime: time, quotedCents: price });
      const info = CLASS_INFO[carClass];
      return `${cap(aClass(carClass))}, ${info.example}, is free ${span} with a ${time} pick-up: ${days} day${days === 1 ? '' : 's'} at ${perDay(carClass)} a day, ${money(price)} before extras. A ${money(info.depositCents, { dropZeroCents: true })} deposit is held on the card at pick-up. Shall I reserve it?`;
    },
  });
}

/** A detail the reservation cannot do without: the value, or a ToolError saying what to do instead. */
function required<T>(result: CaptureResult<T>, what: string): CaptureSuccess<T> {
  if (result.ok) return result;
  throw new llm.ToolError(
    `${result.reason === 'declined' ? `The caller did not want to give the driver’s ${what}` : `The driver’s ${what} could not be taken down`}. We cannot reserve without it: say so kindly, and offer to reserve online instead.`,
  );
}

/** US numbers: ten digits, a leading country code 1 dropped. */
export const tenDigits = (said: string) => said.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
const US_NUMBER = (text: string) => {
  const digits = tenDigits(text);
  return digits.length === 10 ? undefined : `Phone numbers have ten digits, but I heard ${digits.length}.`;
};

export function reserveCarTool(desk: RentalDesk) {
  return llm.tool({
    description:
      'Reserve the car quoted by check_availability under the main driver’s full name, with a mobile number for the confirmation text.',
    parameters: z.object({
      driver_name: z.string().optional().describe('The main driver’s first and last name, as on their licence.'),
      phone: z
        .string()
        .optional()
        .describe('A ten-digit mobile number, for example "415 555 0142". The tool asks if it is missing.'),
    }),
    execute: async ({ driver_name, phone }, { ctx }: llm.ToolOptions<RentalUserData>) => {
      const u = ctx.userData;
      if (!u.carClass || !u.pickUpDate || !u.returnDate || !u.pickUpTime)
        throw new llm.ToolError(
          'Nothing is quoted yet. Ask for the pick-up and return days and the car class, and call check_availability.',
        );
      const mine = u.bookingRef ? desk.find(u.bookingRef) : undefined;
      if (mine && mine.carClass === u.carClass && mine.pickUpDate === u.pickUpDate && mine.returnDate === u.returnDate)
        throw new llm.ToolError(
          `This car is already reserved as ${mine.reference}. Ask whether they want any extras, such as a child seat.`,
        );
      const name = required(
        await getName({ requireLastName: true }).runWith(driver_name?.trim() ? driver_name : u.callerName),
        'full name',
      ).value.full;
      const digits = tenDigits(
        required(await getPhoneNumber({ validate: US_NUMBER }).runWith(phone), 'phone number').text,
      );
      if (desk.carsFree(u.carClass, u.pickUpDate, u.returnDate) < 1) {
        throw new llm.ToolError(
          `The last ${CLASS_INFO[u.carClass].label} for those days has just gone. Apologise and check another class.`,
        );
      }
      const booking = desk.reserve({
        driverName: name,
        phone: digits,
        carClass: u.carClass,
        pickUpDate: u.pickUpDate,
        returnDate: u.returnDate,
        pickUpTime: u.pickUpTime,
      });
      desk.text(booking.reference, digits, `Your ${booking.carClass} is reserved: ${booking.reference}.`);
      Object.assign(u, { bookingRef: booking.reference, callerName: name, phone: digits });
      return `Reserved ${booking.reference}: ${aClass(booking.carClass)} for ${name}, picked up ${spokenDay(booking.pickUpDate)} in the ${booking.pickUpTime} and returned ${spokenDay(booking.returnDate)}, ${money(desk.priceCents(booking.carClass, booking.pickUpDate, booking.returnDate))} before extras. The details are texted to ${speakDigits(digits)}.`;
    },
  });
}
