import { defineConfig } from 'vitest/config';

const include = [
  'shared/**/*.test.ts',
  'server/**/*.test.ts',
  'electron/**/*.test.ts',
  'renderer/**/*.test.{ts,tsx}',
  'scripts/**/*.test.ts',
];
/**
 * Tests that hold a server to a latency bound while it is attacked, against a baseline
 * measured in the same run. They run after the rest, one file at a time: sharing this
 * machine's two cores with other test files would measure those files, not the server.
 */
const timed = ['server/**/hostile-*.test.ts'];
/** Soak and chaos tests (a minute of network drops, kill -9 loops, slow senders): in `npm test`, not in `test:quick`. */
const slow = [
  'server/sync/network-flap.test.ts',
  'server/sync/durability.test.ts',
  'server/http/http-limits.test.ts',
  'electron/services/outbox/outbox-flap.test.ts',
  'electron/services/outbox/forum-flap.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include, exclude: [...timed, ...slow] } },
      { extends: true, test: { name: 'slow', include: slow } },
      // Never retried: a timing that fails is the finding, and a second try would hide it.
      { extends: true, test: { name: 'timed', include: timed, maxWorkers: 1, retry: 0 } },
    ],
  },
});
