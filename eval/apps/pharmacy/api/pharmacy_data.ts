// Demo records for the mock pharmacy system. Dates are counted from the store's clock, so the demo
// prescriptions are always "due now", "filled last week" or "expired last month", whatever today is.
// Replace PharmacyStore with calls to your real pharmacy system; the tools only use its methods.

export const STORE = {
  name: 'Riverside Pharmacy',
  address: '214 River Street, Millbrook',
  phone: '6175550188',
  parking: 'free parking behind the store, and a drive-through window for pick-ups',
};

/** Opening hours by weekday (0 = Sunday), local 24-hour clock. */
export const OPENING_HOURS: Record<number, { open: number; close: number }> = {
  0: { open: 10, close: 16 },
  1: { open: 8, close: 20 },
  2: { open: 8, close: 20 },
  3: { open: 8, close: 20 },
  4: { open: 8, close: 20 },
  5: { open: 8, close: 20 },
  6: { open: 9, close: 17 },
};

/** A refill can be collected this many hours after it is requested, at the earliest. */
export const READY_AFTER_HOURS = 2;
/** Pick-ups are booked up to this many days ahead. */
export const PICKUP_WINDOW_DAYS = 14;
/** A refill may be requested this many days before the last fill runs out. */
export const EARLY_REFILL_DAYS = 7;

/** ZIP codes the delivery driver covers. */
export const DELIVERY_ZIPS = ['02139', '02141', '02142'] as const;
/** Delivery costs this much when the order (the copays) is under the free-delivery amount. */
export const DELIVERY_FEE_CENTS = 499;
export const FREE_DELIVERY_FROM_CENTS = 2500;

export interface Patient {
  id: string;
  name: string;
  /** "YYYY-MM-DD". */
  dateOfBirth: string;
  phone: string;
  zip?: string;
  allergies?: string;
}

export interface Prescription {
  number: string;
  patientId: string;
  medicine: string;
  prescriber: string;
  daysSupply: number;
  refillsLeft: number;
  /** "YYYY-MM-DD". */
  lastFilled: string;
  /** The prescription cannot be filled after this day. */
  expires: string;
  copayCents: number;
  /** A refill already requested and not collected yet. */
  pendingOrder?: string;
}

export interface StockItem {
  id: string;
  name: string;
  /** Other names callers use for it (brands). */
  aliases: string[];
  priceCents: number;
  inStock: number;
  /** When it is out of stock: days until the next delivery. */
  restockDays?: number;
  /** What the package label says for adults. */
  labelDose: string;
}

export const dayKey = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const daysFrom = (now: Date, n: number) => dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() + n));

export function demoPatients(): Patient[] {
  return [
    { id: 'P-101', name: 'Margaret Olsen', dateOfBirth: '1948-04-12', phone: '6175550141', zip: '02139' },
    { id: 'P-102', name: 'David Chen', dateOfBirth: '1985-09-30', phone: '6175550162', zip: '02144' },
    {
      id: 'P-103',
      name: 'Rosa Alvarez',
      dateOfBirth: '1972-01-05',
      phone: '6175550177',
      zip: '02141',
      allergies: 'penicillin',
    },
    { id: 'P-104', name: 'Sam Whitaker', dateOfBirth: '1995-11-20', phone: '6175550193', zip: '02142' },
  ];
}

export function demoPrescriptions(now: Date): Prescription[] {
  return [
    {
      number: 'RX-104233',
      patientId: 'P-101',
      medicine: 'lisinopril 10 mg tablets',
      prescriber: 'Dr. Patel',
      daysSupply: 30,
      refillsLeft: 3,
      lastFilled: daysFrom(now, -27),
      expires: daysFrom(now, 200),
      copayCents: 500,
    },
    {
      number: 'RX-104488',
      patientId: 'P-101',
      medicine: 'atorvastatin 20 mg tablets',
      prescriber: 'Dr. Patel',
      daysSupply: 90,
      refillsLeft: 2,
      lastFilled: daysFrom(now, -20),
      expires: daysFrom(now, 250),
      copayCents: 1200,
    },
    {
      number: 'RX-205117',
      patientId: 'P-102',
      medicine: 'albuterol inhaler',
      prescriber: 'Dr. Nguyen',
      daysSupply: 30,
      refillsLeft: 0,
      lastFilled: daysFrom(now, -40),
      expires: daysFrom(now, 120),
      copayCents: 2500,
    },
    {
      number: 'RX-205342',
      patientId: 'P-102',
      medicine: 'montelukast 10 mg tablets',
      prescriber: 'Dr. Nguyen',
      daysSupply: 30,
      refillsLeft: 5,
      lastFilled: daysFrom(now, -26),
      expires: daysFrom(now, 300),
      copayCents: 1000,
    },
    {
      number: 'RX-310876',
      patientId: 'P-103',
      medicine: 'metformin 500 mg tablets',
      prescriber: 'Dr. Brooks',
      daysSupply: 30,
      refillsLeft: 4,
      lastFilled: daysFrom(now, -35),
      expires: daysFrom(now, -10),
      copayCents: 400,
    },
    {
      number: 'RX-310901',
      patientId: 'P-103',
      medicine: 'levothyroxine 50 mcg tablets',
      prescriber: 'Dr. Brooks',
      daysSupply: 30,
      refillsLeft: 1,
      lastFilled: daysFrom(now, -28),
      expires: daysFrom(now, 90),
      copayCents: 600,
    },
    {
      number: 'RX-412050',
      patientId: 'P-104',
      medicine: 'cetirizine 10 mg tablets',
      prescriber: 'Dr. Okafor',
      daysSupply: 30,
      refillsLeft: 2,
      lastFilled: daysFrom(now, -29),
      expires: daysFrom(now, 60),
      copayCents: 300,
      pendingOrder: 'RF-590',
    },
  ];
}

export function demoStock(): StockItem[] {
  return [
    {
      id: 'acetaminophen',
      name: 'acetaminophen 500 mg, 100 tablets',
      aliases: ['tylenol', 'paracetamol', 'acetaminophen'],
      priceCents: 849,
      inStock: 18,
      labelDose: '1 or 2 tablets every 6 hours as needed, no more than 6 tablets in 24 hours',
    },
    {
      id: 'ibuprofen',
      name: 'ibuprofen 200 mg, 50 tablets',
      aliases: ['advil', 'motrin', 'ibuprofen'],
      priceCents: 699,
      inStock: 0,
      restockDays: 2,
      labelDose: '1 or 2 tablets every 4 to 6 hours with food, no more than 6 tablets in 24 hours',
    },
    {
      id: 'loratadine',
      name: 'loratadine 10 mg, 30 tablets',
      aliases: ['claritin', 'loratadine'],
      priceCents: 1299,
      inStock: 7,
      labelDose: 'one tablet once a day',
    },
    {
      id: 'cetirizine',
      name: 'cetirizine 10 mg, 30 tablets',
      aliases: ['zyrtec', 'cetirizine'],
      priceCents: 1399,
      inStock: 5,
      labelDose: 'one tablet once a day',
    },
    {
      id: 'antacid',
      name: 'calcium carbonate antacid chews, 96 count',
      aliases: ['tums', 'antacid', 'calcium carbonate'],
      priceCents: 749,
      inStock: 12,
      labelDose: '2 to 4 chews as symptoms occur, no more than 10 in 24 hours',
    },
    {
      id: 'childrens_acetaminophen',
      name: 'children’s acetaminophen liquid 160 mg per 5 mL',
      aliases: [
        'children’s tylenol',
        "children's tylenol",
        'childrens tylenol',
        'children’s acetaminophen',
        "children's acetaminophen",
        'childrens acetaminophen',
        'kids tylenol',
      ],
      priceCents: 999,
      inStock: 4,
      labelDose:
        'by the child’s weight, from the chart on the box; the pharmacist checks the dose for children under 2',
    },
  ];
}

/** Medicines the interaction table knows, with the names callers use. */
export const MEDICINE_NAMES: Record<string, string[]> = {
  acetaminophen: ['acetaminophen', 'tylenol', 'paracetamol'],
  ibuprofen: ['ibuprofen', 'advil', 'motrin'],
  naproxen: ['naproxen', 'aleve'],
  aspirin: ['aspirin'],
  lisinopril: ['lisinopril', 'zestril'],
  atorvastatin: ['atorvastatin', 'lipitor'],
  levothyroxine: ['levothyroxine', 'synthroid'],
  calcium: ['calcium', 'calcium carbonate', 'tums', 'antacid'],
  metformin: ['metformin', 'glucophage'],
  cetirizine: ['cetirizine', 'zyrtec'],
  loratadine: ['loratadine', 'claritin'],
  montelukast: ['montelukast', 'singulair'],
};

export type InteractionLevel = 'avoid' | 'caution' | 'space_apart' | 'ok';

/** A small interaction table for the demo. Pairs not listed have no known interaction here. */
export const INTERACTIONS: { pair: [string, string]; level: InteractionLevel; advice: string }[] = [
  {
    pair: ['ibuprofen', 'naproxen'],
    level: 'avoid',
    advice:
      'Both are anti-inflammatory pain relievers; taking them together raises the risk of stomach bleeding. Take one or the other.',
  },
  {
    pair: ['ibuprofen', 'lisinopril'],
    level: 'caution',
    advice:
      'Ibuprofen can make lisinopril work less well and strain the kidneys. For a day or two it is usually fine; acetaminophen is the gentler choice for pain.',
  },
  {
    pair: ['naproxen', 'lisinopril'],
    level: 'caution',
    advice:
      'Naproxen can make lisinopril work less well and strain the kidneys; acetaminophen is the gentler choice for pain.',
  },
  {
    pair: ['ibuprofen', 'aspirin'],
    level: 'caution',
    advice:
      'Ibuprofen can block the heart-protecting effect of low-dose aspirin. Take the aspirin at least 30 minutes before the ibuprofen.',
  },
  {
    pair: ['levothyroxine', 'calcium'],
    level: 'space_apart',
    advice: 'Calcium stops levothyroxine being absorbed. Take them at least 4 hours apart.',
  },
  {
    pair: ['cetirizine', 'loratadine'],
    level: 'avoid',
    advice:
      'Both are once-a-day allergy antihistamines; taking both adds drowsiness without more benefit. Take one of them.',
  },
  {
    pair: ['acetaminophen', 'ibuprofen'],
    level: 'ok',
    advice: 'They may be taken together or alternated, each within its own label dose.',
  },
];
