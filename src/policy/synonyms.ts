// Everyday service-call English: words callers use interchangeably. Each group maps to one
// representative so "my telly is frozen" and "the TV is stuck" share features. General vocabulary
// for phone support of any kind (orders, bills, devices, appointments), not one app's terms;
// lexicon/word_groups.ts adds the default lexicon's groups, and apps add theirs (extendLexicon).
import { WORD_GROUPS } from './lexicon/word_groups.js';

const GROUPS: string[][] = [
  ['refund', 'reimburse', 'reimbursement', 'repay', 'moneyback', 'credit', 'credited', 'compensation', 'compensate'],
  ['bill', 'invoice', 'statement', 'billing', 'billed'],
  ['charge', 'charged', 'fee', 'fees', 'cost', 'price', 'overcharged', 'overcharge', 'debited', 'deducted'],
  [
    'pay',
    'paid',
    'payment',
    'payments',
    'paying',
    'money',
    'cash',
    'funds',
    'balance',
    'owe',
    'owed',
    'owing',
    'unpaid',
    'outstanding',
    'overdue',
    'arrears',
  ],
  ['broken', 'faulty', 'busted', 'dead', 'defective', 'malfunctioning', 'fault'],
  ['slow', 'sluggish', 'laggy', 'lagging', 'lag', 'crawling'],
  [
    'drop',
    'dropping',
    'drops',
    'disconnect',
    'disconnecting',
    'disconnects',
    'flaky',
    'unstable',
    'intermittent',
    'cutting',
    'cuts',
  ],
  ['freeze', 'freezing', 'frozen', 'stuck', 'hangs', 'hanging'],
  ['ship', 'shipped', 'shipping', 'dispatch', 'dispatched', 'sent'],
  ['arrive', 'arrived', 'delivered', 'delivery', 'deliver', 'come', 'came'],
  ['package', 'parcel', 'shipment', 'order', 'ordered', 'purchase', 'purchased'],
  ['track', 'tracking', 'status', 'whereabouts'],
  [
    'person',
    'human',
    'someone',
    'somebody',
    'representative',
    'rep',
    'operator',
    'agent',
    'supervisor',
    'manager',
    'people',
  ],
  ['ticket', 'case', 'complaint', 'complain'],
  ['technician', 'engineer', 'installer', 'tech'],
  ['internet', 'broadband', 'wifi', 'connection', 'online', 'web', 'net'],
  ['tv', 'television', 'telly', 'channels', 'channel', 'picture'],
  ['mobile', 'cell', 'cellphone', 'smartphone', 'bars', 'reception'],
  ['router', 'modem', 'hub', 'gateway'],
  ['outage', 'outages', 'blackout'],
  [
    'area',
    'everyone',
    'everybody',
    'neighbours',
    'neighbors',
    'others',
    'nearby',
    'locally',
    'neighbourhood',
    'neighborhood',
    'region',
    'town',
  ],
  ['callback', 'callbacks'],
  [
    'tomorrow',
    'today',
    'tonight',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'morning',
    'afternoon',
    'evening',
  ],
  ['bye', 'goodbye', 'farewell', 'cya'],
  ['mistake', 'accident', 'accidentally', 'mistakenly', 'error'],
  ['dial', 'dialed', 'dialled', 'dialing', 'called'],
  ['thanks', 'thank', 'cheers', 'ta', 'appreciate', 'appreciated'],
  ['help', 'assist', 'assistance', 'support'],
  ['problem', 'issue', 'trouble', 'fault', 'glitch'],
  ['wrong', 'incorrect', 'wrongly'],
  ['cancel', 'cancelled', 'canceled', 'cancellation', 'terminate'],
  ['verify', 'verification', 'confirm', 'identity', 'authenticate'],
];

const REPRESENTATIVE = new Map<string, string>();
/** Every word the groups know (typo correction may land on any of them). */
export const SYNONYM_WORDS = new Set<string>();
let version = 0;

/** Add word groups (each maps to its first word); a word already in a group keeps its group. */
export function addWordGroups(groups: string[][]): void {
  let added = false;
  for (const group of groups) {
    const head = group[0]?.toLowerCase();
    if (!head) continue;
    for (const raw of group) {
      const word = raw.toLowerCase();
      if (REPRESENTATIVE.has(word)) continue;
      REPRESENTATIVE.set(word, REPRESENTATIVE.get(head) ?? head);
      SYNONYM_WORDS.add(word);
      added = true;
    }
  }
  if (added) version += 1;
}

/** Changes whenever groups are added: trained classifiers keyed on it are retrained. */
export function wordGroupsVersion(): number {
  return version;
}

addWordGroups(GROUPS);
addWordGroups(WORD_GROUPS);

/** The group representative for a word, or the word itself. */
export function representative(word: string): string {
  // Plurals share their singular's group ("invoices" → bill, "routers" → router).
  return (
    REPRESENTATIVE.get(word) ??
    (word.length > 4 && word.endsWith('s') ? REPRESENTATIVE.get(word.replace(/e?s$/, '')) : undefined) ??
    (word.length > 4 && word.endsWith('s') ? REPRESENTATIVE.get(word.slice(0, -1)) : undefined) ??
    word
  );
}

/** Two-word expressions that mean one thing ("money back" → refund, "not working" → broken). */
export function joinPhrases(text: string): string {
  return (
    text
      .replace(/\bmoney back\b/g, 'refund')
      .replace(
        /\b(?:not|isn't|is not|doesn't|does not|stopped|stop|won't|will not|never) (?:work|working|works|workin|wokring|go(?:ing)? through|connecting|loading|reaching|arriving|responding|sending|going out|coming through|starting|opening|turning on|syncing|saving)\b/g,
        'broken',
      )
      .replace(/\b(?:cut|cutting|cuts|drop|drops|dropping|keeps? dropping) out\b/g, 'drop')
      .replace(/\b(?:tim(?:es|ed|ing)|time) out\b/g, 'timeout')
      .replace(/\bcall(?:ing|ed)? (?:me )?back\b/g, 'callback')
      .replace(/\b(?:ring|phone) (?:me )?back\b/g, 'callback')
      .replace(/\bno (?:service|signal|bars|reception)\b/g, 'nosignal signal')
      .replace(/\bdial tone\b/g, 'dialtone')
      .replace(/\bnothing (?:works|is working|happens|loads)\b/g, 'broken')
      .replace(/\b(is|are|went|goes|gone|has gone|have gone)( \w+)? out\b/g, '$1$2 down')
      .replace(/\bother people\b/g, 'others')
      // "no sound", "can't log in": something that should work does not.
      .replace(/\b(?:cannot|can not|unable to|can't) (?=\w)/g, 'broken ')
      .replace(
        /\bno (?!thanks?\b|thank you\b|problem\b|worries\b|way\b|idea\b|one\b|need\b|more\b|longer\b|rush\b|hurry\b)(\w+)/g,
        '$1 broken',
      )
  );
}
