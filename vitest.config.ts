import { defineConfig } from 'vitest/config';

const include = [
  'shared/**/*.test.ts',
  'server/**/*.test.ts',
  'electron/**/*.test.ts',
  'renderer/**/*.test.{ts,tsx}',
  'scripts/**/*.test.ts',
];
/**
 * Tests that hold a latency to a bound against a baseline measured in the same run (a server under attack, access
 * taken away live, quick find's worker). They run after the rest, one file at a time: sharing this machine's two cores
 * with other test files would measure those files, not the code.
 */
const timed = [
  'server/**/hostile-*.test.ts',
  'server/sync/live-access.test.ts',
  'electron/services/search/search-host.test.ts',
];
/**
 * Soak and chaos tests (a minute of network drops, kill -9 loops, slow senders): in `npm test`, not in `test:quick`.
 * They mostly wait (on timers, dropped sockets, killed processes), so they run side by side, beside the unit tests
 * (one worker): one at a time, the three minutes of flapping alone took three minutes of CI.
 */
const slow = [
  'server/sync/network-flap.test.ts',
  'server/sync/durability.test.ts',
  'server/http/http-limits.test.ts',
  'electron/services/outbox/outbox-flap.test.ts',
  'electron/services/outbox/forum-flap.test.ts',
];

const SLOW_WORKERS = slow.length;

export default defineConfig({
  test: {
    environment: 'node',
    // Vitest's default on two cores is one worker; the slow tests ask for more, the others keep one each. (The unit
    // tests cannot have two: Vitest runs a project of one worker beside the others, but one of two only after them.)
    maxWorkers: SLOW_WORKERS + 1,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'slow', include: slow, maxWorkers: SLOW_WORKERS, sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: { name: 'unit', include, exclude: [...timed, ...slow], maxWorkers: 1, sequence: { groupOrder: 0 } },
      },
      // Never retried: a timing that fails is the finding, and a second try would hide it.
      { extends: true, test: { name: 'timed', include: timed, maxWorkers: 1, retry: 0, sequence: { groupOrder: 1 } } },
    ],
  },
});
