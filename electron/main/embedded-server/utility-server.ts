import { once } from 'node:events';
import { utilityProcess } from 'electron';
import {
  embeddedServerArgs,
  readDemoAccount,
  startOnStablePort,
  waitForReadyLine,
  type EmbeddedServer,
} from '../../services/embedded-server';

/**
 * Runs the bundled server (out/main/server.js) in a utility process, so main stays idle, on the
 * port it had last time (links made for it keep working).
 */
export async function startUtilityServer(serverScript: string, serverDataDir: string): Promise<EmbeddedServer> {
  const server = await startOnStablePort(
    serverDataDir,
    (port) => forkServer(serverScript, serverDataDir, port),
    (message) => console.warn(message),
  );
  return { ...server, demoAccount: await readDemoAccount(serverDataDir) };
}

async function forkServer(
  serverScript: string,
  serverDataDir: string,
  port: number,
): Promise<Omit<EmbeddedServer, 'demoAccount'>> {
  const child = utilityProcess.fork(serverScript, embeddedServerArgs(serverDataDir, port), {
    stdio: 'pipe',
    serviceName: 'Branchline server',
  });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  if (!child.stdout) throw new Error('The embedded server has no stdout to report readiness on.');
  const url = await waitForReadyLine(child.stdout, { onExit: (listener) => child.once('exit', listener) }).catch(
    (error: unknown) => {
      child.kill();
      throw error;
    },
  );
  let exited = false;
  child.once('exit', () => (exited = true));
  return {
    url,
    async stop() {
      if (exited) return;
      const done = once(child, 'exit');
      child.kill();
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    },
  };
}
