// A clock tests set by hand: workflows and tools take `now: () => Date`, so a fixed clock makes
// dates said aloud ("tomorrow at 9") and stored timestamps the same on every run.

/** A clock that only moves when the test moves it. Pass `clock.now` wherever a `() => Date` goes. */
export interface FixedClock {
  /** The clock's time (a fresh Date each call, so callers may mutate it). */
  readonly now: () => Date;
  /** The clock's time in epoch milliseconds. */
  readonly ms: () => number;
  /** Move the clock forward by `ms` milliseconds (negative moves it back). */
  advance(ms: number): void;
  /** Set the clock to `at`. */
  set(at: Date | string | number): void;
}

function toMs(at: Date | string | number): number {
  const ms = new Date(at).getTime();
  if (Number.isNaN(ms))
    throw new RangeError(`fixedClock: "${String(at)}" is not a date (use an ISO string such as 2025-03-04T19:00:00Z).`);
  return ms;
}

/** A clock fixed at `at` (an ISO string, a Date or epoch milliseconds). */
export function fixedClock(at: Date | string | number): FixedClock {
  let current = toMs(at);
  return {
    now: () => new Date(current),
    ms: () => current,
    advance(ms) {
      current += ms;
    },
    set(next) {
      current = toMs(next);
    },
  };
}
