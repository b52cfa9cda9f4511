// Refills by prescription number ("RX-104233") and the patient's date of birth: look it up, check
// the rules (refills left, not too early, not expired) and order it for pick-up or home delivery.
import { llm } from '@livekit/agents';
import { money, parseReference } from 'switchboard/spoken';
import { z } from 'zod';
import {
  DELIVERY_FEE_CENTS,
  DELIVERY_ZIPS,
  EARLY_REFILL_DAYS,
  FREE_DELIVERY_FROM_CENTS,
  PICKUP_WINDOW_DAYS,
  READY_AFTER_HOURS,
  dayKey,
  type Prescription,
} from '../api/pharmacy_data.js';
import { dateOf, daysBetween, spokenDay, type PharmacyStore } from '../api/pharmacy_store.js';
import type { PharmacyUserData } from '../userdata.js';
import { hoursOn, openAt, parseBirthDate, parseDay, parseTime, spokenTime } from './when.js';

const RX_PATTERN = 'RX-######';
const ASK_NUMBER =
  'Ask for the prescription number on the bottle label: R X and six digits, like R X one zero four two three three.';

export const rxNumberParam = z
  .string()
  .optional()
  .describe(
    'The prescription number as the caller said it, like "RX-104233" or "R X one zero four two three three". Leave out once the prescription was found in this call.',
  );

export const dateOfBirthParam = z
  .string()
  .optional()
  .describe('The patient’s date of birth as said, like "April 12 1948" or "1948-04-12".');

const firstName = (name: string) => name.split(/\s+/)[0];

/** The caller's prescription: the one already found in this call, or the number they give with a matching date of birth. */
export function lookUp(
  store: PharmacyStore,
  u: PharmacyUserData,
  rxNumber?: string,
  dateOfBirth?: string,
): Prescription {
  const said = rxNumber?.trim();
  const number = said ? parseReference(said, RX_PATTERN) : u.rxNumber;
  if (said && !number) throw new llm.ToolError(`"${said}" is not a prescription number. ${ASK_NUMBER}`);
  if (!number) throw new llm.ToolError(ASK_NUMBER);
  const rx = store.prescription(number);
  if (!rx)
    throw new llm.ToolError(
      `There is no prescription ${number}. Read the number back digit by digit and ask the caller to check the label.`,
    );
  if (number !== u.rxNumber) {
    if (!dateOfBirth?.trim())
      throw new llm.ToolError(`Ask for the patient’s date of birth, to check prescription ${number} is theirs.`);
    const dob = parseBirthDate(dateOfBirth);
    if (!dob)
      throw new llm.ToolError(
        `I could not read "${dateOfBirth}" as a date of birth. Ask for the month, the day and the year.`,
      );
    if (dob !== store.patient(rx.patientId)?.dateOfBirth)
      throw new llm.ToolError(
        `The date of birth does not match prescription ${number}. Ask the caller to check both; never say whose prescription it is.`,
      );
    Object.assign(u, { rxNumber: rx.number, patientId: rx.patientId });
  }
  return rx;
}

/** Why the prescription cannot be refilled today, or undefined when it can. */
function refillProblem(rx: Prescription, today: string): string | undefined {
  if (rx.expires < today)
    return `Prescription ${rx.number} for ${rx.medicine} expired on ${spokenDay(rx.expires)}, so it cannot be refilled. The patient needs a new prescription from ${rx.prescriber}; we can ask the office for one when the caller wants.`;
  if (rx.refillsLeft <= 0)
    return `Prescription ${rx.number} for ${rx.medicine} has no refills left. The patient needs a new prescription from ${rx.prescriber}; we can ask the office for a renewal when the caller wants.`;
  if (rx.pendingOrder)
    return `A refill of ${rx.medicine} is already being prepared under order ${rx.pendingOrder}. Tell the caller it is on its way; no new request is needed.`;
  const last = dateOf(rx.lastFilled);
  const earliest = dayKey(
    new Date(last.getFullYear(), last.getMonth(), last.getDate() + rx.daysSupply - EARLY_REFILL_DAYS),
  );
  if (earliest > today)
    return `It is too early to refill ${rx.medicine}: the last ${rx.daysSupply}-day supply was filled on ${spokenDay(rx.lastFilled)}, so insurance allows the refill from ${spokenDay(earliest)}. Offer to note that day; a pharmacist can help if they are running out early.`;
  return undefined;
}

export function findPrescriptionTool(store: PharmacyStore) {
  return llm.tool({
    description:
      'Find a prescription by its number and the patient’s date of birth, and say the medicine, refills left, copay and whether it can be refilled now.',
    parameters: z.object({ rx_number: rxNumberParam, date_of_birth: dateOfBirthParam }),
    execute: async ({ rx_number, date_of_birth }, { ctx }: llm.ToolOptions<PharmacyUserData>) => {
      const u = ctx.userData;
      const rx = lookUp(store, u, rx_number, date_of_birth);
      const patient = store.patient(rx.patientId)!;
      const about = `Found ${rx.number}: ${rx.medicine} for ${firstName(patient.name)}, from ${rx.prescriber}, a ${rx.daysSupply}-day supply last filled on ${spokenDay(rx.lastFilled)}, ${rx.refillsLeft} refill${rx.refillsLeft === 1 ? '' : 's'} left, copay ${money(rx.copayCents)}.`;
      const problem = refillProblem(rx, dayKey(store.now()));
      return problem
        ? `${about} ${problem}`
        : `${about} It can be refilled now. Ask whether they will pick it up (which day and time) or want it delivered.`;
    },
  });
}

export function checkDeliveryTool(store: PharmacyStore) {
  return llm.tool({
    description:
      'Check whether we deliver to a ZIP code and what delivery costs for the caller’s order; defaults to the patient’s ZIP on file.',
    parameters: z.object({
      zip_code: z.string().optional().describe('The five-digit ZIP code to deliver to, like "02139".'),
    }),
    execute: async ({ zip_code }, { ctx }: llm.ToolOptions<PharmacyUserData>) => {
      const u = ctx.userData;
      const zip = zipOf(zip_code, u.patientId ? store.patient(u.patientId)?.zip : undefined);
      const rx = u.rxNumber ? store.prescription(u.rxNumber) : undefined;
      return `We deliver to ${zip}, the next day between 2 and 6 PM. ${deliveryFee(rx?.copayCents)}`;
    },
  });
}

function zipOf(said: string | undefined, onFile: string | undefined): string {
  const digits = said?.replace(/\D/g, '');
  if (said?.trim() && digits?.length !== 5)
    throw new llm.ToolError(`"${said}" is not a ZIP code: ZIP codes have five digits. Ask for it again.`);
  const zip = digits || onFile;
  if (!zip) throw new llm.ToolError('Ask for the five-digit ZIP code of the delivery address.');
  if (!(DELIVERY_ZIPS as readonly string[]).includes(zip))
    throw new llm.ToolError(
      `We do not deliver to ${zip}; our driver covers ${DELIVERY_ZIPS.join(', ')}. Offer a pick-up at the store instead.`,
    );
  return zip;
}

function feeFor(orderCents: number): number {
  return orderCents >= FREE_DELIVERY_FROM_CENTS ? 0 : DELIVERY_FEE_CENTS;
}

function deliveryFee(orderCents?: number): string {
  const rule = `Delivery is ${money(DELIVERY_FEE_CENTS)}, free for orders of ${money(FREE_DELIVERY_FROM_CENTS, { dropZeroCents: true })} or more.`;
  if (orderCents === undefined) return rule;
  return feeFor(orderCents) === 0
    ? `This order is ${money(orderCents)}, so delivery is free.`
    : `This order is ${money(orderCents)}, so delivery is ${money(DELIVERY_FEE_CENTS)}. ${rule}`;
}

/** Deliveries go out the next day, never on a Sunday. */
function deliveryDay(now: Date): string {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  if (next.getDay() === 0) next.setDate(next.getDate() + 1);
  return dayKey(next);
}

function pickupSlot(store: PharmacyStore, day?: string, time?: string): { day: string; time: string } {
  const now = store.now();
  if (!day?.trim() || !time?.trim())
    throw new llm.ToolError('Ask which day and about what time they will come to pick it up.');
  const on = parseDay(day, now);
  if (!on) throw new llm.ToolError(`I could not read "${day}" as a day. Ask which day they will come.`);
  const at = parseTime(time);
  if (!at) throw new llm.ToolError(`I could not read "${time}" as a time. Ask about what time they will come.`);
  const today = dayKey(now);
  if (on < today) throw new llm.ToolError(`${spokenDay(on)} has passed. Ask which coming day suits them.`);
  if (daysBetween(today, on) > PICKUP_WINDOW_DAYS)
    throw new llm.ToolError(
      `We hold refills for pick-up up to ${PICKUP_WINDOW_DAYS} days ahead. Ask for an earlier day.`,
    );
  if (!openAt(on, at))
    throw new llm.ToolError(
      `We are closed at ${spokenTime(at)} on ${spokenDay(on)}; that day we are open ${hoursOn(on)}. Ask for a time while we are open.`,
    );
  const [h, m] = at.split(':').map(Number);
  const ready = new Date(now.getTime() + READY_AFTER_HOURS * 3_600_000);
  if (on === today && new Date(now.getFullYear(), now.getMonth(), now.getDate(), h, m) < ready)
    throw new llm.ToolError(
      `A refill takes ${READY_AFTER_HOURS} hours to prepare, so ${spokenTime(at)} today is too soon. Offer a later time today or another day.`,
    );
  return { day: on, time: at };
}

export function requestRefillTool(store: PharmacyStore) {
  return llm.tool({
    description:
      'Request a refill of the prescription, for pick-up at the store on a day and time while we are open, or for home delivery to an address in a ZIP code we serve.',
    parameters: z.object({
      rx_number: rxNumberParam,
      date_of_birth: dateOfBirthParam,
      method: z
        .enum(['pick_up', 'delivery'])
        .describe(
          'pick_up: the caller picks it up at the store (pick up, collect, come by); delivery: we bring it to their home.',
        ),
      pickup_day: z.string().optional().describe('For pick-up: the day as said, "today", "tomorrow", "Friday".'),
      pickup_time: z.string().optional().describe('For pick-up: the time as said, "3 pm", "10:30", "noon".'),
      street_address: z.string().optional().describe('For delivery: the street address, like "12 Elm Street, apt 3".'),
      zip_code: z.string().optional().describe('For delivery: the five-digit ZIP code; defaults to the one on file.'),
    }),
    execute: async (args, { ctx }: llm.ToolOptions<PharmacyUserData>) => {
      const u = ctx.userData;
      const rx = lookUp(store, u, args.rx_number, args.date_of_birth);
      const problem = refillProblem(rx, dayKey(store.now()));
      if (problem) throw new llm.ToolError(problem);
      const patient = store.patient(rx.patientId)!;
      if (args.method === 'pick_up') {
        const slot = pickupSlot(store, args.pickup_day, args.pickup_time);
        const order = store.orderRefill(rx, { method: 'pick_up', day: slot.day, time: slot.time, feeCents: 0 });
        u.refillOrder = order.id;
        return `Refill ordered, ${order.id}: ${rx.medicine} will be ready for ${firstName(patient.name)} at the pharmacy counter on ${spokenDay(slot.day)} from ${spokenTime(slot.time)}. The copay is ${money(rx.copayCents)}; ${rx.refillsLeft} refill${rx.refillsLeft === 1 ? '' : 's'} left after this one.`;
      }
      const zip = zipOf(args.zip_code, patient.zip);
      const street = args.street_address?.trim();
      if (!street || street.length < 5 || !/\d/.test(street))
        throw new llm.ToolError('Ask for the street address with the house number, for the delivery driver.');
      const fee = feeFor(rx.copayCents);
      const day = deliveryDay(store.now());
      const order = store.orderRefill(rx, { method: 'delivery', day, address: street, zip, feeCents: fee });
      u.refillOrder = order.id;
      return `Refill ordered, ${order.id}: ${rx.medicine} will be delivered to ${street}, ${zip} on ${spokenDay(day)} between 2 and 6 PM. The copay is ${money(rx.copayCents)}${fee ? ` plus ${money(fee)} delivery` : ' and delivery is free'}; someone must be home to sign.`;
    },
  });
}
