// Roadside help for a car on rent: a breakdown, a flat tyre, an accident. Urgent: it needs only the
// booking reference (or the driver's surname), where the car is, and a number to call back.
import { llm } from '@livekit/agents';
import { speakDigits } from 'switchboard';
import { parsePhoneNumber, parseReference } from 'switchboard/spoken';
import { z } from 'zod';
import type { RentalDesk } from '../api/rental_desk.js';
import type { Booking } from '../api/rental_data.js';
import type { RentalUserData } from '../userdata.js';

export const PROBLEMS = [
  'flat_tyre',
  'battery',
  'wont_start',
  'accident',
  'locked_out',
  'out_of_fuel',
  'warning_light',
  'other',
] as const;

const ETA_MINUTES: Record<(typeof PROBLEMS)[number], number> = {
  flat_tyre: 45,
  battery: 40,
  wont_start: 60,
  accident: 30,
  locked_out: 50,
  out_of_fuel: 40,
  warning_light: 60,
  other: 60,
};

function rentalFor(desk: RentalDesk, u: RentalUserData, reference?: string, lastName?: string): Booking {
  const ref = reference?.trim() ? parseReference(reference, 'RT-####') : u.bookingRef;
  if (ref) {
    const b = desk.find(ref);
    if (!b)
      throw new llm.ToolError(`There is no booking ${ref}. Ask for the reference again, or the driver's surname.`);
    return b;
  }
  if (!lastName?.trim())
    throw new llm.ToolError(
      'Ask for the booking reference (RT and four digits, on the key tag) or the driver’s surname.',
    );
  const found = desk.onRentFor(lastName);
  if (found.length === 0)
    throw new llm.ToolError(
      `No car is on rent to a driver called ${lastName.trim()}. Ask for the booking reference on the key tag.`,
    );
  if (found.length > 1)
    throw new llm.ToolError(
      'Several cars are on rent under that surname. Ask for the booking reference on the key tag.',
    );
  return found[0]!;
}

export function sendRoadsideHelpTool(desk: RentalDesk) {
  return llm.tool({
    description:
      'Send roadside assistance (tow truck or mechanic) to a rented car that broke down, has a flat, was in an accident, or is locked or out of fuel.',
    parameters: z.object({
      problem: z
        .enum(PROBLEMS)
        .describe(
          'flat_tyre (puncture), battery (dead battery), wont_start (breakdown, engine died), accident (crash, collision), locked_out (keys locked in), out_of_fuel, warning_light (dashboard light), or other.',
        ),
      location: z
        .string()
        .describe(
          'Where the car is, in the caller’s words: road, exit or mile marker, town, landmark, for example "I-5 north near exit 42".',
        ),
      reference: z.string().optional().describe('The booking reference on the key tag, like "RT-5307".'),
      last_name: z.string().optional().describe('The driver’s surname, when they do not have the reference.'),
      callback_phone: z
        .string()
        .optional()
        .describe('A number to reach them on at the car; default the mobile on the booking.'),
      details: z.string().optional().describe('Anything else they said: injuries, passengers, which tyre, smoke.'),
    }),
    execute: async (args, { ctx }: llm.ToolOptions<RentalUserData>) => {
      const u = ctx.userData;
      const b = rentalFor(desk, u, args.reference, args.last_name);
      if (b.status === 'reserved')
        throw new llm.ToolError(
          `Booking ${b.reference} has not been picked up yet, so there is no car out to help. Ask for the reference of the car they are driving.`,
        );
      if (b.status !== 'on_rent')
        throw new llm.ToolError(
          `Booking ${b.reference} is not on rent now. Ask for the reference of the car they are driving.`,
        );
      if (args.location.trim().length < 4)
        throw new llm.ToolError(
          'The truck needs to find the car. Ask where they are: the road, a nearby exit or landmark, the town.',
        );
      let phone = b.phone;
      if (args.callback_phone?.trim()) {
        const parsed = parsePhoneNumber(args.callback_phone);
        if (!parsed.ok) throw new llm.ToolError(parsed.problem);
        phone = parsed.e164;
      }
      if (u.roadsideCase)
        throw new llm.ToolError(
          `Help is already on its way under case ${u.roadsideCase}. Reassure the caller; a person can update the case.`,
        );
      const eta = ETA_MINUTES[args.problem];
      const help = desk.openRoadsideCase(
        {
          reference: b.reference,
          problem: args.problem,
          location: args.location.trim(),
          details: args.details,
          callbackPhone: phone,
        },
        eta,
      );
      u.roadsideCase = help.id;
      const safety =
        args.problem === 'accident'
          ? 'If anyone is hurt, call 911 first. Move to safety away from traffic, take photos, and do not admit fault. '
          : 'Stay with the car somewhere safe, hazard lights on. ';
      return `${safety}Help is on the way to ${help.location}, case ${help.id}, in about ${eta} minutes. The driver will call ${speakDigits(phone.replace(/^\+1/, ''))} when close.`;
    },
  });
}
