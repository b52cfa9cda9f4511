// Other words for an argument's values, as the app wrote them into the argument's description:
// brackets after a listed value ("router (also for Wi-Fi)", "technical (internet, app)"), quoted
// meanings ('"telly" means TV') and redirects ("Wi-Fi and internet problems are router problems").
// Matching ignores case and treats hyphens and spaces inside words alike ("wi-fi" = "wifi" = "wi fi").
import { escapeRegExp } from './regexp.js';

// Words that open a bracket without being an alias: "(also for Wi-Fi)", "(e.g. fibre, DSL)".
const ALIAS_LEAD =
  /^(?:(?:also|incl\.?|including|includes|covers|e\.g\.?|eg|i\.e\.?|ie|such as|like|for example|aka|or|and|for|use for|used for|means|the|a|an)\s+)+/i;

function cleanAlias(text: string): string | undefined {
  const alias = text
    .replace(ALIAS_LEAD, '')
    .replace(/\b(?:etc|and so on|and more)\b\.?/gi, '')
    .replace(/[.:;!?"“”']+/g, '')
    .trim()
    .toLowerCase();
  return alias && alias.split(/\s+/).length <= 3 ? alias : undefined;
}

// A bracket that says when a value applies ("snow chains (SUVs and minivans only)", "(not for
// luxury cars)", "(up to 2 guests)"): a restriction on it, not other words for it. ("not eating",
// "not sure yet" are words for a value.)
const RESTRICTION =
  /\b(?:only|except|up to|at most|max(?:imum)?|min(?:imum)?|at least|not (?:for|on|with|available|allowed))\b/i;

/** "also for Wi-Fi, internet or fibre" → ["wi-fi", "internet", "fibre"]. */
export function aliasesInBrackets(inside: string): string[] {
  if (/\bonly\b/i.test(inside)) return [];
  return inside
    .split(/,|\bor\b|\band\b|\//)
    .filter((part) => !RESTRICTION.test(part))
    .map(cleanAlias)
    .filter((a): a is string => a !== undefined);
}

/** Letters and digits only, lower case: "Wi-Fi" → "wifi", "TV box" → "tvbox". For comparing names. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** A pattern for a phrase in which hyphens, underscores and spaces between its parts are optional ("this_year"). */
export function phrasePattern(phrase: string): string {
  return phrase
    .toLowerCase()
    .trim()
    .split(/[\s_-]+/)
    .map(escapeRegExp)
    .join('[\\s_-]*');
}

/** Hyphens between letters removed, so a phrase written "wifi" is found in "wi-fi" (same length kept). */
export function withoutInnerHyphens(text: string): string {
  return text.replace(/([a-z0-9])-(?=[a-z0-9])/gi, '$1 ');
}

/**
 * Redirects: "Wi-Fi and internet problems are router problems", "use router for Wi-Fi".
 * Returns alias lists for the values they point at.
 */
export function redirectsIn(description: string, values: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const text = description.replace(/[\u2018\u2019]/g, "'");
  for (const value of values) {
    const v = phrasePattern(value);
    const patterns = [
      new RegExp(
        `(?:^|[.;:]\\s*)([^.;:]{2,60}?)\\s+(?:problems?|issues?|faults?|questions?)?\\s*(?:are|count as|counts as|go under|goes under|belong to|belongs to)\\s+(?:a\\s+|an\\s+|the\\s+)?${v}(?![a-z])`,
        'gi',
      ),
      new RegExp(`\\buse\\s+["“]?${v}["”]?\\s+for\\s+([^.;:]{2,80})`, 'gi'),
    ];
    for (const re of patterns) {
      for (const m of text.matchAll(re)) {
        const aliases = aliasesInBrackets(m[1]!.replace(/\s+(?:problems?|issues?|faults?|questions?)$/i, ''));
        if (aliases.length) out[value] = [...(out[value] ?? []), ...aliases];
      }
    }
  }
  return out;
}

/** Aliases for each value from brackets right after it, quoted meanings and redirects. */
export function aliasesIn(description: string, values: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const text = description.replace(/[\u2018\u2019]/g, "'");
  const add = (value: string, aliases: string[]) => {
    const own = fold(value);
    const fresh = aliases.filter((a) => fold(a) !== own);
    if (fresh.length) out[value] = [...new Set([...(out[value] ?? []), ...fresh])];
  };
  for (const value of values) {
    const v = phrasePattern(value.replace(/[_]+/g, ' '));
    // Every bracket after the value: the argument's own and the tool's ("Also: …") alike.
    for (const paren of text.matchAll(new RegExp(`(?<![a-z0-9])${v}\\s*\\(([^)]*)\\)`, 'gi')))
      add(value, aliasesInBrackets(paren[1]!));
    const means = [...text.matchAll(new RegExp(`["“']([^"”']+)["”']\\s+(?:means|is|=)\\s+${v}(?![a-z0-9])`, 'gi'))].map(
      (m) => m[1]!.toLowerCase(),
    );
    add(value, means);
  }
  for (const [value, aliases] of Object.entries(redirectsIn(text, values))) add(value, aliases);
  return out;
}

/**
 * What each value means, when the description glosses them as "value: meaning" ("refund: pay the
 * account credit back to the caller; dispute: the caller thinks a bill is wrong"). Whole glosses,
 * for telling values apart by the words only one of them has; brackets inside are left to aliasesIn.
 */
export function glossesIn(description: string, values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const text = description.replace(/[\u2018\u2019]/g, "'");
  for (const value of values) {
    const v = phrasePattern(value.replace(/[_]+/g, ' '));
    const m = new RegExp(`(?:^|[.;,]\\s*)${v}\\s*:\\s*([^;.:]{3,120})`, 'i').exec(text);
    if (m) out[value] = m[1]!.replace(/\([^)]*\)/g, ' ').trim();
  }
  // A form of a word every value's name has ("moving" of move_in and move_out) tells none apart.
  const named = values.flatMap((v) => v.toLowerCase().split(/[\s_-]+/)).filter((w) => w.length >= 3);
  const formOfName = (w: string) => named.some((n) => w === n || w.startsWith(n.replace(/e$/, '')));
  for (const [value, gloss] of Object.entries(out))
    out[value] = gloss
      .split(/\s+/)
      .filter((w) => !formOfName(w.toLowerCase()))
      .join(' ');
  return out;
}
