// Demo data for the Lakeside Hotel's mock front-office system. Dates are computed from the desk's
// clock, so the demo bookings are always "next week", "tomorrow", "in the house now" or "last week".
// Replace HotelDesk with calls to your real property-management system; tools only use its methods.

export const HOTEL = 'the Lakeside Hotel';

export const ROOM_TYPES = ['queen', 'king', 'family_suite', 'lake_suite'] as const;
export type RoomType = (typeof ROOM_TYPES)[number];

export interface RoomInfo {
  /** How the agent says it. */
  label: string;
  /** Most guests the room sleeps (children count too). */
  maxGuests: number;
  nightlyCents: number;
  /** Rooms of this type in the hotel. */
  rooms: number;
}

export const ROOM_INFO: Record<RoomType, RoomInfo> = {
  queen: { label: 'queen room', maxGuests: 2, nightlyCents: 14900, rooms: 8 },
  king: { label: 'king room', maxGuests: 3, nightlyCents: 18900, rooms: 6 },
  family_suite: { label: 'family suite', maxGuests: 5, nightlyCents: 25900, rooms: 2 },
  lake_suite: { label: 'lake view suite', maxGuests: 3, nightlyCents: 32900, rooms: 1 },
};

export const EXTRAS = ['breakfast', 'parking', 'late_checkout'] as const;
export type Extra = (typeof EXTRAS)[number];

export interface ExtraInfo {
  label: string;
  /** Price of one: per night (breakfast per guest per night, parking per car per night) or once. */
  cents: number;
  per: 'night' | 'stay';
  /** Most on one booking: 'guests' means one per guest on the booking. */
  max: number | 'guests';
}

export const EXTRA_INFO: Record<Extra, ExtraInfo> = {
  breakfast: { label: 'breakfast', cents: 1800, per: 'night', max: 'guests' },
  parking: { label: 'parking space', cents: 2000, per: 'night', max: 2 },
  late_checkout: { label: 'late checkout until 2 PM', cents: 4000, per: 'stay', max: 1 },
};

/** Check-in from 3 PM, check-out by 11 AM (2 PM with late checkout). */
export const CHECK_IN_HOUR = 15;
export const CHECK_OUT_HOUR = 11;
/** Stays are booked up to this far ahead and last at most this long. */
export const BOOKING_WINDOW_DAYS = 365;
export const MAX_NIGHTS = 21;
/** Free cancellation until this many hours before check-in (3 PM on arrival day); later, the first night is charged. */
export const FREE_CANCEL_HOURS = 48;

export type BookingStatus = 'confirmed' | 'checked_in' | 'checked_out' | 'cancelled';

export interface Booking {
  code: string;
  guestName: string;
  phone: string;
  roomType: RoomType;
  guests: number;
  /** Local days "YYYY-MM-DD": the arrival day and the departure day. */
  checkIn: string;
  checkOut: string;
  status: BookingStatus;
  extras: Partial<Record<Extra, number>>;
  /** Special requests noted on the booking ("a crib", "arriving after 10 PM"). */
  requests: string[];
  /** The room number, once the guest is in the house. */
  room?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const plus = (now: Date, days: number) => dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days));

/** The demo bookings, relative to today. */
export function demoBookings(now: Date): Booking[] {
  return [
    {
      code: 'LH-2451',
      guestName: 'Emma Lindqvist',
      phone: '2065550142',
      roomType: 'king',
      guests: 2,
      checkIn: plus(now, 6),
      checkOut: plus(now, 9),
      status: 'confirmed',
      extras: {},
      requests: [],
    },
    {
      code: 'LH-3807',
      guestName: 'Raj Patel',
      phone: '2065550178',
      roomType: 'queen',
      guests: 1,
      checkIn: plus(now, 1),
      checkOut: plus(now, 3),
      status: 'confirmed',
      extras: { parking: 1 },
      requests: [],
    },
    {
      code: 'LH-5120',
      guestName: 'Sofia Moreno',
      phone: '2065550199',
      roomType: 'family_suite',
      guests: 4,
      checkIn: plus(now, -1),
      checkOut: plus(now, 2),
      status: 'checked_in',
      extras: { breakfast: 4 },
      requests: ['a crib in the room'],
      room: '214',
    },
    {
      code: 'LH-6633',
      guestName: 'Oliver Grant',
      phone: '2065550123',
      roomType: 'queen',
      guests: 1,
      checkIn: plus(now, -2),
      checkOut: plus(now, 1),
      status: 'checked_in',
      extras: {},
      requests: [],
      room: '108',
    },
    {
      code: 'LH-4096',
      guestName: 'Hannah Becker',
      phone: '2065550155',
      roomType: 'lake_suite',
      guests: 2,
      checkIn: plus(now, -8),
      checkOut: plus(now, -5),
      status: 'checked_out',
      extras: { breakfast: 2 },
      requests: [],
      room: '301',
    },
    {
      code: 'LH-1789',
      guestName: 'Mei Chen',
      phone: '2065550111',
      roomType: 'king',
      guests: 2,
      checkIn: plus(now, 10),
      checkOut: plus(now, 12),
      status: 'cancelled',
      extras: {},
      requests: [],
    },
  ];
}

/** Other guests' stays that fill rooms: both family suites over the coming weekend, the lake suite for three nights. */
export function roomBlocks(now: Date): { roomType: RoomType; from: string; to: string; rooms: number }[] {
  const friday = (5 - now.getDay() + 7) % 7 || 7;
  return [
    { roomType: 'family_suite', from: plus(now, friday), to: plus(now, friday + 2), rooms: 2 },
    { roomType: 'lake_suite', from: plus(now, 0), to: plus(now, 3), rooms: 1 },
  ];
}

/** "a queen room", "an en-suite": a room type with its article, as said aloud. */
export function aRoom(t: RoomType): string {
  const label = ROOM_INFO[t].label;
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}
