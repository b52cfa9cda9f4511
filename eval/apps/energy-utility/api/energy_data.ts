// Demo records for Riverside Energy's mock systems. Replace the EnergyApi class with calls to your
// real billing, metering and network systems; the tools only depend on its methods.
import type { Account, Bill, KnownOutage } from './energy.js';

const DAY = 24 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');
/** Local date `days` from `now` as YYYY-MM-DD. */
export const dayFrom = (now: Date, days: number) => {
  const d = new Date(now.getTime() + days * DAY);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** Customers: balances in pence, positive = owed to Riverside Energy, negative = in credit. */
export function demoAccounts(now: Date): Account[] {
  return [
    {
      id: 'RE-204817',
      holder: 'Margaret Okafor',
      address: '14 Willow Lane',
      postcode: 'RV1 4AB',
      fuels: ['electricity', 'gas'],
      balancePence: 18240,
      directDebitPence: 9500,
      lastReadings: {
        electricity: { value: 45120, date: dayFrom(now, -31) },
        gas: { value: 18730, date: dayFrom(now, -31) },
      },
    },
    {
      id: 'RE-318562',
      holder: 'Tom Hendry',
      address: '7 Mill Street',
      postcode: 'RV3 9QT',
      fuels: ['electricity'],
      balancePence: -6420,
      directDebitPence: 5200,
      lastReadings: { electricity: { value: 20975, date: dayFrom(now, -45) } },
    },
    {
      id: 'RE-427390',
      holder: 'Priya Raman',
      address: 'Flat 3, 22 Station Road',
      postcode: 'RV2 6DL',
      fuels: ['electricity', 'gas'],
      balancePence: 61275,
      directDebitPence: 0,
      lastReadings: {
        electricity: { value: 8841, date: dayFrom(now, -92) },
        gas: { value: 3310, date: dayFrom(now, -92) },
      },
    },
    {
      id: 'RE-550143',
      holder: 'Daniel Brooks',
      address: '3 Orchard Close',
      postcode: 'RV5 1EE',
      fuels: ['gas'],
      balancePence: -31000,
      directDebitPence: 7000,
      lastReadings: { gas: { value: 9902, date: dayFrom(now, -20) } },
    },
  ];
}

export function demoBills(now: Date): Bill[] {
  return [
    { id: 'BL-7781', accountId: 'RE-204817', issued: dayFrom(now, -12), amountPence: 18240, estimated: true },
    { id: 'BL-7702', accountId: 'RE-204817', issued: dayFrom(now, -42), amountPence: 9310, estimated: false },
    { id: 'BL-7790', accountId: 'RE-318562', issued: dayFrom(now, -10), amountPence: 4880, estimated: false },
    { id: 'BL-7795', accountId: 'RE-427390', issued: dayFrom(now, -8), amountPence: 61275, estimated: true },
    { id: 'BL-7760', accountId: 'RE-550143', issued: dayFrom(now, -25), amountPence: 6120, estimated: false },
  ];
}

/** Known network problems, by postcode district (the part before the space). */
export function demoOutages(now: Date): KnownOutage[] {
  return [
    {
      district: 'RV3',
      fuel: 'electricity',
      summary: 'a damaged underground cable is cutting power to parts of RV3',
      expectedFix: new Date(now.getTime() + 3 * 60 * 60 * 1000),
      planned: false,
    },
    {
      district: 'RV7',
      fuel: 'gas',
      summary: 'planned gas main work will turn the gas off on Brook Street and nearby roads',
      expectedFix: new Date(now.getTime() + 30 * 60 * 60 * 1000),
      planned: true,
    },
  ];
}
