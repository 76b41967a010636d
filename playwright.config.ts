import { defineConfig } from '@playwright/test';

/**
 * E2E runs in Debian's Chromium (Playwright's own browser download is not available here).
 * Without the networking flags Chromium keeps trying hosts it cannot reach.
 */
const chromiumPath = process.env.BRANCHLINE_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Specs that hold the app to a time (keystroke to fsync, a crash mid-typing) against the disk measured in the same run:
 * they run after the others, alone, so another spec's browser is not what they measure.
 */
const timed = ['write-interval.spec.ts', 'app-killed-while-typing.spec.ts'];

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  // Each flow is a server, a host and a browser, mostly waiting on one another: two files at a time use both cores.
  workers: 2,
  projects: [
    // Tests, not files, are shared out: every test has its own network (fixtures.ts), and a long file no longer ends the run alone.
    { name: 'flows', testIgnore: timed, workers: 2, fullyParallel: true },
    { name: 'timed', testMatch: timed, workers: 1, dependencies: ['flows'] },
  ],
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
