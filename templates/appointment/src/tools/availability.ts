import { llm } from '@livekit/agents';
import { z } from 'zod';
import { BOOKING_WINDOW_DAYS, dayKey, spokenSlot, type Schedule } from '../api/schedule.js';
import type { AppointmentUserData } from '../userdata.js';
import { matchOffered, parseDay } from './when.js';

export function findSlotsTool(schedule: Schedule) {
  return llm.tool({
    description:
      'Find up to three free appointment times, on a given day or as soon as possible, optionally morning or afternoon only.',
    parameters: z.object({
      day: z
        .string()
        .optional()
        .describe(
          'The day the caller wants, for example "2025-03-11", "tomorrow" or "Tuesday". Leave out for the earliest.',
        ),
      part_of_day: z
        .enum(['morning', 'afternoon'])
        .optional()
        .describe('Only if the caller said morning or afternoon.'),
    }),
    execute: async ({ day, part_of_day }, { ctx }: llm.ToolOptions<AppointmentUserData>) => {
      const now = schedule.now();
      let from = now;
      if (day) {
        const wanted = parseDay(day, now);
        if (!wanted)
          throw new llm.ToolError(
            `I could not read "${day}" as a day. Ask which day suits, for example "next Tuesday".`,
          );
        if (dayKey(wanted) < dayKey(now))
          throw new llm.ToolError('That day has passed. Ask for a day from today onwards.');
        const lastDay = new Date(now.getFullYear(), now.getMonth(), now.getDate() + BOOKING_WINDOW_DAYS);
        if (wanted > lastDay) {
          throw new llm.ToolError(`We book up to ${BOOKING_WINDOW_DAYS} days ahead. Ask for an earlier day.`);
        }
        if (!schedule.isOpen(wanted)) {
          throw new llm.ToolError('The clinic is closed at weekends. Offer the Friday before or the Monday after.');
        }
        from = wanted;
      }
      const slots = schedule.freeSlots(from, { sameDayOnly: Boolean(day), partOfDay: part_of_day });
      if (slots.length === 0) {
        const which = part_of_day ? `${part_of_day} times` : 'times';
        throw new llm.ToolError(`There are no free ${which} that day. Offer to look at the next day.`);
      }
      ctx.userData.offeredSlots = slots;
      return `Free times: ${slots.map(spokenSlot).join('; ')}. Which one suits you?`;
    },
  });
}

export function holdSlotTool(schedule: Schedule) {
  return llm.tool({
    description: 'Hold the free time the caller picked from the ones just offered.',
    parameters: z.object({
      time: z.string().describe('The time the caller chose, for example "2025-03-11T14:00" or "Tuesday at 2 PM".'),
    }),
    execute: async ({ time }, { ctx }: llm.ToolOptions<AppointmentUserData>) => {
      const u = ctx.userData;
      if (u.offeredSlots.length === 0)
        throw new llm.ToolError('No times have been offered yet. Call find_slots first.');
      const slot = matchOffered(time, u.offeredSlots);
      if (!slot) {
        throw new llm.ToolError(
          `"${time}" is not one of the times offered (${u.offeredSlots.map(spokenSlot).join('; ')}). Ask which of those the caller wants.`,
        );
      }
      if (!schedule.isFree(slot)) {
        throw new llm.ToolError(`${spokenSlot(slot)} has just been taken. Apologise and offer the other times.`);
      }
      u.heldSlot = slot;
      return `I am holding ${spokenSlot(slot)} for you.`;
    },
  });
}
