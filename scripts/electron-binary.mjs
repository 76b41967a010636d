import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The Electron executable installed under node_modules, or null when its runtime was never downloaded. */
export function electronBinary(repoRoot) {
  const packageDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
