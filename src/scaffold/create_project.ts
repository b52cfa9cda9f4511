// Generates a standalone project from a pattern template: checks everything first, then writes.
import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { packageNameFromDir, packageNameProblems } from './package_name.js';
import { packedTarball } from './pack_tarball.js';
import { switchboardPackage, templatesDir, type PackageInfo } from './package_root.js';
import { findPattern, PATTERN_NAMES, type Pattern } from './patterns.js';
import { renderTemplate } from './render_template.js';

/** Template folder with the files every pattern shares (tsconfig, Dockerfile, test setup…). */
export const SHARED_TEMPLATE = 'shared';

/** Where the project's `switchboard` dependency comes from. */
export type SwitchboardSource = 'pack' | 'registry' | { tarball: string };

export interface CreateProjectOptions {
  dir: string;
  pattern: string;
  /** npm package name; defaults to one derived from the folder name. */
  name?: string;
  /** Write into a non-empty folder, replacing files the template also has. */
  force?: boolean;
  /** Default: pack this checkout, or the published package when running from an installed copy. */
  switchboard?: SwitchboardSource;
  onProgress?: (message: string) => void;
}

export interface CreatedProject {
  dir: string;
  name: string;
  pattern: Pattern;
  /** The `switchboard` entry written to package.json. */
  dependency: string;
  files: string[];
}

/** A bad argument: the message says what to do, and the command exits non-zero. */
export class ScaffoldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScaffoldError';
  }
}

export function resolvePattern(name: string): Pattern {
  const pattern = findPattern(name);
  if (!pattern) throw new ScaffoldError(`Unknown pattern "${name}". Choose one of: ${PATTERN_NAMES.join(', ')}.`);
  return pattern;
}

export function checkName(name: string): string {
  const problems = packageNameProblems(name);
  if (problems.length > 0) throw new ScaffoldError(`"${name}" is not a valid npm package name. ${problems.join(' ')}`);
  return name;
}

/** Folders that hold only version-control metadata count as empty. */
const IGNORABLE = new Set(['.git', '.DS_Store']);

export async function checkTargetDir(dir: string, force: boolean): Promise<void> {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new ScaffoldError(`${dir} is a file, not a folder: choose another path.`);
  const entries = (await readdir(dir)).filter((e) => !IGNORABLE.has(e));
  if (entries.length > 0 && !force) {
    throw new ScaffoldError(
      `${dir} is not empty (${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}, e.g. ${entries.slice(0, 3).join(', ')}). Choose an empty or new folder, or pass --force to write the template over it.`,
    );
  }
}

function defaultSource(pkg: PackageInfo): SwitchboardSource {
  return pkg.isCheckout ? 'pack' : 'registry';
}

async function vendorSwitchboard(
  pkg: PackageInfo,
  source: SwitchboardSource,
  dir: string,
  onProgress?: (m: string) => void,
): Promise<string> {
  if (source === 'registry') return `^${pkg.version}`;
  let tarball: string;
  if (source === 'pack') {
    if (!pkg.isCheckout) {
      throw new ScaffoldError(
        'This switchboard is an installed copy, so it cannot be packed: use --switchboard registry, or a path to a switchboard .tgz.',
      );
    }
    tarball = await packedTarball(pkg, onProgress);
  } else {
    tarball = resolve(source.tarball);
    if (!existsSync(tarball) || !tarball.endsWith('.tgz')) {
      throw new ScaffoldError(
        `--switchboard ${source.tarball}: no such .tgz file. Give the path of a packed switchboard tarball.`,
      );
    }
  }
  const name = source === 'pack' ? `switchboard-${pkg.version}.tgz` : basename(tarball);
  await mkdir(join(dir, 'vendor'), { recursive: true });
  await copyFile(tarball, join(dir, 'vendor', name));
  return `file:vendor/${name}`;
}

export async function createProject(options: CreateProjectOptions): Promise<CreatedProject> {
  const pattern = resolvePattern(options.pattern);
  const dir = resolve(options.dir);
  const name = checkName(options.name ?? packageNameFromDir(basename(dir)));
  await checkTargetDir(dir, options.force ?? false);

  const pkg = switchboardPackage();
  const templateDir = join(templatesDir(), pattern.name);
  if (!existsSync(templateDir)) throw new Error(`The ${pattern.name} template is missing from ${templatesDir()}.`);
  await mkdir(dir, { recursive: true });
  const dependency = await vendorSwitchboard(pkg, options.switchboard ?? defaultSource(pkg), dir, options.onProgress);
  const ranges = { ...pkg.devDependencies, ...pkg.dependencies };
  const values = {
    values: {
      name,
      pattern: pattern.name,
      patternTitle: pattern.title,
      patternFlow: pattern.flow,
      switchboardVersion: pkg.version,
      switchboardDependency: dependency,
    },
    range: (dep: string) => ranges[dep],
  };
  // Files every project shares first; the pattern's own files may replace any of them.
  const files = new Set(await renderTemplate(join(templatesDir(), SHARED_TEMPLATE), dir, values));
  for (const file of await renderTemplate(templateDir, dir, values)) files.add(file);
  if (dependency.startsWith('file:')) files.add(dependency.slice('file:'.length));
  return { dir, name, pattern, dependency, files: [...files].sort() };
}
