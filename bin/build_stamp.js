// Whether dist/ was compiled from the sources as they are now. `npm run build` (scripts/build.mjs)
// writes dist/.source-stamp, a hash of what tsc compiles (src/ without tests) and of its settings,
// taken before compiling. bin/switchboard.js runs dist from a checkout only while the stamp matches:
// contents, not mtimes, so a checkout, stash, copy or half-finished build never passes stale
// output off as current (reading ~1 MB of sources costs a few milliseconds).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const STAMP_FILE = join('dist', '.source-stamp');
const SETTINGS = ['package.json', 'tsconfig.json', 'tsconfig.build.json'];

function sourceFiles(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, out);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** Hash of the build's inputs; throws when one is missing. */
export function sourceStamp(root) {
  const files = [
    ...SETTINGS,
    ...sourceFiles(join(root, 'src'), [])
      .map((file) => relative(root, file))
      .sort(),
  ];
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

/** True when dist/ holds the compiled CLI and was built from exactly the current sources. */
export function distIsCurrent(root) {
  try {
    readFileSync(join(root, 'dist', 'src', 'cli', 'main.js'));
    return readFileSync(join(root, STAMP_FILE), 'utf8').trim() === sourceStamp(root);
  } catch {
    return false;
  }
}
