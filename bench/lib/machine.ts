import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_VERSION } from '../../server/app';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function installedVersion(name: string): string {
  try {
    return (
      JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return 'not installed';
  }
}

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty) return `${pretty[1]} (${os.type()} ${os.release()})`;
  } catch {
    // Not Linux, or no os-release: the kernel line is enough.
  }
  return `${os.type()} ${os.release()}`;
}

export type Machine = { cpu: string; cores: number; memory: string; loadAverage: string; node: string; os: string };

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    loadAverage: os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(', '),
    node: process.version,
    os: osName(),
  };
}

export function libraryVersions(): Record<string, string> {
  const names = [
    'yjs',
    'y-websocket',
    'y-protocols',
    'lexical',
    '@lexical/yjs',
    '@y/websocket-server',
    'ws',
    'playwright-core',
  ];
  return {
    ...Object.fromEntries(names.map((name) => [name, installedVersion(name)])),
    'branchline server': SERVER_VERSION,
  };
}

export const loadAverageNow = (): string => os.loadavg()[0]!.toFixed(2);
