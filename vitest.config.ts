import { defineConfig } from 'vitest/config';

// Three projects: pure code once; everything that touches a database once per dialect.
// A test file that needs a database imports server/test/helpers.ts, which reads GUOMEN_TEST_DIALECT.
const dbTests = ['server/src/**/*.db.test.ts', 'server/test/*.test.ts'];
// Several instances sharing one database server: PostgreSQL only (*.pg.test.ts).
const pgOnlyTests = ['server/test/*.pg.test.ts'];
// Tests of the process itself (crash, backup, CLI) on the embedded database only.
const processTests = ['server/test/process/**/*.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'contracts/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: [...dbTests, ...processTests, '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'sqlite',
          include: [...dbTests, ...processTests],
          exclude: [...pgOnlyTests, '**/node_modules/**'],
          env: { GUOMEN_TEST_DIALECT: 'sqlite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'postgres',
          include: dbTests,
          env: { GUOMEN_TEST_DIALECT: 'postgres' },
          globalSetup: ['server/test/pg-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
