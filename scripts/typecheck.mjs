#!/usr/bin/env node
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run typecheck`: each process has its own tsconfig (its own libs: the DOM, Node's types or
 * neither), so the compiler holds the walls between them. Checked two at a time (this machine
 * has two cores), each incrementally (its state under .tmp/tsc/).
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const projects = {
  shared: 'shared/tsconfig.json',
  renderer: 'renderer/tsconfig.json',
  server: 'server/tsconfig.json',
  electron: 'electron/tsconfig.json',
  bridge: 'electron/web-host/bridge/tsconfig.json',
  tools: 'tsconfig.json',
};
const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');

function check([name, config]) {
  return new Promise((resolve) => {
    const args = [tsc, '-p', config, '--incremental', '--tsBuildInfoFile', `.tmp/tsc/${name}.tsbuildinfo`];
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ name, config, ok: code === 0, output }));
  });
}

const queue = Object.entries(projects);
const results = [];
await Promise.all(
  Array.from({ length: Math.max(1, Math.min(2, cpus().length)) }, async () => {
    while (queue.length > 0) results.push(await check(queue.shift()));
  }),
);
const failed = results.filter((result) => !result.ok);
for (const result of failed) process.stderr.write(`\n${result.config}:\n${result.output}`);
console.log(`Type check: ${results.length - failed.length} of ${results.length} projects clean.`);
process.exit(failed.length > 0 ? 1 : 0);
