// Events and workshops: registering callers for a place.
import { llm } from '@livekit/agents';
import { looksLikeEmail, normalizeEmail, spokenDayTime } from 'switchboard/spoken';
import { z } from 'zod';
import type { LibraryApi, LibraryEvent } from '../api/library.js';
import type { LibraryUserData } from '../userdata.js';

export function describeEvent(library: LibraryApi, e: LibraryEvent): string {
  const seats = e.seatsLeft === 0 ? 'full' : `${e.seatsLeft} place${e.seatsLeft === 1 ? '' : 's'} left`;
  return `${e.title} (${e.id}), for ${e.audience}, ${spokenDayTime(e.startsAt, library.now(), library.timeZone)} at ${library.branchName(e.branch)}, ${seats}`;
}

/** "EV-1202", "ev 1202", or the event's name ("the résumé workshop"). */
function findEvent(library: LibraryApi, said: string): LibraryEvent | undefined {
  const compact = said.toUpperCase().replace(/[^A-Z0-9]+/g, '');
  const byId = /^EV(\d{4})$/.exec(compact) ?? /^(\d{4})$/.exec(compact);
  if (byId) return library.event(`EV-${byId[1]}`);
  const fold = (t: string) =>
    t
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const words = fold(said)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2 && !['the', 'for', 'and', 'event', 'workshop', 'class', 'session'].includes(w));
  if (words.length === 0) return undefined;
  const matches = library.upcomingEvents(60).filter((e) => words.every((w) => fold(e.title).includes(w)));
  return matches.length === 1 ? matches[0] : undefined;
}

export function registerForEventTool(library: LibraryApi) {
  return llm.tool({
    description:
      'Register the caller for a library event or workshop: which event, the name to book under, how many places, and an email for the confirmation. Events are free.',
    parameters: z.object({
      event: z.string().describe('The event number (E V dash and four digits) or the event’s name.'),
      attendee_name: z.string().describe('The first and last name to book the places under.'),
      seats: z.number().int().describe('How many places to book, counting the caller.'),
      email: z.string().describe('Where to send the confirmation, for example "sam.lee@example.com".'),
    }),
    execute: async ({ event, attendee_name, seats, email }, { ctx }: llm.ToolOptions<LibraryUserData>) => {
      const u = ctx.userData;
      const upcoming = library.upcomingEvents();
      const found = findEvent(library, event);
      if (!found) {
        throw new llm.ToolError(
          `I could not tell which event "${event}" is. Coming up: ${upcoming.map((e) => describeEvent(library, e)).join('; ')}. Ask which one.`,
        );
      }
      if (found.startsAt <= library.now()) {
        throw new llm.ToolError(`${found.title} has already taken place. Offer one of the upcoming events.`);
      }
      if (attendee_name.trim().split(/\s+/).length < 2) {
        throw new llm.ToolError('I need a first and last name to book under. Ask for the full name.');
      }
      if (seats < 1) throw new llm.ToolError('Ask how many places to book: at least one.');
      if (found.seatsLeft === 0) {
        const others = upcoming.filter((e) => e.id !== found.id && e.seatsLeft > 0 && e.audience === found.audience);
        const offer = others.length
          ? ` Other events for ${found.audience}: ${others.map((e) => describeEvent(library, e)).join('; ')}.`
          : '';
        throw new llm.ToolError(
          `${found.title} is full.${offer} Offer another event, or a librarian can add the caller to a waiting list.`,
        );
      }
      if (seats > found.maxSeatsPerBooking) {
        throw new llm.ToolError(
          `${found.title} takes at most ${found.maxSeatsPerBooking} place${found.maxSeatsPerBooking === 1 ? '' : 's'} per booking. Ask the caller to book fewer.`,
        );
      }
      if (seats > found.seatsLeft) {
        throw new llm.ToolError(
          `Only ${found.seatsLeft} place${found.seatsLeft === 1 ? ' is' : 's are'} left at ${found.title}. Ask whether to book that many instead.`,
        );
      }
      const address = normalizeEmail(email);
      if (!looksLikeEmail(address)) {
        throw new llm.ToolError(
          'That does not sound like an email address. Ask the caller to spell it, saying "at" and "dot".',
        );
      }
      const name = attendee_name.trim().replace(/\s+/g, ' ');
      if (
        library.registrations.some((r) => r.eventId === found.id && r.attendeeName.toLowerCase() === name.toLowerCase())
      ) {
        throw new llm.ToolError(`${name} is already registered for ${found.title}. Nothing more to do.`);
      }
      const registration = library.register({ eventId: found.id, attendeeName: name, seats, email: address });
      u.registrationIds = [...u.registrationIds, registration.id];
      u.callerName ??= name;
      return `Registered ${name} for ${seats} place${seats === 1 ? '' : 's'} at ${found.title}, ${spokenDayTime(found.startsAt, library.now(), library.timeZone)} at ${library.branchName(found.branch)}. Confirmation ${registration.id} is on its way to ${address}.`;
    },
  });
}
