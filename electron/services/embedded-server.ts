import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { Email, Password } from '../../shared/api/schemas';

export const SERVER_READY_PREFIX = 'BRANCHLINE_READY';
export const DEMO_ACCOUNT_FILE = 'demo-account.json';
/** Where the embedded server's port is kept between launches, in its data folder. */
export const PORT_FILE = 'embedded-port.json';

/** The server this host started for itself; each host launches it its own way. */
export type EmbeddedServer = {
  url: string;
  demoAccount: { email: string; password: string } | undefined;
  stop(): Promise<void>;
};

/** Arguments of `server/cli.ts serve` for an embedded server: loopback only, the port given (0: any), demo data. */
export function embeddedServerArgs(dataDir: string, port: number): string[] {
  return ['serve', '--host', '127.0.0.1', '--port', String(port), '--data', dataDir, '--demo'];
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

const StoredPort = z.object({ port: z.number().int().min(1).max(65535) });

/** The port the server had last time; null when there is none to reuse (never kept, or the file is damaged). */
export async function readStoredPort(dataDir: string, log: (message: string) => void): Promise<number | null> {
  const file = path.join(dataDir, PORT_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log(`Could not read ${file} (${String(error)}).`);
    return null;
  }
  let raw: unknown = null;
  try {
    raw = JSON.parse(text);
  } catch {
    // Damaged: the same as none, a port is chosen again and the file replaced.
  }
  const parsed = StoredPort.safeParse(raw);
  if (parsed.success) return parsed.data.port;
  log(`${file} is damaged; this device's server takes a new port.`);
  return null;
}

/** Keeps the port for the next launch (written whole, then renamed into place). */
export async function storePort(dataDir: string, port: number): Promise<void> {
  const file = path.join(dataDir, PORT_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  await mkdir(dataDir, { recursive: true });
  await writeFile(temporary, `${JSON.stringify({ port })}\n`);
  await rename(temporary, file);
}

/** Whether nothing listens on `port` at 127.0.0.1 now (asked by listening there for a moment). */
export function isPortFree(port: number): Promise<boolean> {
  const probe = createServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/**
 * Starts the embedded server on the port it had last time, so links made for it (invites,
 * documents) keep working across restarts. The first time, or when the kept port is damaged
 * or another program has taken it, any free port is taken and kept instead; the default
 * server entry then remembers the old address (./default-server.ts).
 */
export async function startOnStablePort<T extends { url: string }>(
  dataDir: string,
  launch: (port: number) => Promise<T>,
  log: (message: string) => void,
): Promise<T> {
  const stored = await readStoredPort(dataDir, log);
  if (stored !== null) {
    if (await isPortFree(stored)) {
      try {
        return await launch(stored);
      } catch (error) {
        // Taken between the check and the start: choose again. Any other failure is the caller's.
        if (await isPortFree(stored)) throw error;
      }
    }
    log(`Port ${stored}, where this device's server was, is taken by another program; the server moves to a new port.`);
  }
  const launched = await launch(0);
  await storePort(dataDir, Number(new URL(launched.url).port)).catch((error: unknown) =>
    log(`Could not keep the server's port for next time (${String(error)}); it may move when Branchline restarts.`),
  );
  return launched;
}
