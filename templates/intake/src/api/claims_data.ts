// Demo policies for the mock claims system. Replace ClaimsApi with your policy and claims services.
import type { Policy } from './claims.js';

export const POLICIES: Policy[] = [
  {
    number: 'HM-482913',
    holder: 'Dana Whitfield',
    dateOfBirth: '1984-07-12',
    address: '14 Orchard Lane, Salem',
    active: true,
  },
  {
    number: 'HM-551207',
    holder: 'Luis Ortega',
    dateOfBirth: '1979-02-03',
    address: '88 Bay Road, Gloucester',
    active: true,
  },
  {
    number: 'HM-300118',
    holder: 'Grace Kim',
    dateOfBirth: '1991-11-30',
    address: '5 Mill Street, Beverly',
    active: false,
  },
];
