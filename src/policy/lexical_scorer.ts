// A second opinion next to NLP.js's neural classifier: how much of what the caller said (by
// informative, stemmed words) each intent's phrases explain. With a handful of examples per tool
// the network alone generalises erratically; this scorer is predictable and explainable.
import { StemmerEn } from '@nlpjs/lang-en';
import { distance } from 'fastest-levenshtein';

const stemmer = new StemmerEn();
const stemCache = new Map<string, string>();

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = (stemmer as unknown as { stemWord: (w: string) => string }).stemWord(word);
    if (stemCache.size > 20_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** Levenshtein distance, counting one swap of neighbouring letters ("refnud") as a single typo. */
export function typoDistance(a: string, b: string): number {
  const d = distance(a, b);
  if (d !== 2 || a.length !== b.length) return d;
  const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]
    ? 1
    : d;
}

/** The allowed typo distance for a word of this length. */
export function typoLimit(length: number): number {
  return length >= 8 ? 2 : length >= 6 ? 1 : 0;
}

export class LexicalScorer {
  private readonly bags = new Map<string, Set<string>>();
  private readonly idf = new Map<string, number>();
  /** Known words (unstemmed) for typo correction. */
  readonly words: Set<string>;

  constructor(docs: { intent: string; words: string[] }[], extraWords: Iterable<string> = []) {
    this.words = new Set(extraWords);
    for (const d of docs) {
      let bag = this.bags.get(d.intent);
      if (!bag) {
        bag = new Set();
        this.bags.set(d.intent, bag);
      }
      for (const w of d.words) {
        this.words.add(w);
        bag.add(stem(w));
      }
    }
    const df = new Map<string, number>();
    for (const bag of this.bags.values()) for (const s of bag) df.set(s, (df.get(s) ?? 0) + 1);
    const n = this.bags.size;
    for (const [s, count] of df) this.idf.set(s, Math.log(1 + n / count));
    this.unknownWeight = Math.log(1 + n);
  }

  private readonly unknownWeight: number;

  /** Replace unknown words with a known word one typo away ("interent" → "internet"). */
  correct(words: string[]): string[] {
    return words.map((w) => {
      if (this.words.has(w) || w.length < 5 || /\d/.test(w)) return w;
      const limit = typoLimit(w.length);
      let best: { word: string; d: number } | undefined;
      for (const known of this.words) {
        if (Math.abs(known.length - w.length) > limit) continue;
        const d = typoDistance(w, known);
        if (d <= limit && (!best || d < best.d)) best = { word: known, d };
      }
      return best?.word ?? w;
    });
  }

  /** Share of the utterance's information one intent explains (0 when unknown). */
  coverage(intent: string, words: string[]): number {
    const bag = this.bags.get(intent);
    if (!bag) return 0;
    const stems = [...new Set(words.map(stem))];
    const weight = (s: string) => this.idf.get(s) ?? this.unknownWeight;
    const total = stems.reduce((sum, s) => sum + weight(s), 0);
    return total === 0 ? 0 : stems.filter((s) => bag.has(s)).reduce((sum, s) => sum + weight(s), 0) / total;
  }

  /** The intent's phrases have this stem. */
  knows(intent: string, s: string): boolean {
    return this.bags.get(intent)?.has(s) ?? false;
  }

  /** Per intent, how many of the utterance's words it alone knows (words two intents share are no evidence). */
  distinctiveHits(words: string[]): Map<string, number> {
    const out = new Map<string, number>();
    for (const s of new Set(words.map(stem))) {
      const owners = [...this.bags].filter(([, bag]) => bag.has(s)).map(([intent]) => intent);
      if (owners.length === 1) out.set(owners[0]!, (out.get(owners[0]!) ?? 0) + 1);
    }
    return out;
  }

  /**
   * Share of the utterance's information each intent explains; `None` gets the unexplained rest.
   * `emphasised` stems count `emphasis` times (the classifier passes only words one intent alone knows).
   */
  score(
    words: string[],
    emphasised: ReadonlySet<string> = new Set(),
    emphasis = 1,
    muted: ReadonlySet<string> = new Set(),
    uncredited: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
  ): Map<string, number> {
    // Muted stems say nothing about which intent (the classifier's "book" of "book a wake-up call").
    const stems = [...new Set(words.map(stem))].filter((s) => !muted.has(s));
    // Unknown words count like the rarest known word: they may well be the real request.
    const weight = (s: string) => this.idf.get(s) ?? this.unknownWeight;
    const weighted = (s: string) => weight(s) * (emphasised.has(s) ? emphasis : 1);
    const total = stems.reduce((sum, s) => sum + weighted(s), 0);
    const out = new Map<string, number>();
    if (total === 0) return out;
    for (const [intent, bag] of this.bags) {
      // Uncredited stems still count in the whole: the intent explains that much less of it.
      const no = uncredited.get(intent);
      const covered = stems.filter((s) => bag.has(s) && !no?.has(s)).reduce((sum, s) => sum + weighted(s), 0);
      if (covered > 0) out.set(intent, covered / total);
    }
    return out;
  }
}
