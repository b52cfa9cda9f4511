// Opening hours, address and parking: what the front desk is asked most.
import { llm } from '@livekit/agents';
import { speakDigits } from 'switchboard';
import { z } from 'zod';
import { STORE, dayKey } from '../api/pharmacy_data.js';
import { spokenDay, type PharmacyStore } from '../api/pharmacy_store.js';
import { hoursOn, openAt, parseDay, spokenTime, weekHours } from './when.js';

export const TOPICS = ['hours', 'address', 'parking', 'phone'] as const;

export function storeInfoTool(store: PharmacyStore) {
  return llm.tool({
    description:
      'The pharmacy’s opening hours (for the week, or one day), whether it is open right now, its address, parking and phone number.',
    parameters: z.object({
      topic: z.enum(TOPICS).describe('hours (opening hours, open now?), address (where we are), parking, or phone.'),
      day: z
        .string()
        .optional()
        .describe('For hours on one day, as the caller said it: "Sunday", "tomorrow", "March 14".'),
    }),
    execute: async ({ topic, day }) => {
      const now = store.now();
      if (topic === 'address') return `${STORE.name} is at ${STORE.address}, with ${STORE.parking}.`;
      if (topic === 'parking') return `There is ${STORE.parking}.`;
      if (topic === 'phone') return `Our number is ${speakDigits(STORE.phone)}.`;
      if (day?.trim()) {
        const on = parseDay(day, now);
        if (!on) throw new llm.ToolError(`I could not read "${day}" as a day. Ask which day they mean.`);
        return `On ${spokenDay(on)} we are open ${hoursOn(on)}.`;
      }
      const today = dayKey(now);
      const time = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
      const nowOpen = openAt(today, time)
        ? `Right now we are open, until ${hoursOn(today).split(' to ')[1]} today.`
        : `Right now we are closed (it is ${spokenTime(time)}).`;
      return `We are open ${weekHours()}. ${nowOpen}`;
    },
  });
}
