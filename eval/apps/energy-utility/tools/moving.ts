import { llm } from '@livekit/agents';
import { looksLikeEmail, normalizeEmail } from 'switchboard/spoken';
import { z } from 'zod';
import type { EnergyApi } from '../api/energy.js';
import type { RiversideUserData } from '../userdata.js';
import {
  daysFromToday,
  readAccountId,
  readDay,
  readMeterDigits,
  readPostcode,
  readUkPhone,
  spokenDay,
} from './spoken.js';

/** Moves can be registered up to this many days after they happened, and this far ahead. */
export const MOVE_PAST_DAYS = 14;
export const MOVE_AHEAD_DAYS = 60;

export function registerMoveTool(api: EnergyApi) {
  return llm.tool({
    description:
      'Register a home move on a date: move_out closes an account at the old address with the final meter reading; move_in opens supply at a new address in the caller’s name.',
    parameters: z.object({
      direction: z
        .enum(['move_in', 'move_out'])
        .describe('move_out: leaving a property supplied by us (final bill); move_in: moving into a property.'),
      move_date: z.string().describe('The day of the move, for example "2026-12-19", "next Friday" or "the 19th".'),
      postcode: z.string().describe('The postcode of the property being left or moved into, like RV1 4AB.'),
      address: z.string().optional().describe('For move_in: the house number and street of the new home.'),
      account_id: z.string().optional().describe('For move_out: the account number, RE- and six digits.'),
      final_reading: z
        .string()
        .optional()
        .describe('For move_out: the electricity meter reading on the moving day, if the caller has it.'),
      full_name: z.string().optional().describe('For move_in: the new account holder’s first and last name.'),
      contact: z
        .string()
        .optional()
        .describe(
          'For move_in: an email address or UK phone number for the new account. For move_out: where to send the final bill.',
        ),
    }),
    execute: async (args, { ctx }: llm.ToolOptions<RiversideUserData>) => {
      const { direction, move_date, postcode, address, account_id, final_reading, full_name, contact } = args;
      const u = ctx.userData;
      const now = api.now();
      const day = readDay(move_date, now);
      if (!day) {
        throw new llm.ToolError(
          `I could not read "${move_date}" as a day. Ask for the moving date, like "Friday the 19th".`,
        );
      }
      const offset = daysFromToday(day, now);
      if (offset < -MOVE_PAST_DAYS) {
        throw new llm.ToolError(
          `That move was more than ${MOVE_PAST_DAYS} days ago; a late move needs a supervisor to check the readings. Offer to put the caller through.`,
        );
      }
      if (offset > MOVE_AHEAD_DAYS) {
        throw new llm.ToolError(
          `We register moves up to ${MOVE_AHEAD_DAYS} days ahead. Ask the caller to call back nearer the date.`,
        );
      }
      const full = readPostcode(postcode);
      if (!full) throw new llm.ToolError(`"${postcode}" is not a full postcode. Ask for it, like RV1 4AB.`);
      let email: string | undefined;
      let phone: string | undefined;
      if (contact?.trim()) {
        if (/@| at /i.test(contact)) {
          email = normalizeEmail(contact);
          if (!looksLikeEmail(email)) {
            throw new llm.ToolError(
              'That email address does not look right. Ask the caller to spell it, saying "at" and "dot".',
            );
          }
        } else {
          phone = readUkPhone(contact);
          if (!phone) {
            throw new llm.ToolError(
              `"${contact}" is neither an email address nor a UK phone number (eleven digits starting with 0). Ask again.`,
            );
          }
        }
      }
      const reach = email ?? phone;

      if (direction === 'move_out') {
        const id = account_id ? readAccountId(account_id) : undefined;
        if (!id) {
          throw new llm.ToolError(
            'Ask for the account number of the home being left: RE- and six digits, like RE-123456.',
          );
        }
        const account = api.account(id);
        if (!account || account.postcode !== full) {
          throw new llm.ToolError(
            'That account number and postcode do not match an account. Ask the caller to check both; do not say which was wrong.',
          );
        }
        if (api.moves.some((m) => m.accountId === account.id && m.direction === 'move_out')) {
          throw new llm.ToolError(`A move-out is already registered for ${account.id}. Tell the caller.`);
        }
        let readingText = ' Ask the caller to take meter readings on the day and call or go online with them.';
        if (final_reading?.trim()) {
          const digits = readMeterDigits(final_reading);
          const last = account.lastReadings.electricity ?? account.lastReadings.gas;
          if (!digits)
            throw new llm.ToolError(`"${final_reading}" is not a meter reading. Ask for the digits left to right.`);
          if (offset > 0) {
            throw new llm.ToolError(
              'A final reading can only be taken on or after the moving day. Register the move without it.',
            );
          }
          if (last && Number(digits) < last.value) {
            throw new llm.ToolError(
              `${digits} is lower than the last reading on the account, ${last.value}. Ask the caller to read the meter again.`,
            );
          }
          readingText = ` The final reading ${digits} is recorded.`;
        }
        const move = api.registerMove({
          direction,
          date: day,
          postcode: full,
          address: account.address,
          accountId: account.id,
          name: account.holder,
        });
        Object.assign(u, { moveId: move.id, accountId: account.id, postcode: full });
        const bill = reach ? ` The final bill goes to ${reach}.` : ' The final bill goes to the email on file.';
        return `Move-out ${move.id} is registered: account ${account.id} at ${account.address} closes on ${spokenDay(day)}.${readingText}${bill}`;
      }

      if (!full_name || full_name.trim().split(/\s+/).length < 2) {
        throw new llm.ToolError('Ask for the new account holder’s first and last name.');
      }
      if (!address?.trim()) throw new llm.ToolError('Ask for the house number and street of the new home.');
      if (!reach) throw new llm.ToolError('Ask for an email address or mobile number for the new account.');
      const move = api.registerMove({
        direction,
        date: day,
        postcode: full,
        address: address.trim(),
        name: full_name.trim(),
      });
      Object.assign(u, { moveId: move.id, callerName: full_name.trim(), postcode: full });
      return `Welcome to Riverside Energy: move-in ${move.id} is registered for ${full_name.trim()} at ${address.trim()}, ${full}, from ${spokenDay(day)}. The new account number is ${move.accountId}; the welcome pack goes to ${reach}. Please take meter readings on the day you move in.`;
    },
  });
}
