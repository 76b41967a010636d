import { spawnServerProcess } from '../../server/process/spawn-server';
import { readDemoAccount, startOnStablePort, type EmbeddedServer } from '../services/embedded-server';

/**
 * Starts the server as a child Node process with demo data in `serverDataDir` (the browser
 * host's default), on the port it had last time.
 */
export async function startChildServer(
  serverDataDir: string,
  log: (message: string) => void = (message) => console.error(message),
): Promise<EmbeddedServer> {
  const server = await startOnStablePort(
    serverDataDir,
    (port) => spawnServerProcess({ dataDir: serverDataDir, host: '127.0.0.1', port, demo: true }),
    log,
  );
  // Its messages (seeding, damaged logs set aside) belong in the host's terminal.
  server.child.stderr?.pipe(process.stderr);
  return { url: server.url, demoAccount: await readDemoAccount(serverDataDir), stop: () => server.stop() };
}
