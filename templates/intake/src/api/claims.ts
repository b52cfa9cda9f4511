// A mock of the insurer's policy and claims systems, in memory so the project runs offline.
import { POLICIES } from './claims_data.js';

export interface Policy {
  number: string;
  holder: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  address: string;
  active: boolean;
}

export interface Claim {
  id: string;
  policyNumber: string;
  incidentType: string;
  incidentDate: string;
  description: string;
  phone: string;
}

export class ClaimsApi {
  private readonly policies: Policy[];
  readonly claims: Claim[] = [];
  readonly now: () => Date;

  constructor(options: { policies?: Policy[]; now?: () => Date } = {}) {
    this.policies = structuredClone(options.policies ?? POLICIES);
    this.now = options.now ?? (() => new Date());
  }

  policy(number: string): Policy | undefined {
    return this.policies.find((p) => p.number === number);
  }

  submit(claim: Omit<Claim, 'id'>): Claim {
    const filed = { id: `CLM-${70001 + this.claims.length}`, ...claim };
    this.claims.push(filed);
    return filed;
  }
}
