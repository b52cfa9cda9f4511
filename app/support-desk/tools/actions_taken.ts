import type { SupportUserData } from '../userdata.js';

const MAX_NOTE = 300;
const MAX_NOTES = 20;

/**
 * Record what a tool did in actionsTaken, within the schema's limits. A note that broke the schema
 * would make the tool wrapper roll the userdata back after the store had already changed.
 */
export function recordAction(userData: SupportUserData, note: string): void {
  const clean = note.replace(/\s+/g, ' ').trim();
  if (!clean) return;
  const clipped = clean.length > MAX_NOTE ? `${clean.slice(0, MAX_NOTE - 3)}...` : clean;
  userData.actionsTaken = [...userData.actionsTaken, clipped].slice(-MAX_NOTES);
}
