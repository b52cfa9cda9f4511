import { llm } from '@livekit/agents';
import { z } from 'zod';
import { FUELS, type EnergyApi } from '../api/energy.js';
import type { RiversideUserData } from '../userdata.js';
import {
  dayKey,
  daysFromToday,
  groupedPhone,
  readAccountId,
  readDay,
  readDistrict,
  readMeterDigits,
  readPostcode,
  readUkPhone,
  spokenDay,
} from './spoken.js';

/** A reading more than this many units above the last one is checked with the caller first. */
export const IMPLAUSIBLE_JUMP = 5_000;
/** Readings can be given for a day up to this many days ago. */
export const READING_BACKDATE_DAYS = 7;

const UNITS = { electricity: 'kilowatt hours', gas: 'units' } as const;

const time = (at: Date) => at.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });

function spokenWhen(at: Date, now: Date): string {
  const days = daysFromToday(dayKey(at), now);
  const day = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `on ${spokenDay(dayKey(at))}`;
  return `${day} at ${time(at)}`;
}

export function submitMeterReadingTool(api: EnergyApi) {
  return llm.tool({
    description:
      'Submit a meter reading for an electricity or gas meter on an account, so the next bill uses the real reading instead of an estimate.',
    parameters: z.object({
      account_id: z.string().describe('The account number: RE- followed by six digits, like RE-123456.'),
      fuel: z.enum(FUELS).describe('Which meter: electricity (power, electric) or gas.'),
      reading: z
        .string()
        .describe('The numbers on the meter, read left to right, ignoring any red digits or decimals, like "04512".'),
      reading_date: z
        .string()
        .optional()
        .describe('The day the meter was read, if not today, for example "yesterday" or "2026-12-01".'),
      confirmed: z
        .boolean()
        .optional()
        .describe('True only when the caller re-checked a reading the tool said was unusually high.'),
    }),
    execute: async (
      { account_id, fuel, reading, reading_date, confirmed },
      { ctx }: llm.ToolOptions<RiversideUserData>,
    ) => {
      const id = readAccountId(account_id);
      const account = id ? api.account(id) : undefined;
      if (!account) {
        throw new llm.ToolError(
          `There is no account ${id ?? `"${account_id}"`}. Ask the caller to read the account number from their bill: RE- and six digits.`,
        );
      }
      ctx.userData.accountId = account.id;
      if (!account.fuels.includes(fuel)) {
        throw new llm.ToolError(
          `Account ${account.id} has only ${account.fuels.join(' and ')} with us, no ${fuel} meter. Ask which meter the caller is reading.`,
        );
      }
      const digits = readMeterDigits(reading);
      if (!digits || digits.length < 4 || digits.length > 6) {
        throw new llm.ToolError(
          `"${reading}" is not a meter reading. Meters show four to six black or white digits; ask the caller to read them left to right, leaving out any red digits.`,
        );
      }
      const now = api.now();
      const day = reading_date?.trim() ? readDay(reading_date, now) : dayKey(now);
      if (!day) {
        throw new llm.ToolError(`I could not read "${reading_date}" as a day. Ask which day the meter was read.`);
      }
      const ago = -daysFromToday(day, now);
      if (ago < 0) throw new llm.ToolError('A reading cannot be for a day in the future. Ask when the meter was read.');
      if (ago > READING_BACKDATE_DAYS) {
        throw new llm.ToolError(
          `We take readings up to ${READING_BACKDATE_DAYS} days old. Ask the caller to read the meter again today.`,
        );
      }
      const value = Number(digits);
      const last = account.lastReadings[fuel];
      if (last && value < last.value) {
        throw new llm.ToolError(
          `${digits} is lower than the last ${fuel} reading, ${last.value} on ${spokenDay(last.date)}. Ask the caller to read the meter again, left to right, leaving out red digits.`,
        );
      }
      if (last && value - last.value > IMPLAUSIBLE_JUMP && !confirmed) {
        throw new llm.ToolError(
          `${digits} is ${value - last.value} ${UNITS[fuel]} above the last reading, which is unusually high. Ask the caller to check it; if they are sure, call again with confirmed true.`,
        );
      }
      api.saveReading(account.id, fuel, value, day);
      const used = last ? ` That is ${value - last.value} ${UNITS[fuel]} since ${spokenDay(last.date)}.` : '';
      return `Thanks: the ${fuel} reading ${digits} for ${spokenDay(day)} is saved on account ${account.id}, and the next bill will use it.${used}`;
    },
  });
}

export function checkOutageTool(api: EnergyApi) {
  return llm.tool({
    description: 'Check whether there is a known power cut or gas supply problem in an area, by postcode.',
    parameters: z.object({
      postcode: z.string().describe('The full postcode, like RV1 4AB, or just its first part, like RV1.'),
    }),
    execute: async ({ postcode }, { ctx }: llm.ToolOptions<RiversideUserData>) => {
      const district = readDistrict(postcode);
      if (!district) {
        throw new llm.ToolError(
          `"${postcode}" is not a postcode. Ask for the postcode, like RV1 4AB, letter by letter if needed.`,
        );
      }
      const full = readPostcode(postcode);
      if (full) ctx.userData.postcode = full;
      const outage = api.outageIn(district);
      if (!outage) {
        return `There is no known power cut or gas problem in ${district} right now. If the caller has no supply, offer to report it.`;
      }
      const when = spokenWhen(outage.expectedFix, api.now());
      return outage.planned
        ? `Yes, in ${district} ${outage.summary}. The ${outage.fuel} should be back ${when}.`
        : `Yes, there is a known ${outage.fuel} fault in ${district}: ${outage.summary}. Engineers expect to restore supply ${when}.`;
    },
  });
}

export const FAULTS = ['power_cut', 'no_gas', 'gas_smell'] as const;

export function reportSupplyFaultTool(api: EnergyApi) {
  return llm.tool({
    description:
      'Report a problem with the supply at an address: a power cut, no gas, or a smell of gas (an emergency). Sends an engineer.',
    parameters: z.object({
      fault: z
        .enum(FAULTS)
        .describe(
          'power_cut (no electricity, lights out, power off), no_gas (boiler or cooker gets no gas), gas_smell (smells gas, gas leak).',
        ),
      postcode: z.string().describe('The postcode of the property, like RV1 4AB.'),
      address: z.string().describe('The house number and street of the property, like "14 Willow Lane".'),
      phone: z.string().describe('A UK phone number the engineer can call, ideally a mobile, like 07700 900123.'),
      details: z.string().optional().describe('Anything else the caller said: since when, neighbours affected.'),
    }),
    execute: async ({ fault, postcode, address, phone, details }, { ctx }: llm.ToolOptions<RiversideUserData>) => {
      const full = readPostcode(postcode);
      if (!full) {
        throw new llm.ToolError(
          `"${postcode}" is not a full postcode. Ask for the whole postcode of the property, like RV1 4AB.`,
        );
      }
      if (!/\d/.test(address) && address.trim().split(/\s+/).length < 2) {
        throw new llm.ToolError('Ask for the house number or name and the street of the property.');
      }
      const number = readUkPhone(phone);
      if (!number) {
        throw new llm.ToolError(
          `"${phone}" is not a UK phone number. Ask for a number with eleven digits starting with 0, like 07700 900123.`,
        );
      }
      ctx.userData.postcode = full;
      const district = full.split(' ')[0]!;
      const now = api.now();
      const outage = api.outageIn(district);
      const job = api.openJob({ fault, postcode: full, address: address.trim(), phone: number, details });
      ctx.userData.faultJobId = job.id;
      if (fault === 'gas_smell') {
        return `Emergency job ${job.id} is open for ${address.trim()}, ${full}: a gas engineer is on the way and will be there within one hour, and will call ${groupedPhone(number)}. Tell the caller now: open doors and windows, do not use light switches, flames or anything electrical, turn the gas off at the meter if it is safe, and wait outside. Offer to put them through to the gas emergency line.`;
      }
      const wanted = fault === 'power_cut' ? 'electricity' : 'gas';
      if (outage && outage.fuel === wanted) {
        return `This is part of the known fault in ${district}: ${outage.summary}. Supply should be back ${spokenWhen(outage.expectedFix, now)}. Report ${job.id} is logged, and we will text ${groupedPhone(number)} when it is fixed.`;
      }
      const visit = new Date(now.getTime() + 4 * 60 * 60 * 1000);
      return `Fault report ${job.id} is open for ${address.trim()}, ${full}. An engineer will be there by ${spokenWhen(visit, now)} and will call ${groupedPhone(number)} first.`;
    },
  });
}
