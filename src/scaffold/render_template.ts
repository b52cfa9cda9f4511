// Copies a template folder into a project, filling `{{placeholders}}` and restoring dotfiles.
// Dotfiles are stored as `_name` because npm drops `.npmrc` and `.gitignore` from packed packages.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

/** Values for `{{key}}`; `{{range:<package>}}` is looked up through `range`. */
export interface TemplateValues {
  values: Record<string, string>;
  range: (pkg: string) => string | undefined;
}

const PLACEHOLDER = /\{\{([a-zA-Z][a-zA-Z0-9]*)(?::([@a-z0-9/._-]+))?\}\}/g;

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** Fill placeholders; an unknown one is a template bug, reported with the file it sits in. */
export function fillPlaceholders(text: string, values: TemplateValues, file: string): string {
  return text.replace(PLACEHOLDER, (whole, key: string, arg: string | undefined) => {
    const value = key === 'range' && arg ? values.range(arg) : arg ? undefined : values.values[key];
    if (value === undefined) throw new TemplateError(`Template file ${file} uses ${whole}, which has no value.`);
    return value;
  });
}

/** `_gitignore` → `.gitignore`, in any folder of the template. */
export function outputPath(templatePath: string): string {
  return templatePath
    .split(sep)
    .map((part) => (part.startsWith('_') ? `.${part.slice(1)}` : part))
    .join(sep);
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    // Installs and tarballs from trying a template in place are never part of it.
    if (entry.name === 'node_modules' || entry.name === 'package-lock.json' || entry.name.endsWith('.tgz')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out;
}

/** Write every template file into `target`; returns the written paths relative to `target`. */
export async function renderTemplate(templateDir: string, target: string, values: TemplateValues): Promise<string[]> {
  const written: string[] = [];
  for (const source of await listFiles(templateDir)) {
    const rel = relative(templateDir, source);
    const out = outputPath(rel);
    const text = fillPlaceholders(await readFile(source, 'utf8'), values, rel);
    await mkdir(dirname(join(target, out)), { recursive: true });
    await writeFile(join(target, out), text);
    written.push(out);
  }
  return written;
}
