// Facts worth keeping from any earlier turn of the call, read without the clock or the question
// asked: enum values said exactly (or in the description's own word), headcounts and owned counts
// said with what they count, and birth dates said with month and year.
import { BIRTH_CUE, countsPeople, isCount, paramAbout, type ParamSpec } from './param_spec.js';
import {
  describedSynonym,
  findCounts,
  findDateTimes,
  findHeadcounts,
  matchEnum,
  type Utterance,
} from './slots/index.js';
import { countsWhatIsAsked } from './slots/count_asked.js';
import { selfCorrected } from './slots/self_correction.js';
import { dateValue } from './slot_dates.js';
import type { ToolInfo } from './tool_catalog.js';

/** The extraction's state remembered facts read and write. */
export interface FactFill {
  values: Record<string, unknown>;
  put(p: ParamSpec, value: unknown, strong: boolean): void;
  /** Values an exact format already took. */
  claimed: ReadonlySet<string>;
  /** Positions of numbers the caller took back ("fifty, no, sixty"). */
  withdrawnNumbers: ReadonlySet<number>;
}

// Any fixed "now" reads a date said with its year the same way.
const BIRTH_EPOCH = new Date(2000, 0, 1);

/** Fill what an earlier turn said for certain (the typed-only pass). */
export function fillRememberedFacts(tool: ToolInfo, u: Utterance, fill: FactFill): void {
  const { values, put, claimed, withdrawnNumbers } = fill;
  const text = u.norm;
  const byKind = (k: ParamSpec['kind']) => tool.params.filter((p) => p.kind === k);

  for (const p of byKind('enum')) {
    const m = matchEnum(u, p.enumValues ?? [], p.description, p.listed);
    if (m && m.via === 'exact') put(p, m.value, true);
    // "i've got a corn snake" at the front desk: the description's own word for reptile.
    else if (m?.via === 'synonym' && describedSynonym(u, p.enumValues ?? [], p.description) === m.value)
      put(p, m.value, true);
  }
  // A headcount said with what it counts ("about fourteen users") is a fact whenever it was said.
  for (const p of byKind('number')) {
    if (!countsPeople(p)) continue;
    const heads = selfCorrected(text, findHeadcounts(u)).filter(
      (f) => !claimed.has(String(f.value)) && !withdrawnNumbers.has(f.index),
    );
    // Said once, or said again the same ("it's just me, I'm a solo consultant"): one headcount.
    if (heads.length && new Set(heads.map((h) => h.value)).size === 1)
      put(p, p.type === 'integer' ? Math.round(heads[0]!.value) : heads[0]!.value, true);
  }
  // A count said with whose the things are and the very thing the argument counts ("two kids'
  // bikes" for how many bikes) is a fact too, kept for the desk that asks later.
  for (const p of byKind('number')) {
    if (countsPeople(p) || !isCount(p) || values[p.name] !== undefined) continue;
    const counted = selfCorrected(text, findCounts(u)).filter(
      (f) =>
        f.owned === true &&
        !claimed.has(String(f.value)) &&
        !withdrawnNumbers.has(f.index) &&
        countsWhatIsAsked(p, text, f.index),
    );
    if (counted.length && new Set(counted.map((c) => c.value)).size === 1)
      put(p, p.type === 'integer' ? Math.round(counted[0]!.value) : counted[0]!.value, true);
  }
  // A birth date said with its month and year ("born February 3rd 1979") is a fact whenever it
  // was said, like an email: kept for the tool that asks for it later in the call. Month names
  // and a full year make it independent of the clock and of how numeric dates are read.
  for (const p of [...byKind('date'), ...byKind('datetime')]) {
    if (!BIRTH_CUE.test(paramAbout(p))) continue;
    const d = findDateTimes(u, BIRTH_EPOCH, 'month-first', 'past').find(
      (f) =>
        f.hasDay &&
        !f.approximate &&
        /\b(?:1[89]|20)\d{2}\b/.test(f.text) &&
        /[a-z]{3}/i.test(f.text) &&
        BIRTH_CUE.test(text.slice(Math.max(0, f.index - 30), f.index)),
    );
    if (d) put(p, dateValue(p, d), true);
  }
}
