// Fails when modules under src/ import each other in a cycle. ESLint's import-x/no-cycle catches
// cycles of value imports as you edit; this check also follows `import type` and `import()`, so a
// cycle that only types or a lazy load close (runtime ↔ its tools, a store factory ↔ its stores)
// is caught too: such a pair cannot be read, tested or moved apart. Run by `npm run lint`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'src');

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

// Relative specifiers of `import ... from`, `export ... from`, `import '...'` and `import('...')`.
const SPECIFIER = /(?:\b(?:import|export)\b[^'";]*?\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

function withoutComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function resolveSpecifier(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts'), base];
  return candidates.find((c) => c.endsWith('.ts') && existsSync(c));
}

const files = sourceFiles(root);
const imports = new Map(
  files.map((file) => {
    const deps = new Set();
    for (const match of withoutComments(readFileSync(file, 'utf8')).matchAll(SPECIFIER)) {
      const target = resolveSpecifier(file, match[1]);
      if (target) deps.add(target);
    }
    return [file, [...deps]];
  }),
);

// Tarjan's strongly connected components: every component with more than one file is a cycle
// (a file importing itself is one too).
let counter = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];
function visit(file) {
  index.set(file, counter);
  low.set(file, counter);
  counter += 1;
  stack.push(file);
  onStack.add(file);
  for (const dep of imports.get(file) ?? []) {
    if (!imports.has(dep)) continue;
    if (!index.has(dep)) {
      visit(dep);
      low.set(file, Math.min(low.get(file), low.get(dep)));
    } else if (onStack.has(dep)) {
      low.set(file, Math.min(low.get(file), index.get(dep)));
    }
  }
  if (low.get(file) !== index.get(file)) return;
  const component = [];
  let member;
  do {
    member = stack.pop();
    onStack.delete(member);
    component.push(member);
  } while (member !== file);
  if (component.length > 1 || (imports.get(file) ?? []).includes(file)) cycles.push(component);
}
for (const file of files) if (!index.has(file)) visit(file);

if (cycles.length > 0) {
  const name = (file) => relative(process.cwd(), file);
  process.stderr.write(`Import cycles in ${name(root) || '.'} (type-only and lazy imports count):\n`);
  for (const cycle of cycles) {
    process.stderr.write(`  - ${cycle.map(name).sort().join(' ↔ ')}\n`);
    for (const file of cycle.sort())
      for (const dep of imports.get(file).filter((d) => cycle.includes(d)))
        process.stderr.write(`      ${name(file)} imports ${name(dep)}\n`);
  }
  process.exit(1);
}
process.stdout.write(`No import cycles among ${files.length} files in ${relative(process.cwd(), root) || '.'}.\n`);
