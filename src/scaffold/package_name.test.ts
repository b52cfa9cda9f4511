import { describe, expect, it } from 'vitest';
import { packageNameFromDir, packageNameProblems } from './package_name.js';

describe('packageNameProblems', () => {
  it.each(['my-voice-agent', 'desk2', '@acme/support-line', 'a.b_c-d'])('accepts %s', (name) => {
    expect(packageNameProblems(name)).toEqual([]);
  });

  it.each([
    ['', /empty/],
    ['My-Agent', /capital letters/],
    ['my agent', /characters npm does not allow/],
    [' agent', /leading or trailing spaces/],
    ['.hidden', /starts with "\." or "_"/],
    ['_private', /starts with "\." or "_"/],
    ['agent~1', /characters npm does not allow/],
    ['http', /Node\.js core module/],
    ['node_modules', /reserved by npm/],
    ['@acme', /"@scope\/name"/],
    ['@acme/a/b', /"@scope\/name"/],
    ['a'.repeat(215), /at most 214/],
  ])('rejects %j with a sentence', (name, problem) => {
    const problems = packageNameProblems(name);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join(' ')).toMatch(problem);
  });
});

describe('packageNameFromDir', () => {
  it('derives a valid name from a folder name', () => {
    expect(packageNameFromDir('My Voice Agent!')).toBe('my-voice-agent');
    expect(packageNameFromDir('.desk')).toBe('desk');
  });

  it('falls back to a generic name when nothing usable is left', () => {
    expect(packageNameFromDir('!!!')).toBe('voice-agent');
    expect(packageNameFromDir('fs')).toBe('voice-agent');
  });
});
