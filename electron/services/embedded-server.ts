import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { Email, Password } from '../../shared/api/schemas';

export const SERVER_READY_PREFIX = 'BRANCHLINE_READY';
export const DEMO_ACCOUNT_FILE = 'demo-account.json';

/** The server this host started for itself; each host launches it its own way. */
export type EmbeddedServer = {
  url: string;
  demoAccount: { email: string; password: string } | undefined;
  stop(): Promise<void>;
};

/** Arguments of `server/cli.ts serve` for an embedded server: loopback only, any free port, demo data. */
export function embeddedServerArgs(dataDir: string): string[] {
  return ['serve', '--host', '127.0.0.1', '--port', '0', '--data', dataDir, '--demo'];
}

/** Resolves with the URL from the first `BRANCHLINE_READY <url>` line on `stdout`. */
export function waitForReadyLine(
  stdout: NodeJS.ReadableStream,
  options: { timeoutMs?: number; onExit?: (listener: (code: number | null) => void) => void } = {},
): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(
      () => finish(new Error(`The embedded server was not ready within ${timeoutMs} ms.`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer | string) => {
      buffered += chunk.toString();
      const line = buffered.split('\n').find((candidate) => candidate.startsWith(`${SERVER_READY_PREFIX} `));
      if (line) finish(null, line.slice(SERVER_READY_PREFIX.length + 1).trim());
    };
    function finish(error: Error | null, url?: string) {
      clearTimeout(timer);
      stdout.removeListener('data', onData);
      stdout.resume(); // keep draining so the server never blocks on a full pipe
      if (error) reject(error);
      else resolve(url!);
    }
    stdout.on('data', onData);
    options.onExit?.((code) => finish(new Error(`The embedded server exited (code ${code}) before it was ready.`)));
  });
}

const DemoAccount = z.object({ email: Email, password: Password });

/** The demo account the server wrote when it seeded its data; undefined if there is none. */
export async function readDemoAccount(serverDataDir: string): Promise<{ email: string; password: string } | undefined> {
  try {
    const parsed = DemoAccount.safeParse(
      JSON.parse(await readFile(path.join(serverDataDir, DEMO_ACCOUNT_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
