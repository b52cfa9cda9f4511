// Words callers use for the same thing in any service call, whatever the business: each group
// maps to its first word, so "the db is crawling" and "the database is slow" share features and
// "my bucket" finds a listed "storage". Only single words (phrases are joined in synonyms.ts).
// A word belongs to one group; the domain vocabulary of one app goes in that app (PolicyOptions.lexicon).
export const WORD_GROUPS: string[][] = [
  // Asking for things, booking, sending.
  ['book', 'booking', 'schedule', 'scheduling', 'arrange', 'reserve', 'reservation', 'pencil'],
  ['meeting', 'demo', 'demonstration', 'walkthrough', 'presentation', 'consultation'],
  [
    'resources',
    'guide',
    'guides',
    'brochure',
    'brochures',
    'docs',
    'documentation',
    'materials',
    'whitepaper',
    'pdf',
    'pamphlet',
    'leaflet',
    'literature',
  ],
  ['appointment', 'appt', 'visit', 'slot'],
  ['hurry', 'asap', 'urgent', 'urgently', 'soonest', 'quickly'],
  // Companies: hours, places, jobs, privacy.
  ['hours', 'opening', 'closing', 'weekend', 'weekends', 'weekday', 'weekdays', 'holidays', 'holiday'],
  ['address', 'location', 'located', 'office', 'offices', 'headquarters', 'hq', 'directions'],
  ['hiring', 'jobs', 'job', 'careers', 'career', 'vacancies', 'vacancy', 'recruiting', 'internship', 'positions'],
  ['privacy', 'gdpr', 'confidential', 'confidentiality'],
  // Software and online services.
  ['database', 'databases', 'db', 'dbs', 'postgres', 'mysql', 'sql'],
  ['dashboard', 'console', 'portal', 'panel', 'admin'],
  ['storage', 'bucket', 'buckets', 'upload', 'uploads', 'uploading', 'uploaded', 'files'],
  ['api', 'apis', 'endpoint', 'endpoints', 'sdk', 'webhook', 'webhooks'],
  ['email', 'emails', 'smtp', 'mailbox', 'newsletter'],
  ['website', 'site', 'webpage', 'homepage'],
  // Joins the "broken" group of synonyms.ts (same first word): something that should work does not.
  [
    'broken',
    'timeout',
    'timeouts',
    'unresponsive',
    'failing',
    'fails',
    'failed',
    'failure',
    'erroring',
    'errors',
    'crashing',
  ],
  // Food and menus.
  ['vegetarian', 'veggie', 'meatless'],
  ['allergy', 'allergic', 'allergies', 'allergen', 'allergens', 'celiac', 'coeliac', 'intolerant', 'intolerance'],
  ['dessert', 'desserts', 'sweet', 'sweets', 'pudding'],
  ['pickup', 'collect', 'collection', 'takeaway', 'takeout', 'carryout'],
  // Health and home.
  ['teeth', 'tooth', 'dental', 'dentist', 'gums', 'mouth'],
  ['hurt', 'injured', 'injury', 'injuries', 'unsafe', 'danger', 'dangerous', 'bleeding'],
  ['damage', 'damaged', 'destroyed', 'ruined', 'wrecked'],
];
