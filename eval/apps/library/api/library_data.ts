// Demo records for Riverside Public Library. Dates that depend on today are offsets from the
// clock (days from today), turned into real dates when the library API is created, so the demo
// always has loans due this week and events coming up.
import type { Branch, CatalogueItem, LibraryEventSeed, LoanSeed, MemberSeed } from './library.js';

export const LIBRARY_NAME = 'Riverside Public Library';

export const BRANCHES: Record<Branch, { name: string; address: string; phone: string }> = {
  central: { name: 'Central Library', address: '200 River Street', phone: '555-0100' },
  eastside: { name: 'Eastside Branch', address: '48 Orchard Avenue', phone: '555-0120' },
  northgate: { name: 'Northgate Branch', address: '9 Mill Road', phone: '555-0130' },
};

/** Opening hours per branch: [open, close] in 24-hour clock, by weekday (0 = Sunday); null = closed. */
export const HOURS: Record<Branch, ([number, number] | null)[]> = {
  central: [
    [12, 17],
    [9, 20],
    [9, 20],
    [9, 20],
    [9, 20],
    [9, 18],
    [10, 17],
  ],
  eastside: [null, [10, 18], [10, 18], [10, 20], [10, 18], [10, 18], [10, 14]],
  northgate: [null, null, [12, 19], [12, 19], [12, 19], [10, 17], [10, 14]],
};

export const MEMBERS: MemberSeed[] = [
  {
    cardNumber: 'RP-4821',
    name: 'Maria Gonzalez',
    dateOfBirth: '1986-04-12',
    phone: '+14155550142',
    email: 'maria.gonzalez@example.com',
    finesCents: 50,
    status: 'active',
  },
  {
    cardNumber: 'RP-3307',
    name: 'James Okafor',
    dateOfBirth: '1972-11-03',
    phone: '+14155550188',
    email: 'james.okafor@example.com',
    finesCents: 0,
    status: 'active',
  },
  {
    cardNumber: 'RP-5590',
    name: 'Lily Chen',
    dateOfBirth: '2001-06-21',
    phone: '+14155550163',
    email: 'lily.chen@example.com',
    finesCents: 1250,
    status: 'active',
  },
  {
    cardNumber: 'RP-6012',
    name: 'Robert Miller',
    dateOfBirth: '1958-02-27',
    phone: '+14155550117',
    email: 'robert.miller@example.com',
    finesCents: 0,
    status: 'lost',
  },
];

export const CATALOGUE: CatalogueItem[] = [
  { id: 'BK-2041', title: 'The Night Circus', author: 'Erin Morgenstern', format: 'book', onShelf: [], holdQueue: 0 },
  {
    id: 'BK-2042',
    title: 'Project Hail Mary',
    author: 'Andy Weir',
    format: 'book',
    onShelf: ['central'],
    holdQueue: 0,
  },
  { id: 'AU-3105', title: 'Project Hail Mary', author: 'Andy Weir', format: 'audiobook', onShelf: [], holdQueue: 1 },
  {
    id: 'BK-2077',
    title: 'Lessons in Chemistry',
    author: 'Bonnie Garmus',
    format: 'book',
    onShelf: ['eastside', 'northgate'],
    holdQueue: 0,
  },
  { id: 'BK-2090', title: 'Atomic Habits', author: 'James Clear', format: 'book', onShelf: ['central'], holdQueue: 0 },
  { id: 'BK-2101', title: 'Dune', author: 'Frank Herbert', format: 'book', onShelf: [], holdQueue: 3 },
  { id: 'EB-5120', title: 'Dune', author: 'Frank Herbert', format: 'ebook', onShelf: [], holdQueue: 0 },
  { id: 'DV-4410', title: 'Dune', author: 'Denis Villeneuve', format: 'dvd', onShelf: ['northgate'], holdQueue: 0 },
  {
    id: 'BK-2113',
    title: 'Where the Crawdads Sing',
    author: 'Delia Owens',
    format: 'book',
    onShelf: ['central'],
    holdQueue: 0,
  },
  {
    id: 'BK-2150',
    title: 'The Very Hungry Caterpillar',
    author: 'Eric Carle',
    format: 'book',
    onShelf: ['central', 'eastside', 'northgate'],
    holdQueue: 0,
  },
];

/** Loans out now: due `dueInDays` from today (negative: overdue). */
export const LOANS: LoanSeed[] = [
  { cardNumber: 'RP-4821', itemId: 'BK-2041', dueInDays: 3, renewals: 0 },
  { cardNumber: 'RP-4821', itemId: 'BK-2090', dueInDays: -2, renewals: 1 },
  { cardNumber: 'RP-4821', itemId: 'BK-2101', dueInDays: 10, renewals: 0 },
  { cardNumber: 'RP-3307', itemId: 'BK-2113', dueInDays: 1, renewals: 2 },
  { cardNumber: 'RP-3307', itemId: 'DV-4410', dueInDays: 5, renewals: 0 },
  { cardNumber: 'RP-5590', itemId: 'BK-2077', dueInDays: 7, renewals: 0 },
];

/** Holds already waiting, by card. */
export const HOLDS: { cardNumber: string; itemId: string }[] = [{ cardNumber: 'RP-3307', itemId: 'BK-2101' }];

/** Events and workshops, `inDays` from today at `time` (24-hour "HH:mm", library time). */
export const EVENTS: LibraryEventSeed[] = [
  {
    id: 'EV-1201',
    title: 'Toddler Story Time',
    audience: 'children',
    branch: 'eastside',
    inDays: 1,
    time: '10:30',
    seatsLeft: 15,
    maxSeatsPerBooking: 4,
  },
  {
    id: 'EV-1202',
    title: 'Résumé Writing Workshop',
    audience: 'adults',
    branch: 'central',
    inDays: 2,
    time: '18:00',
    seatsLeft: 4,
    maxSeatsPerBooking: 2,
  },
  {
    id: 'EV-1203',
    title: 'Intro to 3D Printing',
    audience: 'teens',
    branch: 'northgate',
    inDays: 4,
    time: '16:00',
    seatsLeft: 0,
    maxSeatsPerBooking: 2,
  },
  {
    id: 'EV-1204',
    title: 'Book Club: Lessons in Chemistry',
    audience: 'adults',
    branch: 'central',
    inDays: 6,
    time: '19:00',
    seatsLeft: 8,
    maxSeatsPerBooking: 2,
  },
  {
    id: 'EV-1205',
    title: 'Free Tax Help Clinic',
    audience: 'adults',
    branch: 'eastside',
    inDays: 8,
    time: '13:00',
    seatsLeft: 6,
    maxSeatsPerBooking: 1,
  },
];

/** Fixed answers to the questions callers ask most. Hours and events are read from the data above. */
export const FAQ = {
  wifi: 'Free wifi is on the network "RiversidePL-Guest" at every branch, no password needed. Sessions last four hours and you can reconnect at once.',
  fines:
    'Overdue books and audiobooks are twenty-five cents a day, DVDs are one dollar a day, and children’s items have no fines. A card that owes ten dollars or more cannot renew or place holds until it is paid. Fines can be paid at any branch desk or online.',
  printing:
    'Printing and copying are fifteen cents a page in black and white and fifty cents in colour. You can print from the library computers or send files to print@riversidepl.example.org and pick them up at the desk.',
  parking:
    'Central has a free two-hour car park behind the building on Bank Street. Eastside and Northgate have free street parking. Every branch has bike racks.',
  membership:
    'Library cards are free for anyone who lives, works or studies in Riverside County. Bring a photo ID and proof of address to any branch. You can borrow up to 30 items and hold up to 5 at a time; loans are three weeks and can be renewed twice.',
  returns:
    'Book drops at every branch are open around the clock. Items can be returned to any branch, whichever one they came from.',
} as const;
