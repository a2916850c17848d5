import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'components/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // A PostgreSQL run pays a database per test and a network round trip per query.
    testTimeout: process.env.TEST_DATABASE_URL ? 60_000 : 20_000,
    // TEST_DATABASE_URL runs the same suites on PostgreSQL (a fresh database per test, see
    // lib/testing/test-context.ts); db/schema picks that dialect's tables from DATABASE_URL.
    env: process.env.TEST_DATABASE_URL ? { DATABASE_URL: process.env.TEST_DATABASE_URL } : {},
    globalSetup: ['lib/testing/postgres-global-setup.ts'],
  },
});
