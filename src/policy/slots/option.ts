// One of the options a description lists, said in the utterance.
import { typoDistance } from '../lexical_scorer.js';
import { representative } from '../synonyms.js';
import { fold, withoutInnerHyphens } from '../description_aliases.js';
import type { Utterance } from './utterance.js';
import { tokens, phraseIndex, partialMatch } from './phrase_match.js';

/** How an option was found: its own words (or the description's words for it), or a looser reading. */
export type OptionVia = 'exact' | 'synonym' | 'partial' | 'typo';

/**
 * One of the options a description lists, said in the utterance. `aliases` are the description's
 * other words for options ("router (also for Wi-Fi)"); an alias that is itself another option's
 * name redirects it ("Wi-Fi problems are router problems"). Then everyday synonyms, one word of a
 * several-word option, and a typo on long words.
 */
export function findOption(
  u: Utterance,
  options: string[],
  aliases: Record<string, string[]> = {},
): { option: string; via: OptionVia } | undefined {
  const redirected = new Set(
    options.filter((o) =>
      Object.entries(aliases).some(
        ([target, list]) => fold(target) !== fold(o) && list.some((a) => fold(a) === fold(o)),
      ),
    ),
  );
  let best: { option: string; len: number } | undefined;
  const consider = (option: string, phrase: string) => {
    if (phraseIndex(u.lower, phrase.toLowerCase()) >= 0 && (!best || phrase.length > best.len))
      best = { option, len: phrase.length };
  };
  for (const option of options) if (!redirected.has(option)) consider(option, option);
  for (const option of options) for (const alias of aliases[option] ?? []) consider(option, alias);
  if (best) return { option: best.option, via: 'exact' };
  // Everyday synonyms of a one-word option ("wifi" for internet, "telly" for TV).
  const said = new Set(tokens(withoutInnerHyphens(u.lower)).map(representative));
  const bySynonym = options.find((o) => !/\s/.test(o) && said.has(representative(o.toLowerCase())));
  if (bySynonym) return { option: bySynonym, via: 'synonym' };
  const partial = partialMatch(u.lower, options);
  if (partial) return { option: partial, via: 'partial' };
  for (const w of tokens(u.lower)) {
    if (w.length < 5) continue;
    const hit = options.find((o) => !/\s/.test(o) && o.length >= 5 && typoDistance(w, o.toLowerCase()) <= 1);
    if (hit) return { option: hit, via: 'typo' };
  }
  return undefined;
}

/** One of the options a description lists, said in the utterance (a typo allowed on long words). */
export function matchOption(
  u: Utterance,
  options: string[],
  aliases: Record<string, string[]> = {},
): string | undefined {
  return findOption(u, options, aliases)?.option;
}
