// `npm run build`: compile src/ to dist/ with tsc, then stamp dist with the hash of the sources it
// was compiled from. The hash is taken before compiling and the old stamp removed first, so a
// failed build, or a file edited while tsc runs, leaves dist stale (the CLI then runs the sources),
// never wrongly current (bin/build_stamp.js).
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceStamp, STAMP_FILE } from '../bin/build_stamp.js';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
rmSync(join(root, STAMP_FILE), { force: true });
const stamp = sourceStamp(root);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
writeFileSync(join(root, STAMP_FILE), `${stamp}\n`);
