// General questions: opening hours, wifi, fines, printing, parking, membership, returns, what's on.
import { llm } from '@livekit/agents';
import { z } from 'zod';
import { BRANCH_IDS, type Branch, type LibraryApi } from '../api/library.js';
import { FAQ } from '../api/library_data.js';
import { describeEvent } from './events.js';

export const TOPICS = ['hours', 'wifi', 'fines', 'printing', 'parking', 'membership', 'returns', 'events'] as const;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function clock(hour: number): string {
  if (hour === 12) return 'noon';
  return hour < 12 ? `${hour} AM` : `${hour - 12} PM`;
}

function hoursToday(library: LibraryApi, branch: Branch): string {
  const now = library.now();
  const today = library.hoursOn(branch, now);
  const name = library.branchName(branch);
  if (!today) {
    for (let i = 1; i <= 7; i++) {
      const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + i);
      const next = library.hoursOn(branch, day);
      if (next)
        return `${name} is closed today; it opens ${i === 1 ? 'tomorrow' : WEEKDAYS[day.getDay()]} at ${clock(next[0])}`;
    }
    return `${name} is closed today`;
  }
  const hour = now.getHours() + now.getMinutes() / 60;
  const state =
    hour < today[0] ? `opens at ${clock(today[0])}` : hour < today[1] ? 'is open now' : 'has closed for today';
  return `${name} ${state}; today's hours are ${clock(today[0])} to ${clock(today[1])}`;
}

export function libraryInfoTool(library: LibraryApi) {
  return llm.tool({
    description:
      'Answer a general question about the library: opening hours, wifi, fines, printing, parking, getting a card, returning items, or what events are coming up.',
    parameters: z.object({
      topic: z
        .enum(TOPICS)
        .describe('What the question is about: hours, wifi, fines, printing, parking, membership, returns or events.'),
      branch: z
        .enum(BRANCH_IDS)
        .optional()
        .describe('For opening hours: central, eastside or northgate, if the caller named one.'),
      question: z.string().optional().describe('The caller’s question, in their words.'),
    }),
    execute: async ({ topic, branch }) => {
      switch (topic) {
        case 'hours': {
          const branches = branch ? [branch] : [...BRANCH_IDS];
          return `${branches.map((b) => hoursToday(library, b)).join('. ')}. Book drops are open around the clock.`;
        }
        case 'events': {
          const events = library.upcomingEvents();
          if (events.length === 0) return 'There are no events in the next two weeks.';
          return `Coming up in the next two weeks: ${events.map((e) => describeEvent(library, e)).join('; ')}. Events are free; places are booked by phone.`;
        }
        default:
          return FAQ[topic];
      }
    },
  });
}
