// A person's name: after a cue ("my name is", "I'm"), from compromise's people(), or the short
// answer when a name was just asked for. Function words, times and everyday words are not names.
import nlp from 'compromise';
import { findEmails } from './email.js';
import { type Utterance, docOf, memo, withoutEmails, titleCase } from './utterance.js';
import { escapeRegExp } from '../regexp.js';
import { correctedName } from './name_correction.js';
import { COMMIT_VERBS } from '../lexicon/commit_words.js';
import { NAMED_ROLES, STREET_TYPES } from '../lexicon/index.js';
import { TEENS, TENS, UNITS } from '../../spoken/number_words.js';

// Words that follow "I'm" / "this is" but are not names, and end one ("priya raman i'm at northwind").
const NOT_NAME_WORDS = new Set(
  `a an the my your our their his her its this that these those and or but so to of in on at for with from by about
  calling call ringing speaking here there just still again also very really so not no yes yeah yep yup nope nah ok okay hi hello hey hiya howdy sorry
  looking trying having wondering hoping waiting phoning contacting reaching interested unable able going gonna
  frustrated angry annoyed upset confused done good fine great well happy glad sure afraid sick tired fed new back
  customer client member user caller subscriber owner manager it is was be been being am are under thanks thank please
  cheers bye goodbye i i'm i've i'd i'll we we're we've we'd it's he's she's they they're`.split(/\s+/),
);
// Clock and calendar words: "the 11 o'clock", "thanks O'Clock" and "Tuesday" are never names.
const TIME_WORDS = new Set(
  `o'clock oclock am pm a.m. p.m. noon midday midnight morning afternoon evening tonight today tomorrow yesterday
  monday tuesday wednesday thursday friday saturday sunday weekend week month year asap soon later`.split(/\s+/),
);

/** Drop leading function words ("Under Maria" → "Maria"); nothing when a word is a clock or function word. */
function nameOnly(found: string): string | undefined {
  const words = found.split(/\s+/).filter(Boolean);
  while (words.length && NOT_NAME_WORDS.has(words[0]!.toLowerCase())) words.shift();
  if (!words.length || words.some((w) => TIME_WORDS.has(w.toLowerCase()) || NOT_NAME_WORDS.has(w.toLowerCase())))
    return undefined;
  return words.join(' ');
}

// "…, name Park": a bare "name" opening a clause (after an id, say) is followed by the name.
const STRONG_NAME_CUE =
  /\b(?:my name is|my name's|name is|name's|the name is|call me|first name is|last name is|surname is|full name is|(?:surname|last name|family name)(?:\s+(?:on|of)\s+(?:it|the\s+[a-z]+))?(?:\s+is)?|(?<=(?:^|[,;])\s*(?:and\s+)?(?:the\s+)?)name(?!\s+(?:is|was|on|of|for|under|and|please)\b))\s+/i;
// Whose name a booking is held in, said after it ("it's booked under my wife's name, whitfield",
// "in my partner's name: Lee"): the name that follows, not the caller's.
const HELD_IN_NAME_CUE =
  /\b(?:under|in)\s+(?:my|his|her|our|their)\s+[a-z]+'s\s+name\s*[,:;-]?\s*(?:(?:which|that|it)(?:'s| is)\s+)?/i;
// Whom something is for, said as a name ("it's for Wendy", "put it under Sam", "under the name Lee").
const FOR_NAME_CUE =
  /\b(?:(?:it'?s|it is|that'?s|that is|the order(?:'s| is)?|put (?:it|that|this|the order)|(?:book|place) (?:it|that|this))\s+(?:for|under)|(?:booked|reserved|(?:the )?(?:booking|reservation)(?:'s| is)?)\s+under|under the name(?: of)?)\s+/i;
// "the guest is Sarah Quaresma", "the main driver's name is …": the name of whom the booking is for.
const ROLE_NAME_CUE = new RegExp(
  `\\bthe\\s+(?:(?:main|lead|primary)\\s+)?(?:${NAMED_ROLES.join('|')})(?:'s\\s+name|\\s+name)?\\s+(?:is|will be)\\s+`,
  'i',
);
const WEAK_NAME_CUE = /\b(?:this is|i am|i'm|im|it's|its|it is|speaking is|you're speaking (?:to|with))\s+/i;

// A yes opening the line, before the details ("yes, Raj Patel, …", "sounds good, Ann Lee, …").
const LEADING_YES =
  /^\s*(?:(?:yes|yeah|yep|ok|okay|sure|great|perfect|fine|sounds good|that's right|correct)[,.!]?\s+)+/i;
// A greeting opening the line ("hi, Dana Wu from Brightside Labs, …").
const LEADING_GREETING = /^\s*(?:(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))(?: there)?[,.!]?\s+)+/i;

function nameWordsAfter(text: string, cue: RegExp): string[] | undefined {
  const m = cue.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m.index + m[0].length);
  const words: string[] = [];
  for (const w of rest.split(/\s+/)) {
    const clean = w.replace(/[,.!?;:]+$/, '');
    if (!/^[a-z][a-z'-]*$/i.test(clean)) break;
    if (NOT_NAME_WORDS.has(clean.toLowerCase())) break;
    words.push(clean);
    if (words.length === 3 || clean !== w) break;
  }
  return words.length > 0 ? words : undefined;
}

export function looksLikeName(words: string[]): boolean {
  const doc = nlp(words.join(' '));
  if (doc.has('#Person')) return true;
  // Reject ordinary vocabulary: verbs, adjectives, adverbs and function words are not names.
  return !words.some((w) => {
    const t = nlp(w);
    return t.has(
      '(#Verb|#Adjective|#Adverb|#Preposition|#Determiner|#Pronoun|#Conjunction|#Value|#Date|#QuestionWord)',
    );
  });
}

/**
 * The word's letters said one by one ("long, l o n g"): only a name is spelled back, even one
 * that is also an everyday word. Normalising joins the letters, so the raw line is read.
 */
function spelledOut(word: string, raw: string): boolean {
  const letters = [...word.toLowerCase()].filter((c) => /[a-z]/.test(c));
  return letters.length >= 2 && new RegExp(`\\b${letters.join('[\\s.-]+')}\\b`, 'i').test(raw);
}

/** Two or more name words the caller's email spells out too ("im priya shah, email priya dot shah at …"). */
function spelledInEmail(words: string[], u: Utterance): boolean {
  const locals = findEmails(u).map((e) =>
    e.value
      .split('@')[0]!
      .toLowerCase()
      .split(/[._-]+/),
  );
  return words.length >= 2 && locals.some((parts) => words.every((w) => parts.includes(w.toLowerCase())));
}

/**
 * A person's name: after "my name is", "this is", "I'm" (checked with compromise), from
 * compromise's people() on the whole sentence, or — when the agent just asked for a name — the
 * short answer itself ("Jon Smith").
 */
// A commit verb said on "it" ("book it", "reserve that one"): the part beside it can be whose it is.
const COMMIT_IT = new RegExp(
  `\\b(?:${COMMIT_VERBS.map(escapeRegExp).join('|')})\\s+(?:it|that(?: one)?|this(?: one)?)\\b`,
  'i',
);

/**
 * No word of the name is one the agent's tools use, but a surname may be ("put it under Jordan
 * Price" at a shop that quotes prices): after a first name, a word the tools use is still a surname.
 */
function everydaySurnameOnly(words: readonly string[], vocabulary?: ReadonlySet<string>): boolean {
  const used = words.filter((w) => vocabulary?.has(w.toLowerCase()));
  if (used.length === 0) return true;
  return words.length >= 2 && !used.includes(words[0]!);
}

const DIGIT_WORDS = /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/gi;

/**
 * A code of letters and digits in a part of the line: run together ("K7QX2M") or said a character
 * or two at a time ("k seven qx two m"), as booking references are, with no run of three digits.
 */
function holdsCode(part: string): boolean {
  const t = part.replace(DIGIT_WORDS, '1');
  return (
    /\b(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{4,}\b/i.test(t) ||
    (/\d/.test(t) && /(?:^|\s)(?:[a-z0-9]{1,2}\s+){3,}[a-z0-9]{1,2}(?:\s|$)/i.test(t))
  );
}

function findPersonNameUncached(
  u: Utterance,
  expecting = false,
  vocabulary?: ReadonlySet<string>,
  cueOnly = false,
): string | undefined {
  const text = withoutEmails(u.norm);
  // Words the agent's own tools talk about ("refund", "internet") and function words are not names.
  // Clock words too: "morning, ola bankole here, job 4412" opens with a greeting, not a name.
  const known = (w: string) =>
    NOT_NAME_WORDS.has(w.toLowerCase()) ||
    TIME_WORDS.has(w.toLowerCase()) ||
    (vocabulary?.has(w.toLowerCase()) ?? false);
  // "Helen Park, that's H E L E N, Park": a word spelled after "that's" names the part it spells.
  const spelledAfter = /\b(?:that's|that is|spelled|spelt|spelling)\s+([A-Z][A-Z'-]+)\b/.exec(text);
  if (spelledAfter) {
    const spelled = spelledAfter[1]!.toLowerCase();
    const part = text
      .slice(0, spelledAfter.index)
      .split(/[,.;]/)
      .map((p) => p.trim().split(/\s+/).filter(Boolean))
      .find((w) => w.some((x) => x.toLowerCase() === spelled));
    const words = part?.filter((w) => !known(w));
    // Spelled out, it is a name even when a word is also an everyday one ("Park", "Rose").
    if (words && words.length >= 1 && words.length <= 3 && words.every((w) => /^[A-Za-z][A-Za-z'-]*$/.test(w)))
      return titleCase(words.map((w) => (w === w.toUpperCase() ? w.toLowerCase() : w)).join(' '));
  }
  const strong = nameWordsAfter(text, STRONG_NAME_CUE);
  if (strong && strong.every((w) => !/^(?:calling|from)$/i.test(w))) {
    // "last name is Romero. Alex Romero": the whole name said with it is the name.
    const part =
      strong.length === 1 && /\b(?:first|last|sur) ?name\b/i.test(STRONG_NAME_CUE.exec(text)![0])
        ? strong[0]!
        : undefined;
    const whole = part
      ? new RegExp(`\\b([A-Z][a-z'-]+ ${part}|${part} [A-Z][a-z'-]+)\\b`).exec(text.replace(STRONG_NAME_CUE, ' '))?.[1]
      : undefined;
    if (whole && looksLikeName(whole.split(' '))) return titleCase(whole);
    return titleCase(strong.join(' '));
  }
  const heldIn = nameWordsAfter(text, HELD_IN_NAME_CUE);
  if (heldIn && !heldIn.some(known) && looksLikeName(heldIn)) return titleCase(heldIn.join(' '));
  const role = nameWordsAfter(text, ROLE_NAME_CUE);
  if (role && !role.some(known) && looksLikeName(role)) return titleCase(role.join(' '));
  // "okafor, o k a f o r" (the letters are joined in normalising): a word spelled back is a name.
  // So with the first name before it ("hold it under tomas herrera, h e r r e r a").
  const spelledBack =
    // Not a first name said again before the whole name is spelled ("ann, ann lee, l e e").
    /(?:^|[,.;]\s*|\b(?:is|it's|its|under|for)\s+)((?:[A-Za-z'-]+\s+)?)([A-Za-z][A-Za-z'-]+)\s*[,.]?\s+\2\b(?!\s+([A-Za-z][A-Za-z'-]+)\s*[,.]?\s+\3\b)/i.exec(
      text,
    );
  if (spelledBack) {
    const last = spelledBack[2]!;
    const first = spelledBack[1]!.trim();
    if (!known(last) && (looksLikeName([last]) || spelledOut(last, u.raw)))
      return titleCase(first && !known(first) && looksLikeName([first]) ? `${first} ${last}` : last);
  }
  // "card 3307, okafor" / "K7QX2M, whitfield": beside an id, a short part of its own that can only be a name. So too
  // beside "book it" ("yes book it please, kevin marsh"): who it goes under.
  if (!cueOnly) {
    const parts = text.split(/\s*,\s*/);
    if (parts.length >= 2 && parts.some((p) => /\d{3,}/.test(p) || holdsCode(p) || COMMIT_IT.test(p))) {
      const lone = parts.filter((p) => /^[A-Za-z][A-Za-z'-]+(?:\s+[A-Za-z][A-Za-z'-]+)?$/.test(p.trim()));
      const names = lone.filter((p) => {
        const w = p.trim().split(/\s+/);
        return !w.some(known) && looksLikeName(w);
      });
      if (names.length === 1) return titleCase(names[0]!.trim());
    }
  }
  const forName = nameWordsAfter(text, FOR_NAME_CUE);
  if (
    forName &&
    looksLikeName(forName) &&
    everydaySurnameOnly(forName, vocabulary) &&
    (expecting || /[A-Z]/.test(forName.join(' ')) || nlp(forName.join(' ')).has('#Person'))
  )
    return titleCase(forName.join(' '));
  const weak = nameWordsAfter(text, WEAK_NAME_CUE);
  if (weak && looksLikeName(weak)) {
    const doc = nlp(weak.join(' '));
    // "hi it's priya raman, client 1042, …": a greeting, then two name words closing their clause, is
    // an introduction however the speech-to-text cased it.
    const introduced =
      weak.length >= 2 &&
      new RegExp(
        `${LEADING_GREETING.source}(?:it'?s|it is|this is)\\s+${weak.map(escapeRegExp).join('\\s+')}\\s*(?:[,.;]|$)`,
        'i',
      ).test(text);
    if (doc.has('#Person') || /[A-Z]/.test(weak.join(' ')) || expecting || introduced || spelledInEmail(weak, u))
      return titleCase(weak.join(' '));
  }
  // "Dana Okafor, my account is ...": a capitalised name opening the sentence, also a later
  // sentence or after a yes or a greeting ("sounds good, book it. Tariq Aziz, 512 …", "yes, Raj
  // Okafor, 415 …", "hi, Dana Wu from Brightside Labs").
  // Surnames may have inner capitals: "ONeill", "McDonald".
  const openings = [text, ...text.split(/(?<=[.!?])\s+/).slice(1), text.replace(LEADING_YES, '')];
  // After a greeting, only a name followed by where the caller is from ("hi, Dana Wu from Brightside Labs").
  const greeted = text.replace(LEADING_GREETING, '');
  if (greeted !== text) openings.push(greeted);
  for (const opening of openings) {
    const lead =
      /^\s*([A-Z][a-z]*[A-Z]?[a-z'-]+(?:\s+[A-Z][a-z]*[A-Z]?[a-z'-]+){1,2})\s*(?:,|\.(?:\s|$)|here\b|calling\b|speaking\b|from\b|with\b)/.exec(
        opening,
      );
    const leadWords = lead?.[1]!.split(/\s+/);
    if (leadWords && (looksLikeName(leadWords) || spelledInEmail(leadWords, u)) && !leadWords.some(known)) {
      return titleCase(leadWords.join(' '));
    }
    // Uncased ("ann lee, ann dot lee at example dot com"): the email spelling the same words says
    // they are a name, even in a line read back later for another agent's lookup.
    const uncased = /^\s*([a-z][a-z'-]+(?:\s+[a-z][a-z'-]+){1,2})\s*,/i.exec(opening)?.[1]!.split(/\s+/);
    if (uncased && spelledInEmail(uncased, u) && !uncased.some(known)) return titleCase(uncased.join(' '));
    // "hello, priya natarajan, i wanna go over…": after a greeting, two name words closing their
    // clause are who is calling, however the speech-to-text cased them (no plural: "hi, wifi issues").
    if (
      opening === greeted &&
      uncased?.length === 2 &&
      !uncased.some(known) &&
      looksLikeName(uncased) &&
      !nlp(uncased.join(' ')).has('#Plural')
    )
      return titleCase(uncased.join(' '));
  }
  // "hi, sam here" / "Noor speaking": a short name right before an introduction word.
  const intro =
    /^\s*(?:(?:hi|hello|hey|hiya|yes|yeah|(?:good )?(?:morning|afternoon|evening))[,.!]?\s*)*([a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)\s+(?:here|speaking)\b/i.exec(
      text,
    );
  const introWords = intro?.[1]!.split(/\s+/);
  if (introWords && looksLikeName(introWords) && !introWords.some(known)) return titleCase(introWords.join(' '));
  if (cueOnly) return undefined;
  // A short answer to "what is your name?" ("Jon Smith", "Omar Haddad 617 555 0190").
  const shortAnswer = (): string | undefined => {
    // The name comes first when more follows ("Omar Haddad 617 555 0190", "Lee Chen. 303 …").
    const words = text
      .replace(/^(?:it's|its|it is|sure|yes|yeah|yep|yup|ok|okay|um|uh)[,\s]+/i, '')
      // "under Priya Shah": the name a booking goes under, answering the name question.
      .replace(/^(?:(?:put it |book it |have it )?under(?: the name(?: of)?)?)\s+/i, '')
      .split(/[,;]|\.\s|\s(?=\+?\d)/)[0]!
      .replace(/[.!?]+$/, '')
      .trim()
      .split(/\s+/);
    if (
      words.length >= 1 &&
      words.length <= 3 &&
      words.every((w) => /^[a-z][a-z'-]*$/i.test(w) && !known(w)) &&
      looksLikeName(words)
    ) {
      return titleCase(words.join(' '));
    }
    return undefined;
  };
  const people = docOf(u).people().out('array') as string[];
  const person = people.map((p) => p.replace(/[,.!?]+$/, '').trim()).find((p) => p.length > 1 && !/\d/.test(p));
  // "book her in with dr brennan": someone called by a professional title is who the caller wants
  // to see, not who is calling (a caller introducing themselves says "this is dr …").
  if (person && !/^(?:hi|hiya|hello|hey|dear|dr|doctor|prof|professor)\b/i.test(person)) {
    // The whole short answer when it holds the person found ("Omar" in "Omar Haddad 617 …", the
    // surname alone in "Ravi Patel": compromise knows fewer first names than callers have).
    const whole = expecting ? shortAnswer() : undefined;
    if (whole && ` ${whole.toLowerCase()} `.includes(` ${person.toLowerCase()} `)) return whole;
    // Asked for a name, a first name then a word no dictionary knows, closing its part ("sarah
    // quaresma and my number is …"): the surname compromise did not know.
    const after = expecting ? surnameAfter(person, text, known) : undefined;
    if (after) return titleCase(`${person} ${after}`);
    return titleCase(
      withNameBeside(
        person.replace(/^(?:mr|mrs|ms|dr)\.?\s+/i, (t) => t),
        text,
        known,
      ),
    );
  }
  if (expecting) return shortAnswer();
  return undefined;
}

/** The word after a lone first name, when it ends its part and is no everyday, clock or known word. */
function surnameAfter(person: string, text: string, known: (w: string) => boolean): string | undefined {
  if (/\s/.test(person) || !nlp(person).has('#FirstName')) return undefined;
  const m = new RegExp(
    `\\b${escapeRegExp(person)}\\s+([a-z][a-z'-]+)(?=\\s*(?:[,.;!?]|$|\\s+(?:and|my|phone|mobile|number|cell)\\b))`,
    'i',
  ).exec(text);
  const w = m?.[1];
  return w && !known(w) && !TIME_WORDS.has(w.toLowerCase()) && looksLikeName([w]) ? w : undefined;
}

/**
 * A capitalised word right before the one name part compromise found ("Ravi" of "Ravi Patel"):
 * the first name it did not know. Only a word that is no everyday or clock word.
 */
function withNameBeside(person: string, text: string, known: (w: string) => boolean): string {
  if (/\s/.test(person)) return person;
  const m = new RegExp(`\\b([A-Z][a-z'-]+)\\s+${escapeRegExp(person)}\\b`).exec(text);
  const first = m?.[1];
  if (!first || known(first) || TIME_WORDS.has(first.toLowerCase()) || !looksLikeName([first])) return person;
  return `${first} ${person}`;
}

// Words that follow a name in a self-introduction ("Sam here", "Noor speaking", "Ann again") but are not part of it.
const NAME_TAIL = new Set(
  `here there speaking calling ringing phoning again too also now today back please thanks from and`.split(/\s+/),
);

/** "Sam Here" → "Sam": drop trailing words that belong to the introduction, not the name. */
export function trimNameTail(name: string): string | undefined {
  const words = name.split(/\s+/);
  while (words.length > 0 && NAME_TAIL.has(words.at(-1)!.toLowerCase())) words.pop();
  return words.length > 0 ? words.join(' ') : undefined;
}

const TITLES = /^(?:mr|mrs|ms|miss|mx|dr)\.?$/i;

/** "luna's appointment": whose thing it is, a name of someone else, never the caller's own. */
function possessive(name: string, text: string): boolean {
  if (/['\u2019]s$/i.test(name)) return true;
  const last = escapeRegExp(name.split(/\s+/).at(-1)!);
  if (new RegExp(`\\b${last}['\u2019]s\\b`, 'i').test(text)) return true;
  // "me and my buddy": a word said after "my" is someone (or something) of the caller's, not them.
  const first = escapeRegExp(name.split(/\s+/)[0]!);
  return new RegExp(`\\b(?:my|our)\\s+${first}\\b`, 'i').test(text);
}

/**
 * Letters that open an id are not a name: "MS-" of "MS-1042", "Ms" of "ms 1042". A name ending
 * in a dash, a title alone, or a short word said right before the id's digits.
 */
/** "14 willow lane", "12 emma close": a name said after a house number and before (or ending in) a street type is a street. */
function streetNamed(name: string, text: string): boolean {
  const words = name.split(/\s+/);
  const number = `\\d+[a-z]?|${[...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS)].join('|')}`;
  const m = new RegExp(`\\b(?:${number}),?\\s+${words.map(escapeRegExp).join('\\s+')}\\b(?:\\s+([a-z]+))?`, 'i').exec(
    text,
  );
  return m !== null && [words.at(-1)!, m[1] ?? ''].some((w) => STREET_TYPES.has(w.toLowerCase()));
}

function partOfId(name: string, text: string): boolean {
  if (/[-_/]$/.test(name)) return true;
  const words = name.split(/\s+/);
  if (words.every((w) => TITLES.test(w))) return true;
  const last = words.at(-1)!.replace(/[^A-Za-z'-]/g, '');
  // Ids open with a few letters ("TR-2044", "ms 1042"); a name said before a phone number is longer.
  if (!last || last.length > 3) return false;
  return new RegExp(last.length > 2 ? `\\b${last}-?\\d` : `\\b${last}[-\\s]?\\d`, 'i').test(text);
}

export function findPersonName(
  u: Utterance,
  expecting = false,
  vocabulary?: ReadonlySet<string>,
  cueOnly = false,
): string | undefined {
  return memo(u, `name:${expecting}:${cueOnly}:${vocabulary ? 'v' : ''}`, () => {
    const said = findPersonNameUncached(u, expecting, vocabulary, cueOnly);
    const found = said
      ? correctedName(u.norm, said, (tail) =>
          findPersonNameUncached(
            { raw: tail, norm: tail, lower: tail.toLowerCase(), memo: new Map() },
            true,
            vocabulary,
            false,
          ),
        )
      : undefined;
    const trimmed = found ? trimNameTail(found) : undefined;
    return trimmed && !partOfId(trimmed, u.norm) && !possessive(trimmed, u.norm) && !streetNamed(trimmed, u.norm)
      ? nameOnly(trimmed)
      : undefined;
  });
}
