// Apps are TypeScript modules. Run from the sources (a checkout without a current dist), the CLI
// itself goes through tsx, registered by bin/switchboard.js, so apps load as they are. The compiled
// CLI (a packed install, or a checkout whose dist is current) registers tsx only here, once the
// library is loaded: modules loaded before any loader hook exists skip the round trip to the hooks
// thread that each hooked module costs, and that is most of the start-up of a call.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

let ready: Promise<void> | undefined;

export function enableTypeScriptApps(): Promise<void> {
  ready ??= enable();
  return ready;
}

async function enable(): Promise<void> {
  if (import.meta.url.endsWith('.ts')) return; // running from the sources: tsx is registered already
  await import('../index.js');
  const { register } = await import('tsx/esm/api');
  register();
  // An app imports the library by name ('switchboard', 'switchboard/spoken'): give it this copy.
  const root = fileURLToPath(new URL('../../../', import.meta.url)); // dist/src/cli → package root
  const aliases = `${root}bin/source_aliases.js`;
  if (!existsSync(aliases)) return;
  const { registerSourceAliases } = (await import(pathToFileURL(aliases).href)) as {
    registerSourceAliases: (root: string, options: { toDist: boolean }) => void;
  };
  registerSourceAliases(root, { toDist: true });
}
