// A small seeded generator (the project's mulberry32): the simulated caller's choices repeat exactly for a seed.
import { seededRandom } from '../observability/records/record_bench.js';

export class SeededRandom {
  private readonly random: () => number;

  constructor(seed: number | string) {
    this.random = seededRandom(typeof seed === 'number' ? seed : hashString(seed));
  }

  /** A float in [0, 1). */
  next(): number {
    return this.random();
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** FNV-1a: a stable 32-bit number for a text (seed + scenario name). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
