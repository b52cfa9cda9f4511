// Existing bookings, by reference ("RT-4821"): change the dates or class, cancel, add extras, and
// answer deposit and damage questions. The first tool call checks the driver's surname against the
// booking; after that the booking is the caller's for the rest of the call.
import { llm } from '@livekit/agents';
import { nameKey, money, parseReference, joinWords } from 'switchboard/spoken';
import { z } from 'zod';
import { dateOf, rentalDays, spokenDay, type RentalDesk } from '../api/rental_desk.js';
import {
  CLASS_INFO,
  EXTRAS,
  EXTRA_INFO,
  FREE_CANCEL_HOURS,
  LATE_CANCEL_FEE_CENTS,
  MAX_RENTAL_DAYS,
  PICKUP_HOURS,
  aClass,
  dayKey,
  type Booking,
} from '../api/rental_data.js';
import type { RentalUserData } from '../userdata.js';
import { carClassParam, checkDates, pickUpTimeParam } from './reservations.js';
import { parseReturn } from './when.js';

export const referenceParam = z
  .string()
  .optional()
  .describe(
    'The booking reference as the caller said it, like "RT-4821" or "R T four eight two one". Leave out once the booking was found in this call.',
  );

export const lastNameParam = z
  .string()
  .optional()
  .describe('The surname of the driver on the booking, to check it is theirs.');

const lastWord = (name: string) => nameKey(name.split(/\s+/).at(-1) ?? '').key;

/** The caller's booking: the one already checked in this call, or the reference they give with a matching surname. */
export function lookUp(desk: RentalDesk, u: RentalUserData, reference?: string, lastName?: string): Booking {
  const said = reference?.trim();
  const ref = said ? parseReference(said, 'RT-####') : u.bookingRef;
  if (said && !ref)
    throw new llm.ToolError(
      `"${said}" is not a booking reference. References are R T and four digits, like RT-4821, on the confirmation text. Ask for it again.`,
    );
  if (!ref)
    throw new llm.ToolError(
      'Ask for the booking reference: R T and four digits, like RT-4821, on the confirmation text.',
    );
  const booking = desk.find(ref);
  if (!booking)
    throw new llm.ToolError(
      `There is no booking ${ref}. Read the reference back digit by digit and ask the caller to check it.`,
    );
  if (ref !== u.bookingRef) {
    if (!lastName?.trim())
      throw new llm.ToolError(`Ask for the surname of the driver on booking ${ref}, to check it is theirs.`);
    if (lastWord(lastName) !== lastWord(booking.driverName))
      throw new llm.ToolError(
        `The surname ${lastName.trim()} does not match booking ${ref}. Ask the caller to check the reference and the driver's surname; never say whose name is on it.`,
      );
    u.bookingRef = ref;
  }
  return booking;
}

function mustBeReserved(b: Booking, what: string): void {
  if (b.status === 'cancelled')
    throw new llm.ToolError(`Booking ${b.reference} was cancelled, so we cannot ${what}. Offer a new reservation.`);
  if (b.status === 'returned')
    throw new llm.ToolError(`The rental ${b.reference} has ended and the car was returned, so we cannot ${what}.`);
}

const plural = (n: number, word: string) =>
  `${n === 1 ? 'one' : n === 2 ? 'two' : n === 3 ? 'three' : n} ${word}${n === 1 ? '' : 's'}`;

export function changeBookingTool(desk: RentalDesk) {
  return llm.tool({
    description:
      'Change a reservation: new pick-up or return day, pick-up time, or car class. A car already on rent can only have its return day moved (an extension).',
    parameters: z.object({
      reference: referenceParam,
      last_name: lastNameParam,
      new_pick_up_date: z
        .string()
        .optional()
        .describe('The new pick-up day, for example "next Monday" or "2025-03-17".'),
      new_return_date: z.string().optional().describe('The new return day, or a new length such as "for 5 days".'),
      new_pick_up_time: pickUpTimeParam.optional(),
      new_car_class: carClassParam.optional(),
    }),
    execute: async (args, { ctx }: llm.ToolOptions<RentalUserData>) => {
      const b = lookUp(desk, ctx.userData, args.reference, args.last_name);
      mustBeReserved(b, 'change it');
      const { new_pick_up_date, new_return_date, new_pick_up_time, new_car_class } = args;
      if (!new_pick_up_date && !new_return_date && !new_pick_up_time && !new_car_class)
        throw new llm.ToolError(
          `Booking ${b.reference} is found. Ask what they want to change: the days, the pick-up time or the car class.`,
        );
      if (b.status === 'on_rent' && (new_pick_up_date || new_pick_up_time || new_car_class))
        throw new llm.ToolError(
          `The car on ${b.reference} is already on the road: only the return day can change. To swap the car, they need the counter at the branch.`,
        );
      const time = new_pick_up_time ?? b.pickUpTime;
      let pickUp = b.pickUpDate;
      let ret = b.returnDate;
      if (b.status === 'on_rent') {
        const said = new_return_date!;
        const wanted = parseReturn(said, b.pickUpDate, desk.now());
        if (!wanted)
          throw new llm.ToolError(
            `I could not read "${said}" as a return day. Ask which day they will bring the car back.`,
          );
        if (wanted <= dayKey(desk.now()))
          throw new llm.ToolError(
            'The new return day must be after today. Ask which day they will bring the car back.',
          );
        if (rentalDays(b.pickUpDate, wanted) > MAX_RENTAL_DAYS)
          throw new llm.ToolError(
            `Rentals last at most ${MAX_RENTAL_DAYS} days from pick-up on ${spokenDay(b.pickUpDate)}. Offer a person for a longer hire.`,
          );
        ret = wanted;
      } else {
        const wanted = checkDates(desk, new_pick_up_date ?? b.pickUpDate, new_return_date ?? b.returnDate, time);
        pickUp = wanted.pickUp;
        ret = wanted.ret;
      }
      const carClass = new_car_class ?? b.carClass;
      if (desk.carsFree(carClass, pickUp, ret, b.reference) < 1)
        throw new llm.ToolError(
          `No ${CLASS_INFO[carClass].label} is free from ${spokenDay(pickUp)} to ${spokenDay(ret)}. Offer other days or another class.`,
        );
      const before = desk.priceCents(b.carClass, b.pickUpDate, b.returnDate, b.extras);
      Object.assign(b, {
        pickUpDate: pickUp,
        returnDate: ret,
        pickUpTime: time,
        carClass,
        depositCents: CLASS_INFO[carClass].depositCents,
      });
      const after = desk.priceCents(carClass, pickUp, ret, b.extras);
      const diff = after - before;
      return `Changed ${b.reference}: ${aClass(carClass)} from ${spokenDay(pickUp)} in the ${time} to ${spokenDay(ret)}, ${rentalDays(pickUp, ret)} days, now ${money(after)}${diff === 0 ? ', the same as before' : diff > 0 ? `, ${money(diff)} more` : `, ${money(-diff)} less`}.`;
    },
  });
}

export function cancelBookingTool(desk: RentalDesk) {
  return llm.tool({
    description: `Cancel a reservation that has not been picked up. Free until ${FREE_CANCEL_HOURS} hours before pick-up; later there is a late fee the caller must agree to.`,
    parameters: z.object({
      reference: referenceParam,
      last_name: lastNameParam,
      reason: z.string().optional().describe('Why they are cancelling, in their words, if they said.'),
      accept_late_fee: z
        .boolean()
        .optional()
        .describe('True only after the caller agreed to pay the late cancellation fee.'),
    }),
    execute: async ({ reference, last_name, accept_late_fee }, { ctx }: llm.ToolOptions<RentalUserData>) => {
      const b = lookUp(desk, ctx.userData, reference, last_name);
      if (b.status === 'cancelled')
        throw new llm.ToolError(`Booking ${b.reference} is already cancelled. Nothing more is needed.`);
      if (b.status !== 'reserved')
        throw new llm.ToolError(
          `The car on ${b.reference} has already been picked up, so it cannot be cancelled. Offer to change the return day instead.`,
        );
      const pickUpAt = dateOf(b.pickUpDate);
      pickUpAt.setHours(PICKUP_HOURS[b.pickUpTime]);
      const hoursLeft = (pickUpAt.getTime() - desk.now().getTime()) / 3_600_000;
      const late = hoursLeft < FREE_CANCEL_HOURS;
      if (late && !accept_late_fee)
        throw new llm.ToolError(
          `Pick-up is less than ${FREE_CANCEL_HOURS} hours away, so cancelling ${b.reference} costs a ${money(LATE_CANCEL_FEE_CENTS, { dropZeroCents: true })} late fee. Tell the caller and ask whether they still want to cancel; if they agree, call cancel_booking again with accept_late_fee true.`,
        );
      b.status = 'cancelled';
      return `Cancelled ${b.reference}. ${late ? `The ${money(LATE_CANCEL_FEE_CENTS, { dropZeroCents: true })} late fee goes on the card.` : 'There is no charge.'} A cancellation text goes to the number on the booking.`;
    },
  });
}

export function addExtraTool(desk: RentalDesk) {
  return llm.tool({
    description:
      'Add extras to a reservation: child seats, a GPS unit, an additional driver, a toll pass, or snow chains (SUVs and minivans only). Priced per day.',
    parameters: z.object({
      extra: z
        .enum(EXTRAS)
        .describe(
          'child_seat (car seat, booster, baby seat), gps (sat nav), additional_driver (second driver), toll_pass, or snow_chains.',
        ),
      count: z.number().int().min(1).max(5).default(1).describe('How many, for example 2 child seats. Default 1.'),
      reference: referenceParam,
      last_name: lastNameParam,
    }),
    execute: async ({ extra, count, reference, last_name }, { ctx }: llm.ToolOptions<RentalUserData>) => {
      const b = lookUp(desk, ctx.userData, reference, last_name);
      mustBeReserved(b, 'add extras');
      const info = EXTRA_INFO[extra];
      if (b.status === 'on_rent')
        throw new llm.ToolError(
          `The car on ${b.reference} is already on the road. A ${info.label} can be collected at the branch counter.`,
        );
      if (info.onlyFor && !info.onlyFor.includes(b.carClass))
        throw new llm.ToolError(
          `Snow chains fit only ${joinWords(info.onlyFor.map((c) => CLASS_INFO[c].label))} cars, and ${b.reference} is ${aClass(b.carClass)}. Offer to change the class.`,
        );
      const has = b.extras[extra] ?? 0;
      if (has + count > info.max)
        throw new llm.ToolError(
          `A car takes at most ${plural(info.max, info.label)}, and ${b.reference} already has ${has}. Tell the caller how many more fit.`,
        );
      b.extras[extra] = has + count;
      const days = rentalDays(b.pickUpDate, b.returnDate);
      const cost = info.dailyRateCents * count * days;
      return `Added ${plural(count, info.label)} to ${b.reference}, at ${money(info.dailyRateCents, { dropZeroCents: true })} a day each: ${money(cost)} for the ${days} days. The rental is now ${money(desk.priceCents(b.carClass, b.pickUpDate, b.returnDate, b.extras))}.`;
    },
  });
}

export function depositAndDamageTool(desk: RentalDesk) {
  return llm.tool({
    description:
      'Say what happened to the security deposit on a booking, and any damage claim on it: amount, status, what it is for.',
    parameters: z.object({
      reference: referenceParam,
      last_name: lastNameParam,
    }),
    execute: async ({ reference, last_name }, { ctx }: llm.ToolOptions<RentalUserData>) => {
      const b = lookUp(desk, ctx.userData, reference, last_name);
      const amount = money(b.depositCents, { dropZeroCents: true });
      const damage = b.damage
        ? ` Damage claim ${b.damage.id} is for ${b.damage.description}, ${money(b.damage.amountCents, { dropZeroCents: true })}, and is ${b.damage.status.replace('_', ' ')}${b.damage.status === 'under_review' ? ': the photos from the return are being checked, and a decision comes by email within ten working days. If they disagree, a person can take their side of it' : ''}.`
        : ' There is no damage claim on it.';
      switch (b.deposit) {
        case 'not_taken':
          return `No deposit is taken yet on ${b.reference}: ${amount} will be held on the card at pick-up and released when the car comes back undamaged.${b.status === 'cancelled' ? ' The booking is cancelled, so none will be taken.' : ''}`;
        case 'held':
          return `The ${amount} deposit on ${b.reference} is held on the card while the car is out, and released within five working days of the return.${damage}`;
        case 'released':
          return `The ${amount} deposit on ${b.reference} was released in full on ${spokenDay(b.depositReleasedOn!)}. Banks can take up to five working days to show it.${damage}`;
        case 'partly_withheld':
          return `Of the ${amount} deposit on ${b.reference}, ${money(Math.max(0, b.depositCents - (b.damage?.amountCents ?? 0)), { dropZeroCents: true })} was released and the rest is held.${damage}`;
      }
    },
  });
}
