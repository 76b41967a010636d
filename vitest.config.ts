import { defineConfig } from 'vitest/config';

const include = [
  'shared/**/*.test.ts',
  'server/**/*.test.ts',
  'electron/**/*.test.ts',
  'renderer/**/*.test.{ts,tsx}',
  'scripts/**/*.test.ts',
];
/**
 * Tests that hold a server to a latency bound (p99 under 100 ms while it is attacked). They
 * run after the rest, one file at a time: sharing this machine's two cores with other test
 * files would measure those files, not the server.
 */
const timed = ['server/**/hostile-*.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include, exclude: timed } },
      { extends: true, test: { name: 'timed', include: timed, maxWorkers: 1 } },
    ],
  },
});
