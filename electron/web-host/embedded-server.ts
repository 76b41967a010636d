import { spawnServerProcess } from '../../server/process/spawn-server';
import { readDemoAccount, type EmbeddedServer } from '../services/embedded-server';

/** Starts the server as a child Node process with demo data in `serverDataDir` (the browser host's default). */
export async function startChildServer(serverDataDir: string): Promise<EmbeddedServer> {
  const server = await spawnServerProcess({ dataDir: serverDataDir, host: '127.0.0.1', port: 0, demo: true });
  // Its messages (seeding, damaged logs set aside) belong in the host's terminal.
  server.child.stderr?.pipe(process.stderr);
  return { url: server.url, demoAccount: await readDemoAccount(serverDataDir), stop: () => server.stop() };
}
