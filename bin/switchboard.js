#!/usr/bin/env node
// In a checkout (src/ present) run the TypeScript sources; in a packed install run dist/. tsx is
// registered either way so an app's own TypeScript workflow module can be loaded.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src', 'cli', 'main.ts');
const { register } = await import('tsx/esm/api');
register();
if (existsSync(source)) {
  const { registerSourceAliases } = await import('./source_aliases.js');
  registerSourceAliases(root);
  await import(pathToFileURL(source).href);
} else {
  await import(pathToFileURL(join(root, 'dist', 'src', 'cli', 'main.js')).href);
}
