#!/usr/bin/env node
// In a checkout, run the compiled CLI when dist/ was built from the current sources (bin/build_stamp.js),
// else the TypeScript sources through tsx; in a packed install, run dist/. Start-up is mostly module
// loading: each module loaded after a loader hook is registered costs a round trip to the hooks
// thread, seconds over the ~1,700 modules a call loads. So the compiled CLI loads the library before
// registering tsx for the app's TypeScript (src/cli/typescript_apps.ts), and from the sources the
// largest dependency graphs are loaded before tsx.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { distIsCurrent } from './build_stamp.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src', 'cli', 'main.ts');
// Commands that load an app, and the largest module graphs they load (most of a call's start-up).
// From the sources these are loaded before tsx registers its hooks (after .env, which some read
// at import). A hint only: a package missing here or gone from the dependencies costs time, not
// correctness.
const LOADS_AN_APP = ['console', 'check', 'graph', 'eval'];
const LARGE_DEPENDENCIES = [
  '@livekit/agents',
  '@livekit/agents-plugin-openai',
  'openai',
  'compromise',
  'chrono-node',
  'zod',
];

if (existsSync(source) && !distIsCurrent(root)) {
  const [command, ...rest] = process.argv.slice(2);
  if (LOADS_AN_APP.includes(command) && !rest.some((arg) => arg === '-h' || arg === '--help')) {
    await import('dotenv/config');
    await Promise.all(LARGE_DEPENDENCIES.map((name) => import(name).catch(() => undefined)));
  }
  const { register } = await import('tsx/esm/api');
  register();
  const { registerSourceAliases } = await import('./source_aliases.js');
  registerSourceAliases(root);
  await import(pathToFileURL(source).href);
} else {
  await import(pathToFileURL(join(root, 'dist', 'src', 'cli', 'main.js')).href);
}
