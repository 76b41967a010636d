import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { embeddedServerArgs, readDemoAccount, waitForReadyLine, type EmbeddedServer } from '../services/embedded-server';

/** Starts `server/cli.ts` as a child Node process (through tsx) with demo data in `serverDataDir`. */
export async function startChildServer(repoRoot: string, serverDataDir: string): Promise<EmbeddedServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server', 'cli.ts'), ...embeddedServerArgs(serverDataDir)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await waitForReadyLine(child.stdout, { onExit: (listener) => child.once('exit', listener) }).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return {
    url,
    demoAccount: await readDemoAccount(serverDataDir),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
