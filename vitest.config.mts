import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests that touch the database get a throw-away SQLite file of their own, migrated by globalSetup.
const testDatabase = `file:${path.join(os.tmpdir(), `leeslamp-vitest-${process.pid}.db`)}`;
process.env.DATABASE_URL = testDatabase;

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname, 'src'),
      // The marker package throws outside React Server Components; tests are server code too.
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    env: { DATABASE_URL: testDatabase },
    globalSetup: ['tests/unit/global-setup.ts'],
    fileParallelism: false,
    hookTimeout: 60_000,
    // CI also writes a machine-readable report, summed up by .ci/run.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/vitest.json' }]] : ['default'],
  },
});
