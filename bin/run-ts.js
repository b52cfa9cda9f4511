#!/usr/bin/env node
// Runs a TypeScript file of this repo with tsx (used by npm scripts such as `npm run bench`).
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('usage: run-ts <file.ts> [args...]');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(file), ...rest];
const { register } = await import('tsx/esm/api');
register();
// The app and the templates import 'switchboard' by name: resolve it to this checkout's sources.
const { registerSourceAliases } = await import('./source_aliases.js');
registerSourceAliases(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
await import(pathToFileURL(resolve(file)).href);
