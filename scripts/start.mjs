#!/usr/bin/env node
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

/**
 * `npm start`: build, then open the desktop app; where Electron's runtime is missing (it is
 * downloaded by its install script, which needs network), run the browser host instead and open
 * it in the system's browser where there is one.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, options = {}) {
  return spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', ...options });
}

const build = run(npm, ['run', 'build']);
if (build.status !== 0) {
  console.error('The build failed, so Branchline cannot start. The messages above say why.');
  process.exit(build.status ?? 1);
}

let binary = electronBinary(repoRoot);
const installer = path.join(repoRoot, 'node_modules', 'electron', 'install.js');
if (!binary && !existsSync(path.join(repoRoot, 'node_modules', 'electron', 'dist')) && existsSync(installer)) {
  // One quiet attempt; its own output would only be a stack trace about the network.
  run(process.execPath, [installer], { stdio: 'ignore', timeout: 120_000 });
  binary = electronBinary(repoRoot);
}

function forward(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (binary) {
  forward(spawn(binary, [repoRoot, ...process.argv.slice(2)], { cwd: repoRoot, stdio: 'inherit' }));
} else {
  console.log(
    "Electron isn't available on this machine (its runtime could not be downloaded), so Branchline will run in your browser instead.",
  );
  // The browser host opens its address where the system can, and otherwise says which address to open.
  forward(
    spawn(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'electron', 'web-host', 'cli.ts'), '--open', ...process.argv.slice(2)],
      { cwd: repoRoot, stdio: 'inherit' },
    ),
  );
}
