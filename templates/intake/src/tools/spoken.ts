// Read what speech-to-text wrote forgivingly, and say values back the way a person would.

export function digitsOf(said: string): string {
  return said.replace(/\D/g, '');
}

/** "2025-03-02" → "March 2, 2025". */
export function spokenDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
}

/** Today as YYYY-MM-DD in local time. */
export function dayOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * The whole name on file, exactly, ignoring accents, case, punctuation and spacing: extra or
 * missing words never match ("Ann Dana Whitfield" is not "Dana Whitfield").
 */
export function sameFullName(said: string, onFile: string): boolean {
  const key = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const given = key(said);
  return given.split(' ').length >= 2 && given.replace(/ /g, '') === key(onFile).replace(/ /g, '');
}
