// Reading outcomes in a caller's or colleague's words: is the problem solved, what was the result.
import { cleanText } from './free_text.js';
import { speakToolOutput } from './speakable.js';

/** What a returning colleague reported ("Result: {...}" in the entry note), said in a sentence. */
export function returnedResult(instruction: string): string {
  const json = /Result:\s*(\{.*\})/s.exec(instruction)?.[1];
  if (!json) return '';
  try {
    const result = JSON.parse(json) as Record<string, unknown>;
    const summary = Object.entries(result).find(
      ([k, v]) => typeof v === 'string' && /summary|outcome|result|note/i.test(k),
    )?.[1] as string | undefined;
    if (summary) return cleanText(summary.replace(/\s*Caller:.*$/s, ''));
  } catch {
    // Not JSON: fall through to the generic rendering.
  }
  return speakToolOutput(json).text.replace(/^Here is what I found: /, '');
}

/** Did the caller say things are now fine (true), still broken (false), or neither? */
export function polarity(text: string): boolean | undefined {
  const t = text.toLowerCase();
  if (
    /\b(?:not|still|no longer|never|doesn't|does not|isn't|is not|won't|can't|cannot|didn't|broken|nothing works)\b/.test(
      t,
    )
  ) {
    if (!/\b(?:not (?:a )?(?:problem|anymore|any more)|no problem)\b/.test(t)) return false;
  }
  if (
    /\b(?:fixed|works|working|solved|resolved|sorted|back|answers?|answered|fine|great|good|perfect|understand|all set|thanks|thank you|ok|okay)\b/.test(
      t,
    )
  )
    return true;
  return undefined;
}
