// In a checkout, the app and the templates import the package by name ('switchboard',
// 'switchboard/spoken', …) as a generated project does. Node would resolve that name to this
// package's own dist/ (stale, or not built yet, and a second copy of the library beside the sources
// the CLI runs), so map every package.json export to its source file instead. The compiled CLI maps
// them to its own dist/ files (`toDist`), so an app anywhere gets the copy of the library it runs.
import { existsSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export function registerSourceAliases(root, { toDist = false } = {}) {
  const { name, exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const aliases = {};
  for (const [key, target] of Object.entries(exports ?? {})) {
    const built = typeof target === 'string' ? target : target.default;
    if (!built?.startsWith('./dist/src/') || !built.endsWith('.js')) continue;
    const file = toDist ? built : built.replace(/^\.\/dist\//, '').replace(/\.js$/, '.ts');
    if (!existsSync(join(root, file))) continue;
    aliases[key === '.' ? name : `${name}/${key.slice(2)}`] = pathToFileURL(join(root, file)).href;
  }
  const hook = `const aliases = ${JSON.stringify(aliases)};
export async function resolve(specifier, context, next) {
  return Object.hasOwn(aliases, specifier) ? next(aliases[specifier], context) : next(specifier, context);
}`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}
