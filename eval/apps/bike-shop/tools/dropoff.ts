import { llm } from '@livekit/agents';
import { getName, getPhoneNumber, speakDigits, type CaptureResult, type CaptureSuccess } from 'switchboard';
import { z } from 'zod';
import { dayKey, spokenSlot, startOfDay, slotDate, type Shop } from '../api/shop.js';
import { BIKE_LABEL, BOOKING_WINDOW_DAYS, EBIKE_DAYS, MAX_BIKES_PER_BOOKING, SERVICE_MENU } from '../api/shop_data.js';
import { BIKE_TYPES, PARTS_OF_DAY, SERVICES, SERVICE_WORDS, type BikeShopUserData } from '../userdata.js';
import { matchOffered, parseDay } from './when.js';
import { article, money } from 'switchboard/spoken';

/** US numbers: ten digits, a leading country code 1 dropped. */
export function tenDigits(said: string): string {
  return said.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
}

const US_NUMBER = (text: string) => {
  const digits = tenDigits(text);
  return digits.length === 10 ? undefined : `Phone numbers have ten digits, but I heard ${digits.length}.`;
};

/** A detail the booking cannot do without: the value, or a ToolError saying what to do instead. */
function required<T>(result: CaptureResult<T>, what: string): CaptureSuccess<T> {
  if (result.ok) return result;
  throw new llm.ToolError(
    `${result.reason === 'declined' ? `The caller did not want to give their ${what}` : `The caller’s ${what} could not be taken down`}. We cannot book a drop-off without it: say so kindly, and mention that flat repairs can simply be brought in during opening hours.`,
  );
}

const ebikeOnly = (u: BikeShopUserData) => u.service === 'ebike_service';

export function findDropoffSlotsTool(shop: Shop) {
  return llm.tool({
    description:
      'Find up to three free times to drop the bike off at the shop, on a given day or as soon as possible, optionally in the morning, afternoon or evening only.',
    parameters: z.object({
      day: z
        .string()
        .optional()
        .describe(
          'The day the caller wants, for example "2025-03-11", "tomorrow" or "Saturday". Leave out for the earliest.',
        ),
      part_of_day: z
        .enum(PARTS_OF_DAY)
        .optional()
        .describe(
          'Only if the caller said it: morning (before noon), afternoon (noon to 4 PM) or evening (after 4 PM).',
        ),
      service: z
        .enum(SERVICES)
        .optional()
        .describe(`The work the bike needs, if the caller just said it: ${SERVICE_WORDS}.`),
    }),
    execute: async ({ day, part_of_day, service }, { ctx }: llm.ToolOptions<BikeShopUserData>) => {
      const u = ctx.userData;
      if (service) u.service = service;
      const now = shop.now();
      let from = now;
      if (day) {
        const wanted = parseDay(day, now);
        if (!wanted)
          throw new llm.ToolError(
            `I could not read "${day}" as a day. Ask which day suits, for example "this Saturday".`,
          );
        if (dayKey(wanted) < dayKey(now))
          throw new llm.ToolError('That day has passed. Ask for a day from today onwards.');
        const lastDay = startOfDay(now);
        lastDay.setDate(lastDay.getDate() + BOOKING_WINDOW_DAYS);
        if (wanted > lastDay) {
          throw new llm.ToolError(`We book drop-offs up to ${BOOKING_WINDOW_DAYS} days ahead. Ask for an earlier day.`);
        }
        if (!shop.isOpen(wanted)) {
          throw new llm.ToolError('The shop is closed on Mondays. Offer Tuesday, or the Sunday before.');
        }
        if (ebikeOnly(u) && !EBIKE_DAYS.includes(wanted.getDay())) {
          throw new llm.ToolError(
            'E-bike work can only be dropped off Tuesday to Friday, when our e-bike technician is in. Ask which weekday suits.',
          );
        }
        from = wanted;
      }
      const slots = shop.freeSlots(from, {
        sameDayOnly: Boolean(day),
        partOfDay: part_of_day,
        onDays: ebikeOnly(u) ? EBIKE_DAYS : undefined,
      });
      if (slots.length === 0) {
        const which = part_of_day ? `${part_of_day} drop-off times` : 'drop-off times';
        throw new llm.ToolError(`There are no free ${which} that day. Offer to look at the next day.`);
      }
      u.offeredSlots = slots;
      return `Free drop-off times: ${slots.map(spokenSlot).join('; ')}. Which one suits you?`;
    },
  });
}

export function bookDropoffTool(shop: Shop) {
  return llm.tool({
    description:
      'Book the drop-off time the caller picked from the ones just offered, for a repair or service, under their full name and phone number. Opens a repair ticket.',
    parameters: z.object({
      time: z
        .string()
        .describe('The offered time the caller chose, for example "2025-03-11T14:00" or "Saturday at 2 PM".'),
      customer_name: z
        .string()
        .optional()
        .describe('The caller’s first and last name. The tool asks if it is missing.'),
      phone: z
        .string()
        .optional()
        .describe(
          'A ten-digit phone number for the "your bike is ready" text, for example "503 555 0123". The tool asks if it is missing.',
        ),
      service: z.enum(SERVICES).optional().describe(`The work the bike needs, if not already known: ${SERVICE_WORDS}.`),
      bike_type: z
        .enum(BIKE_TYPES)
        .optional()
        .describe('The kind of bike, if not already known: road, mountain, hybrid, ebike (electric), kids or cargo.'),
      bike_count: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe('How many bikes the caller is bringing for this work, if more than one.'),
      problem: z
        .string()
        .max(300)
        .optional()
        .describe('What is wrong with the bike or what the caller wants done, in their words, for the mechanic.'),
    }),
    execute: async (
      { time, customer_name, phone, service, bike_type, bike_count, problem },
      { ctx }: llm.ToolOptions<BikeShopUserData>,
    ) => {
      const u = ctx.userData;
      if (u.bookedTicket)
        throw new llm.ToolError(
          `Drop-off ${u.bookedTicket} is already booked in this call. Repeat its time, or ask if there is anything else.`,
        );
      if (u.offeredSlots.length === 0)
        throw new llm.ToolError('No drop-off times have been offered yet. Call find_dropoff_slots first.');
      const slot = matchOffered(time, u.offeredSlots);
      if (!slot) {
        throw new llm.ToolError(
          `"${time}" is not one of the times offered (${u.offeredSlots.map(spokenSlot).join('; ')}). Ask which of those the caller wants.`,
        );
      }
      const work = service ?? u.service;
      if (!work) throw new llm.ToolError(`I do not know what work the bike needs. Ask: ${SERVICE_WORDS}?`);
      const kind = bike_type ?? u.bikeType;
      if (!kind)
        throw new llm.ToolError(
          'I do not know what kind of bike it is. Ask: road, mountain, hybrid, e-bike, kids or cargo?',
        );
      if (work === 'ebike_service' && kind !== 'ebike')
        throw new llm.ToolError(
          'The e-bike service is only for electric bikes. Ask whether a tune-up is what they need instead.',
        );
      if (work === 'ebike_service' && !EBIKE_DAYS.includes(slotDate(slot).getDay()))
        throw new llm.ToolError(
          'E-bike work can only be dropped off Tuesday to Friday. Find a weekday time with find_dropoff_slots.',
        );
      const count = bike_count ?? 1;
      if (count > MAX_BIKES_PER_BOOKING)
        throw new llm.ToolError(
          `One drop-off takes at most ${MAX_BIKES_PER_BOOKING} bikes. For ${count} bikes a mechanic plans the job with the caller: offer to put them through to a mechanic.`,
        );
      if (!shop.isFree(slot))
        throw new llm.ToolError(`${spokenSlot(slot)} has just been taken. Apologise and offer the other times.`);

      const name = required(
        await getName({ requireLastName: true }).runWith(customer_name?.trim() ? customer_name : u.callerName),
        'full name',
      ).value.full;
      const digits = tenDigits(
        required(await getPhoneNumber({ validate: US_NUMBER }).runWith(phone ?? u.phone), 'phone number').text,
      );
      if (!shop.isFree(slot))
        throw new llm.ToolError(`${spokenSlot(slot)} has just been taken. Apologise and find another time.`);
      const note = problem?.trim() || u.problem;
      const bikes = count === 1 ? BIKE_LABEL[kind] : `${count} ${BIKE_LABEL[kind]}s`;
      const booking = shop.book(
        { slot, customerName: name, phone: digits, service: work, bikeType: kind, bikeCount: count, problem: note },
        bikes,
      );
      Object.assign(u, {
        bookedTicket: booking.ticketId,
        dropoffAt: slot,
        callerName: name,
        phone: digits,
        service: work,
        bikeType: kind,
        problem: note,
      });
      const menu = SERVICE_MENU[work];
      const ready =
        menu.days === 0 ? 'the same day' : `about ${menu.days} working day${menu.days > 1 ? 's' : ''} after drop-off`;
      return `Booked ticket ${booking.ticketId}: ${menu.label} for ${count === 1 ? article(bikes) : bikes}, drop-off ${spokenSlot(slot)}, under ${name}. It is usually ready ${ready}; the estimate is ${money(shop.price(work, kind) * count, { dropZeroCents: true })}, paid at pickup. We text ${speakDigits(digits)} when it is ready.`;
    },
  });
}
