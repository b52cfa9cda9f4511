// Booking references, flight numbers, bag tags and bag files as callers say them.
import { parseReference } from 'switchboard/spoken';

const DIGIT_WORDS: Record<string, string> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};

const NATO: Record<string, string> = {
  alpha: 'A',
  alfa: 'A',
  bravo: 'B',
  charlie: 'C',
  delta: 'D',
  echo: 'E',
  foxtrot: 'F',
  golf: 'G',
  hotel: 'H',
  india: 'I',
  juliet: 'J',
  juliett: 'J',
  kilo: 'K',
  lima: 'L',
  mike: 'M',
  november: 'N',
  oscar: 'O',
  papa: 'P',
  quebec: 'Q',
  romeo: 'R',
  sierra: 'S',
  tango: 'T',
  uniform: 'U',
  victor: 'V',
  whiskey: 'W',
  whisky: 'W',
  xray: 'X',
  yankee: 'Y',
  zulu: 'Z',
};

/**
 * A booking reference: six letters and digits ("K7QX2M"), written or spelled ("k 7 q x 2 m",
 * "K seven Q X two M", "kilo seven quebec x-ray two mike", "K as in kilo…"). Undefined when what was
 * said does not spell six characters.
 */
export function parseBookingReference(said: string): string | undefined {
  const text = said
    .toLowerCase()
    .replace(/x-ray/g, 'xray')
    .replace(/\b([a-z]) (?:as in|for) [a-z]+\b/g, '$1')
    .replace(/\b(?:booking|reference|ref|confirmation|code|number|is|it's|its|the|my)\b/g, ' ');
  const out: string[] = [];
  const tokens = text.split(/[^a-z0-9]+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if ((t === 'double' || t === 'triple') && tokens[i + 1]) {
      const next = tokens[i + 1]!;
      const c = DIGIT_WORDS[next] ?? NATO[next] ?? (next.length === 1 ? next.toUpperCase() : undefined);
      if (c) {
        out.push(c.repeat(t === 'double' ? 2 : 3));
        i += 1;
        continue;
      }
    }
    out.push(DIGIT_WORDS[t] ?? NATO[t] ?? t.toUpperCase());
  }
  const joined = out.join('');
  if (/^[A-Z0-9]{6}$/.test(joined)) return joined;
  // Said among other words: the six-character run that mixes letters and digits.
  const run = out.find((t) => /^[A-Z0-9]{6}$/.test(t) && /\d/.test(t) && /[A-Z]/.test(t));
  return run;
}

/** A flight number: "SK 101", "sky 101", "flight one oh one", "101" → "SK101". */
export function parseFlightNumber(said: string): string | undefined {
  const text = said.toLowerCase().replace(/\bsky(?:way)?\b/g, 'sk');
  const spelled = text.replace(/\b(zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/g, (w) => DIGIT_WORDS[w]!);
  return parseReference(spelled, 'SK###');
}

/** A bag tag number: "SK123456", "S K one two three four five six". */
export const parseBagTag = (said: string) => parseReference(said, 'SK######');

/** A bag report's file number: "BR-30417", "B R three zero four one seven". */
export const parseBagFile = (said: string) => parseReference(said, 'BR-#####');

/** "K7QX2M" read out one character at a time: "K 7 Q X 2 M". */
export const spellOut = (reference: string) => reference.split('').join(' ');

const ROW_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const TEEN_WORDS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen'];

/** A seat on our planes (rows 1–18, seats A–D): "7C", "seven c", "twelve A", "row 3 seat D". */
export function parseSeat(said: string): string | undefined {
  const text = said
    .toLowerCase()
    .replace(/\b(?:row|seat|number)\b/g, ' ')
    .replace(/\b[a-z]+\b/g, (w) => {
      const row = ROW_WORDS.indexOf(w);
      if (row >= 0) return String(row + 1);
      const teen = TEEN_WORDS.indexOf(w);
      return teen >= 0 ? String(teen + 13) : (NATO[w]?.toLowerCase() ?? w);
    })
    .replace(/[^0-9a-d]/g, '');
  const m = /^(\d{1,2})([a-d])$/.exec(text);
  return m && Number(m[1]) >= 1 && Number(m[1]) <= 18 ? `${m[1]}${m[2]!.toUpperCase()}` : undefined;
}
