import type { SupportStore } from '../api/index.js';

/** What every desk tool needs: the records, the clock, and the desk's time zone. */
export interface DeskDeps {
  store: SupportStore;
  /** Current time; tests pass a fixed clock. */
  now: () => Date;
  /** IANA time zone used to read and speak times (e.g. "America/New_York"). */
  timeZone: string;
}

/** The desk's time zone: `SUPPORT_DESK_TZ`, else the machine's. */
export function defaultTimeZone(): string {
  return process.env.SUPPORT_DESK_TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}
