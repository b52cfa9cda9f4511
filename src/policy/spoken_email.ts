// Email addresses said aloud ("john dot doe at gmail dot com") written as addresses, before any
// extraction reads them (see normalize.ts, which runs this among the other spoken forms).

const TLD =
  /^(?:com|org|net|io|co|uk|de|fr|es|it|nl|edu|gov|info|biz|me|us|ca|au|in|app|dev|ai|tv|eu|ch|se|no|dk|fi|pl|jp|cn|br|mx|nz|ie|be|at)$/;

// Words that are not part of a domain said as two words ("at my work dot com" is not an address).
const NOT_DOMAIN = /^(?:the|my|our|your|a|an|and|or|is|it|me|us|home|work|least|all|once|first|last|this|that)$/i;

// "all one word", "no spaces": the caller says how the name before the address is written.
const ONE_WORD_CUE = /\b(?:all\s+)?one\s+word\b|\bno\s+spaces?\b/i;

/**
 * "marcus bell at mail dot com, that's marcusbell all one word" → "marcusbell at mail dot com": the
 * words before "at" are joined when the line says, spaced or joined, that they are one word.
 */
function joinSaidAsOneWord(text: string): string {
  const cue = ONE_WORD_CUE.exec(text);
  if (!cue) return text;
  const before = text
    .slice(0, cue.index)
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
    .slice(-3);
  const joined = new Set(before.map((_, i) => before.slice(i).join('')).filter((j) => j.length > 3));
  return text.replace(/\b[a-z]+(?:\s+[a-z]+){1,2}(?=,?\s+(?:at|@)\s)/gi, (words) => {
    const ws = words.split(/\s+/);
    for (let k = ws.length; k >= 2; k--) {
      const j = ws.slice(-k).join('').toLowerCase();
      if (joined.has(j)) return [...ws.slice(0, -k), j].join(' ');
    }
    return words;
  });
}

/** "john dot doe at gmail dot com" → "john.doe@gmail.com". */
export function spokenEmailToWritten(text: string): string {
  let out = text.replace(/\s+at\s+(?:sign|symbol)\s+/gi, ' at ').replace(/\s*\bat\s*sign\b\s*/gi, ' at ');
  out = joinSaidAsOneWord(out);
  const email =
    /(?<!['\u2019])\b((?:(?![ai]\s)[a-z]\s+(?=[a-z]{2}))?[a-z0-9]+(?:(?:[\s,]*(?:\bdot\b|\bunderscore\b|\bdash\b|\bhyphen\b|_|-)[\s,]*|\s*\.(?!\s))[a-z0-9]+)*(?:\s+\d+|\s+(?![ai]\s)[a-z])?),?\s+(?:at|@),?\s+([a-z0-9-]+(?:[\s,]+(?:dash|hyphen)[\s,]+[a-z0-9]+|\s+(?!(?:dot|at|dash|hyphen)\b)[a-z0-9]+(?=[\s,]+dot\b))?(?:(?:[\s,]*\bdot\b[\s,]*|\.(?!\s))[a-z0-9-]+)+)\b/gi;
  out = out.replace(email, (whole, local: string, domain: string) => {
    // "helix dash bio dot com" → helix-bio.com; "northwind freight dot com" is one word, as said.
    const first = domain.split(/[\s,]*(?:\bdot\b|\.)[\s,]*/i)[0]!;
    if (/\s/.test(first) && !/\b(?:dash|hyphen)\b/i.test(first) && first.split(/\s+/).some((w) => NOT_DOMAIN.test(w)))
      return whole;
    const dom = domain
      .replace(/[\s,]+(?:dash|hyphen)[\s,]+/gi, '-')
      .replace(/[\s,]*(?:\bdot\b|\.)[\s,]*/gi, '.')
      .replace(/[\s,]+/g, '')
      .toLowerCase();
    const tld = dom.split('.').at(-1) ?? '';
    if (!TLD.test(tld) && !/^[a-z]{2,3}$/.test(tld)) return whole;
    // "d volkov seventy one", "carlos m": an initial or a number said apart is part of the name.
    const loc = local
      .replace(/[\s,]*\bdot\b[\s,]*/gi, '.')
      .replace(/[\s,]*\bunderscore\b[\s,]*/gi, '_')
      .replace(/[\s,]*\b(?:dash|hyphen)\b[\s,]*/gi, '-')
      .replace(/\s*([._-])\s*/g, '$1')
      .replace(/^([a-z])\s+/i, '$1')
      .replace(/\s+(\d+|[a-z])$/i, '$1')
      .toLowerCase();
    return `${loc}@${dom}`;
  });
  // Already written but with spaces around the symbols ("ann @ example.com").
  // A sentence's full stop after the address ("…example.com. I want…") is not part of it.
  out = out.replace(/([a-z0-9._-]+)\s*@\s*([a-z0-9-]+(?:(?:\.|\s+\.\s*)[a-z0-9-]+)+)/gi, (_, l: string, d: string) =>
    `${l}@${d.replace(/\s+/g, '')}`.toLowerCase(),
  );
  return out;
}
