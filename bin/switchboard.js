#!/usr/bin/env node
// In a checkout, run the compiled CLI when dist/ was built from the current sources (bin/build_stamp.js),
// else the TypeScript sources through tsx; in a packed install, run dist/. The compiled CLI loads the
// library without loader hooks (each hooked module costs a round trip to the hooks thread: seconds
// over the framework's ~1,700 modules) and registers tsx itself before it loads an app's TypeScript
// (src/cli/typescript_apps.ts).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { distIsCurrent } from './build_stamp.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src', 'cli', 'main.ts');
if (existsSync(source) && !distIsCurrent(root)) {
  const { register } = await import('tsx/esm/api');
  register();
  const { registerSourceAliases } = await import('./source_aliases.js');
  registerSourceAliases(root);
  await import(pathToFileURL(source).href);
} else {
  await import(pathToFileURL(join(root, 'dist', 'src', 'cli', 'main.js')).href);
}
