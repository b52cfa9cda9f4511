// npm's package-name rules, checked before anything is written so a bad name fails with a sentence.
import { builtinModules } from 'node:module';

const MAX_LENGTH = 214;

/** Every rule the name breaks, as sentences; empty when the name is valid. */
export function packageNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length === 0) return ['The name is empty: give the package a name such as "my-voice-agent".'];
  if (name.trim() !== name) problems.push('The name has leading or trailing spaces: remove them.');
  if (name.length > MAX_LENGTH)
    problems.push(`The name is ${name.length} characters long: npm allows at most ${MAX_LENGTH}.`);
  if (name.toLowerCase() !== name) problems.push('The name has capital letters: npm package names are lower case.');
  const scoped = /^@([^/]+)\/([^/]+)$/.exec(name);
  if (name.startsWith('@') && !scoped) problems.push('A scoped name looks like "@scope/name", with exactly one slash.');
  const bare = scoped ? scoped[2]! : name;
  if (/^[._]/.test(bare)) problems.push('The name starts with "." or "_": start it with a letter or digit.');
  const parts = scoped ? [scoped[1]!, scoped[2]!] : name.startsWith('@') ? [] : [name];
  if (parts.some((p) => encodeURIComponent(p) !== p || /[~'!()*]/.test(p))) {
    problems.push('The name has characters npm does not allow: use lower-case letters, digits, "-", "." and "_".');
  }
  if (!scoped && builtinModules.includes(name))
    problems.push(`"${name}" is a Node.js core module name: choose another.`);
  if (['node_modules', 'favicon.ico'].includes(bare))
    problems.push(`"${bare}" is reserved by npm: choose another name.`);
  return problems;
}

/** A valid package name derived from a folder name ("My Agent!" → "my-agent"). */
export function packageNameFromDir(dirName: string): string {
  const name = dirName
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+/, '')
    .replace(/-+$/, '')
    .slice(0, MAX_LENGTH);
  return name && packageNameProblems(name).length === 0 ? name : 'voice-agent';
}
