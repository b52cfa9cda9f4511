// "I need a room" and "the heating in my room": two desks may share a noun yet not the way it is
// owned. The booking desk's phrases say "a room"; the in-house desk's say "my room", "their room".
// A line's determiner then says which desk's word it is: a desk whose phrases never own the thing
// that way gets no credit for it (its other words still count), and a request's head said that way
// by one desk alone is that desk's, as a word only it knows would be.
import { NEW_DETERMINERS, OWNING_DETERMINERS } from '../lexicon/determiners.js';

type Ownership = 'owned' | 'new';

const OWNED = new Set(OWNING_DETERMINERS);
const NEW = new Set(NEW_DETERMINERS);

/** The nouns a text says with a determiner of ownership ("my booking" → owned booking). */
function determinedWords(text: string): { word: string; how: Ownership }[] {
  const words = text
    .toLowerCase()
    .split(/[^a-z']+/)
    .filter(Boolean);
  const out: { word: string; how: Ownership }[] = [];
  for (let i = 0; i + 1 < words.length; i += 1) {
    const how = OWNED.has(words[i]!) ? 'owned' : NEW.has(words[i]!) ? 'new' : undefined;
    if (how) out.push({ word: words[i + 1]!, how });
  }
  return out;
}

export class DeterminerUse {
  /** Per stem, the intents whose phrases say it owned, and say it new. */
  private readonly use = new Map<string, Record<Ownership, Set<string>>>();

  constructor(
    private readonly stemOf: (word: string) => string | undefined,
    private readonly transfers: ReadonlySet<string>,
  ) {}

  /** Learn how one training phrase of `intent` owns its nouns. */
  add(text: string, intent: string): void {
    for (const { word, how } of determinedWords(text)) {
      const s = this.stemOf(word);
      if (!s) continue;
      const entry = this.use.get(s) ?? { owned: new Set<string>(), new: new Set<string>() };
      entry[how].add(intent);
      this.use.set(s, entry);
    }
  }

  /** The stems of `text`'s determined nouns with the intents whose phrases say them that way. */
  private said(text: string): { stem: string; users: Set<string> }[] {
    const out: { stem: string; users: Set<string> }[] = [];
    for (const { word, how } of determinedWords(text)) {
      const s = this.stemOf(word);
      const users = s ? this.use.get(s)?.[how] : undefined;
      if (s && users?.size) out.push({ stem: s, users });
    }
    return out;
  }

  /**
   * Per transfer, the stems of this line it gets no credit for: said owned (or new) where its
   * phrases never say them so and another intent's do. `knows`: the intent's phrases have the stem.
   */
  uncredited(text: string, knows: (intent: string, stem: string) => boolean): Map<string, Set<string>> {
    const out = new Map<string, Set<string>>();
    for (const { stem, users } of this.said(text))
      for (const t of this.transfers)
        if (!users.has(t) && knows(t, stem)) out.set(t, (out.get(t) ?? new Set()).add(stem));
    return out;
  }

  /** Stems of this line said the way only one intent's phrases say them, a transfer's. */
  soleTransferStems(text: string): Set<string> {
    const out = new Set<string>();
    for (const { stem, users } of this.said(text))
      if (users.size === 1 && this.transfers.has([...users][0]!)) out.add(stem);
    return out;
  }
}
