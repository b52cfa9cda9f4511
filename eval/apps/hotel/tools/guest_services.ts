// Guest services for people staying in the hotel now: housekeeping, maintenance and amenity
// requests for their room, and wake-up calls. The first call checks the room number against the
// surname of the guest staying in it.
import { llm } from '@livekit/agents';
import { nameKey, parseReference } from 'switchboard/spoken';
import { z } from 'zod';
import { spokenDay, type HotelDesk } from '../api/hotel_desk.js';
import { dayKey, type Booking } from '../api/hotel_data.js';
import type { HotelUserData } from '../userdata.js';
import { parseDay } from './when.js';

export const SERVICES = ['housekeeping', 'towels_and_amenities', 'maintenance', 'noise', 'other'] as const;
export type Service = (typeof SERVICES)[number];

const ETA_MINUTES: Record<Service, number> = {
  housekeeping: 45,
  towels_and_amenities: 20,
  maintenance: 30,
  noise: 15,
  other: 30,
};

const SERVICE_LABEL: Record<Service, string> = {
  housekeeping: 'Housekeeping',
  towels_and_amenities: 'Someone with the items',
  maintenance: 'Maintenance',
  noise: 'Security',
  other: 'A member of staff',
};

const roomParam = z
  .string()
  .optional()
  .describe('The room number, as said: "214" or "two one four". Leave out once the room was found in this call.');
const surnameParam = z
  .string()
  .optional()
  .describe('The surname of the guest staying in the room, to check it is theirs.');

const lastWord = (name: string) => nameKey(name.trim().split(/\s+/).at(-1) ?? '').key;

/** The stay of the guest in the caller's room: the room already checked in this call, or the one they give with a matching surname. */
export function inHouse(desk: HotelDesk, u: HotelUserData, room?: string, surname?: string): Booking {
  const said = room?.trim();
  const number = said ? parseReference(said, '###') : u.roomNumber;
  if (said && !number)
    throw new llm.ToolError(`"${said}" is not a room number. Room numbers have three digits, like 214. Ask again.`);
  if (!number) throw new llm.ToolError('Ask for the room number; it is on the key card sleeve and on the door.');
  const stay = desk.inRoom(number);
  if (!stay)
    throw new llm.ToolError(
      `No guest is staying in room ${number} now. Ask the caller to check the room number. Guest services is only for guests in the house; for a future booking, offer reservations or my stay.`,
    );
  if (number !== u.roomNumber) {
    if (!surname?.trim()) throw new llm.ToolError(`Ask for the surname of the guest staying in room ${number}.`);
    if (lastWord(surname) !== lastWord(stay.guestName))
      throw new llm.ToolError(
        `The surname ${surname.trim()} does not match room ${number}. Ask the caller to check the room number and surname; never say who is staying there.`,
      );
    u.roomNumber = number;
  }
  return stay;
}

export function requestServiceTool(desk: HotelDesk) {
  return llm.tool({
    description:
      'Send staff to a guest’s room now: housekeeping (cleaning, making up the room), towels and amenities (towels, pillows, toiletries, a crib), maintenance (broken heating, air conditioning, TV, leaks, no hot water), or a noise complaint.',
    parameters: z.object({
      service: z
        .enum(SERVICES)
        .describe(
          'housekeeping (clean the room), towels_and_amenities (extra towels, pillows, blankets, toiletries, a crib), maintenance (something broken or not working), noise (a noisy neighbour) or other.',
        ),
      details: z.string().describe('What is needed, in the caller’s words, for example "the shower has no hot water".'),
      room_number: roomParam,
      surname: surnameParam,
    }),
    execute: async ({ service, details, room_number, surname }, { ctx }: llm.ToolOptions<HotelUserData>) => {
      const u = ctx.userData;
      const stay = inHouse(desk, u, room_number, surname);
      const text = details.trim();
      if (text.length < 3)
        throw new llm.ToolError('Ask what exactly they need, so the right person comes with the right things.');
      const open = desk.tickets.find((t) => t.room === stay.room && t.kind === service);
      if (open)
        throw new llm.ToolError(
          `${SERVICE_LABEL[service]} is already on the way to room ${stay.room} under ticket ${open.id}. Reassure the caller; the duty manager can chase it.`,
        );
      const ticket = desk.openTicket({
        room: stay.room!,
        kind: service,
        details: text,
        etaMinutes: ETA_MINUTES[service],
      });
      u.serviceTicket = ticket.id;
      return `${SERVICE_LABEL[service]} will be at room ${stay.room} in about ${ticket.etaMinutes} minutes, ticket ${ticket.id}: ${text}.`;
    },
  });
}

const WORD_HOURS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const WORD_MINUTES: Record<string, number> = { fifteen: 15, thirty: 30, 'forty five': 45, 'forty-five': 45 };

/** "6:30", "6.30 am", "7 a.m.", "seven thirty", "half past six" → [hour 0-23, minute]; undefined when not a time. */
export function parseClock(said: string): [number, number] | undefined {
  const text = said.trim().toLowerCase();
  const pm = /(?<![a-z])p\.?m\b|in the evening|at night/.test(text);
  const am = /(?<![a-z])a\.?m\b|in the morning/.test(text);
  let hour: number | undefined;
  let minute = 0;
  const digits = /(?<!\d)(\d{1,2})(?:[:.](\d{2}))?(?!\d)/.exec(text);
  const half = /\bhalf past (\w+)/.exec(text);
  if (digits) {
    hour = Number(digits[1]);
    minute = digits[2] ? Number(digits[2]) : 0;
  } else if (half && WORD_HOURS[half[1]!]) {
    hour = WORD_HOURS[half[1]!];
    minute = 30;
  } else {
    const word =
      /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?:\s+(fifteen|thirty|forty[- ]five))?/.exec(
        text,
      );
    if (word) {
      hour = WORD_HOURS[word[1]!];
      minute = word[2] ? WORD_MINUTES[word[2]]! : 0;
    }
  }
  if (hour === undefined || hour > 23 || minute > 59) return undefined;
  if (pm && hour < 12) hour += 12;
  if (am && hour === 12) hour = 0;
  return [hour, minute];
}

const pad = (n: number) => String(n).padStart(2, '0');
const clockSaid = (h: number, m: number) => `${h % 12 || 12}:${pad(m)} ${h < 12 ? 'AM' : 'PM'}`;

export function scheduleWakeUpTool(desk: HotelDesk) {
  return llm.tool({
    description:
      'Book a wake-up call to a guest’s room phone. Without a day, it is the next time that clock time comes round (tonight’s or tomorrow morning’s).',
    parameters: z.object({
      time: z
        .string()
        .describe(
          'The time as said: "6:30 AM", "seven", "half past six". Times without AM or PM are taken as morning.',
        ),
      day: z
        .string()
        .optional()
        .describe('The day, if they said one: "tomorrow", "Thursday". Leave out for the next one.'),
      room_number: roomParam,
      surname: surnameParam,
    }),
    execute: async ({ time, day, room_number, surname }, { ctx }: llm.ToolOptions<HotelUserData>) => {
      const u = ctx.userData;
      const stay = inHouse(desk, u, room_number, surname);
      const clock = parseClock(time);
      if (!clock)
        throw new llm.ToolError(
          `I could not read "${time}" as a time. Ask what time they want the call, like 6:30 AM.`,
        );
      const [hour, minute] = clock;
      const now = desk.now();
      let on: string | undefined;
      if (day?.trim()) {
        on = parseDay(day, now);
        if (!on) throw new llm.ToolError(`I could not read "${day}" as a day. Ask which morning they want the call.`);
      } else {
        const todayAt = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hour, minute);
        on = dayKey(todayAt > now ? todayAt : new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1));
      }
      const [y, m, d] = on.split('-').map(Number);
      const at = new Date(y!, m! - 1, d!, hour, minute);
      if (at <= now)
        throw new llm.ToolError(`${clockSaid(hour, minute)} on ${spokenDay(on)} has passed. Ask for a later time.`);
      if (on > stay.checkOut || (on === stay.checkOut && hour >= 11))
        throw new llm.ToolError(
          `The guest in room ${stay.room} checks out on ${spokenDay(stay.checkOut)} at 11 AM, so a wake-up call on ${spokenDay(on)} at ${clockSaid(hour, minute)} is after the stay. Ask for a time before then, or offer to extend the stay.`,
        );
      const key = `${on} ${pad(hour)}:${pad(minute)}`;
      if (desk.wakeUps.some((w) => w.room === stay.room && w.at === key))
        throw new llm.ToolError(
          `A wake-up call at that time is already booked for room ${stay.room}. Tell the caller.`,
        );
      const call = desk.scheduleWakeUp(stay.room!, key);
      u.wakeUpCall = call.id;
      return `Wake-up call booked for room ${stay.room} at ${clockSaid(hour, minute)} on ${spokenDay(on)}.`;
    },
  });
}
