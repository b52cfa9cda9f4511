// Caller words and tool values put inside a regular expression match as written ("c++", "a.m.").

/** `text` with every character a RegExp treats specially escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
