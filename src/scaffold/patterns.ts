// The workflow patterns `switchboard new` can generate; each has a folder under templates/.

export interface Pattern {
  name: string;
  title: string;
  /** The agents in order, as shown in the picker and the generated README. */
  flow: string;
}

export const PATTERNS: readonly Pattern[] = [
  { name: 'support', title: 'Support desk', flow: 'Greeting → Triage → Technical / Billing → Escalation' },
  {
    name: 'sales',
    title: 'Sales line',
    flow: 'Intro → Qualification → Demo → Account executive; disqualified → Follow-up',
  },
  { name: 'intake', title: 'Claim intake', flow: 'Welcome → Data collection → Verification → Confirmation' },
  { name: 'router', title: 'Intent router', flow: 'Router → Technical | Billing | Sales | General' },
  { name: 'restaurant', title: 'Restaurant orders', flow: 'Welcome → Menu → Order taking → Payment → Confirmation' },
  { name: 'appointment', title: 'Appointment booking', flow: 'Reception → Availability → Booking → Confirmation' },
];

export const PATTERN_NAMES = PATTERNS.map((p) => p.name);

export function findPattern(name: string): Pattern | undefined {
  return PATTERNS.find((p) => p.name === name.trim().toLowerCase());
}
