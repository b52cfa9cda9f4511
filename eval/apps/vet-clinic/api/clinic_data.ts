// Demo records for Maple Street Veterinary Clinic. Days that depend on today (upcoming visits, lab
// results, last exams) are given as offsets and turned into dates from the clinic's clock in clinic.ts.

export const SPECIES = ['dog', 'cat', 'rabbit', 'bird', 'reptile', 'small pet'] as const;
export type Species = (typeof SPECIES)[number];

export const REASONS = ['checkup', 'vaccination', 'sick', 'injury', 'dental', 'nail trim'] as const;
export type Reason = (typeof REASONS)[number];

export interface Vet {
  id: string;
  name: string;
  /** Species this vet sees. */
  species: Species[];
  /** Days of the week they work (0 = Sunday). */
  days: number[];
}

export interface Pet {
  name: string;
  species: Species;
  breed?: string;
}

export interface Client {
  id: string;
  name: string;
  phone: string;
  email: string;
  pets: Pet[];
}

/** An upcoming visit, `daysAhead` from today at `hour`:00. */
export interface DemoVisit {
  id: string;
  clientId: string;
  petName: string;
  reason: Reason;
  vetId: string;
  daysAhead: number;
  hour: number;
}

export interface Prescription {
  clientId: string;
  petName: string;
  medication: string;
  /** Other words callers use for it (brand or generic name). */
  aka: string[];
  refillsLeft: number;
  /** Largest refill the vet allows at once, in months' supply. */
  maxMonths: number;
  priceCentsPerMonth: number;
  /** Days since the pet's last exam; a prescription needs an exam within the last year. */
  lastExamDaysAgo: number;
  /** Controlled drugs are never refilled over the phone. */
  controlled?: boolean;
}

export interface LabResult {
  clientId: string;
  petName: string;
  test: string;
  vetId: string;
  status: 'pending' | 'normal' | 'follow_up';
  /** Days ago the sample was taken. */
  takenDaysAgo: number;
  /** pending: days from today until the result is expected. */
  expectedInDays?: number;
  /** normal: what the vet wrote for the owner. */
  summary?: string;
}

export const CLINIC_NAME = 'Maple Street Veterinary Clinic';
export const ADDRESS = '214 Maple Street, next to the library, with free parking behind the building';
export const MAIN_PHONE = '(617) 555-0190';
export const EMERGENCY_HOSPITAL = 'Harbor 24-Hour Animal Hospital at 90 Wharf Road, (617) 555-0911';

/** Opening hours per weekday (0 = Sunday): first and last appointment start, on the hour. */
export const HOURS: Record<number, { open: number; lastStart: number; close: number } | undefined> = {
  0: undefined,
  1: { open: 8, lastStart: 17, close: 18 },
  2: { open: 8, lastStart: 17, close: 18 },
  3: { open: 8, lastStart: 17, close: 18 },
  4: { open: 8, lastStart: 19, close: 20 },
  5: { open: 8, lastStart: 17, close: 18 },
  6: { open: 9, lastStart: 12, close: 13 },
};

/** Visit prices, in cents. */
export const PRICES: Record<Reason, number> = {
  checkup: 6500,
  vaccination: 4500,
  sick: 8500,
  injury: 8500,
  dental: 32000,
  'nail trim': 2000,
};

/** Cancelling less than this many hours before the visit costs the late-cancellation fee. */
export const LATE_CANCEL_HOURS = 24;
export const LATE_CANCEL_FEE_CENTS = 2500;

export const VETS: Vet[] = [
  {
    id: 'okafor',
    name: 'Dr. Amara Okafor',
    species: ['dog', 'cat', 'rabbit', 'bird', 'reptile', 'small pet'],
    days: [1, 2, 3, 4, 5],
  },
  { id: 'brennan', name: 'Dr. Lucas Brennan', species: ['dog', 'cat'], days: [1, 2, 4, 5, 6] },
  { id: 'lindqvist', name: 'Dr. Sofia Lindqvist', species: ['dog', 'cat', 'rabbit'], days: [3, 4, 6] },
];

export const CLIENTS: Client[] = [
  {
    id: 'MS-1042',
    name: 'Priya Raman',
    phone: '6175550142',
    email: 'priya.raman@example.com',
    pets: [
      { name: 'Biscuit', species: 'dog', breed: 'beagle' },
      { name: 'Mochi', species: 'cat', breed: 'Siamese' },
    ],
  },
  {
    id: 'MS-2087',
    name: 'Tom Keller',
    phone: '6175550187',
    email: 'tom.keller@example.com',
    pets: [{ name: 'Pepper', species: 'rabbit', breed: 'Holland lop' }],
  },
  {
    id: 'MS-3310',
    name: 'Elena Vasquez',
    phone: '6175550310',
    email: 'elena.vasquez@example.com',
    pets: [
      { name: 'Kiwi', species: 'bird', breed: 'African grey parrot' },
      { name: 'Luna', species: 'dog', breed: 'golden retriever' },
    ],
  },
  {
    id: 'MS-4526',
    name: 'George Whitfield',
    phone: '6175550526',
    email: 'george.whitfield@example.com',
    pets: [{ name: 'Shadow', species: 'cat', breed: 'black shorthair' }],
  },
];

export const VISITS: DemoVisit[] = [
  {
    id: 'VT-7001',
    clientId: 'MS-1042',
    petName: 'Biscuit',
    reason: 'vaccination',
    vetId: 'brennan',
    daysAhead: 3,
    hour: 10,
  },
  { id: 'VT-7002', clientId: 'MS-4526', petName: 'Shadow', reason: 'checkup', vetId: 'okafor', daysAhead: 6, hour: 15 },
  {
    id: 'VT-7003',
    clientId: 'MS-2087',
    petName: 'Pepper',
    reason: 'nail trim',
    vetId: 'okafor',
    daysAhead: 1,
    hour: 11,
  },
];

export const PRESCRIPTIONS: Prescription[] = [
  {
    clientId: 'MS-1042',
    petName: 'Biscuit',
    medication: 'Carprofen 75 mg',
    aka: ['carprofen', 'rimadyl', 'arthritis', 'joint', 'pain'],
    refillsLeft: 2,
    maxMonths: 3,
    priceCentsPerMonth: 3800,
    lastExamDaysAgo: 120,
  },
  {
    clientId: 'MS-1042',
    petName: 'Mochi',
    medication: 'Methimazole 5 mg',
    aka: ['methimazole', 'felimazole', 'thyroid'],
    refillsLeft: 0,
    maxMonths: 2,
    priceCentsPerMonth: 2600,
    lastExamDaysAgo: 200,
  },
  {
    clientId: 'MS-2087',
    petName: 'Pepper',
    medication: 'Meloxicam oral suspension',
    aka: ['meloxicam', 'metacam', 'pain'],
    refillsLeft: 1,
    maxMonths: 1,
    priceCentsPerMonth: 2200,
    lastExamDaysAgo: 60,
  },
  {
    clientId: 'MS-3310',
    petName: 'Luna',
    medication: 'Apoquel 16 mg',
    aka: ['apoquel', 'oclacitinib', 'allergy', 'itch', 'itching'],
    refillsLeft: 3,
    maxMonths: 3,
    priceCentsPerMonth: 7400,
    lastExamDaysAgo: 430,
  },
  {
    clientId: 'MS-4526',
    petName: 'Shadow',
    medication: 'Gabapentin 100 mg',
    aka: ['gabapentin', 'neurontin'],
    refillsLeft: 2,
    maxMonths: 1,
    priceCentsPerMonth: 1900,
    lastExamDaysAgo: 90,
    controlled: true,
  },
];

export const LAB_RESULTS: LabResult[] = [
  {
    clientId: 'MS-1042',
    petName: 'Biscuit',
    test: 'senior blood panel',
    vetId: 'brennan',
    status: 'normal',
    takenDaysAgo: 4,
    summary: 'Kidney and liver values are normal, and so is the blood count. No changes needed.',
  },
  {
    clientId: 'MS-1042',
    petName: 'Mochi',
    test: 'thyroid T4 test',
    vetId: 'brennan',
    status: 'follow_up',
    takenDaysAgo: 5,
  },
  {
    clientId: 'MS-3310',
    petName: 'Kiwi',
    test: 'fecal parasite test',
    vetId: 'okafor',
    status: 'pending',
    takenDaysAgo: 1,
    expectedInDays: 2,
  },
];
