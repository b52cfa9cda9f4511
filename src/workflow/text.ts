import type { UserDataText } from './declaration.js';

/** Render `{field}` placeholders from userdata (and extra values); unknown or empty fields render as ''. */
export function renderText<UD>(
  text: UserDataText<UD> | undefined,
  userData: Readonly<UD>,
  extra: Record<string, unknown> = {},
): string {
  if (text === undefined) return '';
  if (typeof text === 'function') return text(userData);
  const values = { ...(userData as Record<string, unknown>), ...extra };
  return text
    .replace(/\{(\w+)\}/g, (_, key: string) => {
      const value = values[key];
      if (value === undefined || value === null) return '';
      return Array.isArray(value) ? value.join(', ') : String(value);
    })
    .replace(/\s+([,.!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** A compact "what we already know" block for instructions, so the next agent never re-asks. */
export function describeKnownFacts(userData: Readonly<Record<string, unknown>>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(userData)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    const shown = Array.isArray(value)
      ? value.join('; ')
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
    lines.push(`- ${key}: ${shown}`);
  }
  if (lines.length === 0) return '';
  return `Known facts about this call (already collected; do not ask for them again):\n${lines.join('\n')}`;
}
