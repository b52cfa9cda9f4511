// Record ids (order numbers, booking references, card numbers) from one utterance: ids written in
// the argument's pattern first, then free ids matched by the letters their description fixes, the
// question just asked, or a cue word; bare digit runs that could be a phone number need a cue.
import { idExample } from './id_examples.js';
import type { ParamSpec } from './param_spec.js';
import {
  findIdentifiers,
  findPhones,
  formatIdentifier,
  shapedLikeExample,
  withExampleLetters,
  withFixedLetters,
  type Utterance,
} from './slots/index.js';
import { assign } from './slots/cue_assign.js';
import { selfCorrected } from './slots/self_correction.js';
import type { ToolInfo } from './tool_catalog.js';

/** What id filling reads of the extraction's options. */
export interface IdOptions {
  expecting?: ParamSpec;
  typedOnly: boolean;
}

/** Where ids go: `put` checks the schema; `claimed` keeps a value from being reused as another id or a phone. */
export interface IdFill {
  put(p: ParamSpec, value: unknown, strong: boolean): void;
  claimed: Set<string>;
}

/** The letters an id argument's example or described format fixes ("HM-482913", "R P dash …" → "RP"). */
function fixedLetters(p: ParamSpec): string | undefined {
  const shape = idExample(p) ?? formatIdentifier(p.description);
  const letters = shape ? /^[A-Za-z]+/.exec(shape.replace(/[^A-Za-z0-9]/g, ''))?.[0] : undefined;
  return letters?.toUpperCase();
}

/** Bare digits as many as the argument's described format has ("R P dash and four digits"). */
function fitsFormatDigits(p: ParamSpec, value: string): boolean {
  const format = formatIdentifier(p.description);
  return format !== undefined && /^\d+$/.test(value) && value.length === format.replace(/\D/g, '').length;
}

/**
 * "sk 201" for an id whose example fixes its letters and digit count ("like SK 105"): the letters
 * said apart from a digit run too short to be an id on its own shape.
 */
function spacedLettered(text: string, params: readonly ParamSpec[]): { value: string; index: number }[] {
  const out: { value: string; index: number }[] = [];
  for (const p of params) {
    const example = idExample(p);
    const letters = fixedLetters(p);
    if (!example || !letters) continue;
    const digits = example.replace(/\D/g, '').length;
    if (digits === 0 || example.replace(/[^A-Za-z]/g, '').length !== letters.length) continue;
    const re = new RegExp(`(?<![a-z0-9])${letters.split('').join('\\s*')}[\\s-]+(\\d{${digits}})(?![\\d:])`, 'gi');
    for (const m of text.matchAll(re))
      if (!out.some((f) => f.index === m.index)) out.push({ value: `${letters}${m[1]}`, index: m.index });
  }
  return out;
}

/** Fill the tool's identifier arguments from the utterance. */
export function fillIdentifiers(tool: ToolInfo, u: Utterance, opts: IdOptions, fill: IdFill): void {
  const { put, claimed } = fill;
  const text = u.norm;
  const expecting = opts.expecting;
  const byKind = (k: ParamSpec['kind']) => tool.params.filter((p) => p.kind === k);
  const idParams = byKind('identifier');
  const patterned = idParams.filter((p) => p.pattern);
  for (const p of patterned) {
    const out = new Map<ParamSpec, string>();
    const found = selfCorrected(text, findIdentifiers(u, p.pattern)).filter((f) => !claimed.has(f.value));
    // Several ids of the same shape: the cue word ("order", "account") decides.
    const needCue = found.length > 1 && patterned.length > 1;
    assign([p], found, text, () => needCue, out);
    for (const [q, v] of out) {
      // Read out in pieces ("RV 14 A B"): written like the description's example when that fits.
      const example = idExample(q);
      const shaped = example ? shapedLikeExample(v, example) : v;
      put(q, q.pattern!.test(shaped) ? shaped : v, true);
      claimed.add(v);
      claimed.add(v.replace(/\D/g, ''));
    }
  }
  const free = idParams.filter((p) => !p.pattern);
  if (free.length) {
    const found = selfCorrected(text, [...findIdentifiers(u), ...spacedLettered(text, free)]).filter(
      (f) => !claimed.has(f.value) && !claimed.has(f.value.replace(/\D/g, '')),
    );
    // A phone number said in the line: its bare digits ("no wait, oh one three two at the end") are
    // phone talk, not an id, whether or not this tool takes the phone.
    const phonesToo = byKind('phone').length > 0 || findPhones(u).length > 0;
    const out = new Map<ParamSpec, string>();
    assign(
      free,
      found,
      text,
      (p, f) => {
        // An id whose letters the description fixes ("R P dash and four digits") goes by its letters.
        const letters = fixedLetters(p);
        const lettered =
          letters !== undefined &&
          (f.value
            .toUpperCase()
            .replace(/[^A-Z0-9]/g, '')
            .startsWith(letters) ||
            // "rt 7012": the letters said as a word of their own just before the digits.
            new RegExp(`(?:^|[^a-z])${letters.split('').join('\\s*')}\\s*[-.]?\\s*$`, 'i').test(
              text.slice(Math.max(0, f.index - 12), f.index),
            ));
        // Asked for this id, and only its digits said ("four eight two one" for "R P dash and four
        // digits"): this id, its letters being fixed, though another id here has letters too.
        if (expecting === p && fitsFormatDigits(p, f.value)) return false;
        if (letters && free.length > 1) return !lettered;
        // Said with the letters the description fixes ("R P four eight two one"): this id, exactly.
        if (lettered) return false;
        if (expecting === p) return false;
        // A bare digit run could be a phone number: without a cue it is not an id.
        if (phonesToo && /^\d+$/.test(f.value)) return true;
        if (opts.typedOnly) return true;
        // One id argument and a number said with the request ("refund 2041"): that number is the id.
        return free.length > 1;
      },
      out,
    );
    for (const [p, v] of out) {
      // Written the way the description's example is ("like HM-482913"), separators and all.
      const example = idExample(p);
      // Bare digits of another length than the example's ("1984" for "like HM-482913") are a year
      // or a count said while something else was asked, not this id.
      const digits = (x: string) => x.replace(/\D/g, '').length;
      if (example && expecting !== p && /^\d+$/.test(v) && digits(v) !== digits(example)) continue;
      const format = example ? undefined : formatIdentifier(p.description);
      put(p, example ? withExampleLetters(v, example) : format ? withFixedLetters(v, format) : v, true);
      claimed.add(v);
    }
  }
}
