#!/usr/bin/env node
import { spawn } from 'node:child_process';

/**
 * `node scripts/side-by-side.mjs a b c`: runs the npm scripts a, b and c at the same time, prints
 * each one's output whole once it ends (so their lines never interleave), and fails if any failed.
 * `npm test` runs the type check, lint, the Electron scan and the build beside the unit tests (none
 * of which reads the build): Vitest keeps one core busy for minutes while its soak tests mostly
 * wait, and CI has a 20-minute budget.
 */
const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('Usage: node scripts/side-by-side.mjs <npm script> [<npm script> ...]');
  process.exit(2);
}

function run(script) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      console.log(`\n── npm run ${script}: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds} s ──`);
      process.stdout.write(output);
      resolve(code === 0);
    });
  });
}

const results = await Promise.all(scripts.map(run));
const failed = scripts.filter((_, index) => !results[index]);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.map((script) => `npm run ${script}`).join(', ')}`);
  process.exit(1);
}
