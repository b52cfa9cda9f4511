import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The app and the template workflows import 'switchboard' as a generated project would; tests that
  // drive them (offline dialogues, the hostile-input suite, blind evaluation) resolve it to this checkout's source.
  resolve: {
    alias: [
      { find: /^switchboard$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      {
        find: /^switchboard\/testing$/,
        replacement: fileURLToPath(new URL('./src/testing/index.ts', import.meta.url)),
      },
      {
        find: /^switchboard\/spoken$/,
        replacement: fileURLToPath(new URL('./src/spoken/index.ts', import.meta.url)),
      },
    ],
  },
  test: {
    setupFiles: ['test/setup.ts'],
    include: ['src/**/*.test.ts', 'app/**/*.test.ts', 'test/**/*.test.ts', 'eval/apps/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'templates/**', 'dist/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two cores: sessions, SQLite and child processes behave better without heavy parallelism.
    maxWorkers: 2,
    minWorkers: 1,
    // CI also writes a JSON report so .ci/run can print a plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'data/vitest-report.json' }]] : ['default'],
  },
});
