import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBranchlineServer, type BranchlineServer } from '../../server/app';
import { isPortFree, PORT_FILE, readStoredPort, startOnStablePort } from './embedded-server';
import { tempFolders } from './testing/temp-folders';

const tempDir = tempFolders('embedded-port');
const running: Array<{ close(): Promise<void> }> = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((thing) => thing.close()));
});

/** The real server, in this process, on the port asked for: what each host launches. */
function launcher(dataDir: string) {
  const ports: number[] = [];
  const launch = async (port: number): Promise<BranchlineServer> => {
    ports.push(port);
    const server = await createBranchlineServer({ dataDir, host: '127.0.0.1', port, log: () => undefined });
    running.push(server);
    return server;
  };
  return { launch, ports };
}

async function occupy(port: number): Promise<void> {
  const other = createServer();
  await new Promise<void>((resolve, reject) => {
    other.once('error', reject);
    other.listen(port, '127.0.0.1', () => resolve());
  });
  running.push({ close: () => new Promise<void>((resolve) => other.close(() => resolve())) });
}

const storedPort = async (dataDir: string) =>
  JSON.parse(await readFile(path.join(dataDir, PORT_FILE), 'utf8')) as { port: number };

describe('the embedded server keeps its port', () => {
  it('takes any free port the first time, keeps it, and takes the same one on every start after', async () => {
    const dataDir = await tempDir();
    const { launch, ports } = launcher(dataDir);
    const logged: string[] = [];
    const first = await startOnStablePort(dataDir, launch, (message) => logged.push(message));
    const port = Number(new URL(first.url).port);
    expect(await storedPort(dataDir)).toEqual({ port });
    await first.close();
    running.splice(0);

    const second = await startOnStablePort(dataDir, launch, (message) => logged.push(message));
    expect(second.url).toBe(first.url);
    expect(ports).toEqual([0, port]);
    expect(logged).toEqual([]);
  });

  it('moves to a new port, and keeps that one, when another program has taken its own', async () => {
    const dataDir = await tempDir();
    const { launch } = launcher(dataDir);
    const first = await startOnStablePort(dataDir, launch, () => undefined);
    const port = Number(new URL(first.url).port);
    await first.close();
    running.splice(0);
    await occupy(port);

    const logged: string[] = [];
    const moved = await startOnStablePort(dataDir, launch, (message) => logged.push(message));
    const newPort = Number(new URL(moved.url).port);
    expect(newPort).not.toBe(port);
    expect(await storedPort(dataDir)).toEqual({ port: newPort });
    expect(logged).toEqual([expect.stringContaining(`Port ${port}`)]);
  });

  it('chooses again when another program takes the port between the check and the start', async () => {
    const dataDir = await tempDir();
    const { launch, ports } = launcher(dataDir);
    const first = await startOnStablePort(dataDir, launch, () => undefined);
    const port = Number(new URL(first.url).port);
    await first.close();
    running.splice(0);
    const racing = async (asked: number) => {
      if (asked === port) await occupy(port);
      return launch(asked);
    };
    const moved = await startOnStablePort(dataDir, racing, () => undefined);
    expect(ports).toEqual([0, port, 0]);
    expect(moved.url).not.toBe(first.url);
    expect(await storedPort(dataDir)).toEqual({ port: Number(new URL(moved.url).port) });
  });

  it.each([
    ['not JSON', '{"port": '],
    ['the wrong shape', JSON.stringify({ port: 'four' })],
    ['a port out of range', JSON.stringify({ port: 70000 })],
    ['empty', ''],
  ])('treats a kept port file that is %s as none: a new port, the file replaced, no crash', async (_what, text) => {
    const dataDir = await tempDir();
    await writeFile(path.join(dataDir, PORT_FILE), text);
    const logged: string[] = [];
    expect(await readStoredPort(dataDir, (message) => logged.push(message))).toBeNull();
    expect(logged).toEqual([expect.stringContaining('damaged')]);
    const { launch, ports } = launcher(dataDir);
    const server = await startOnStablePort(dataDir, launch, () => undefined);
    expect(ports).toEqual([0]);
    expect(await storedPort(dataDir)).toEqual({ port: Number(new URL(server.url).port) });
  });

  it('passes on a failure that is not about the port', async () => {
    const dataDir = await tempDir();
    const { launch } = launcher(dataDir);
    const first = await startOnStablePort(dataDir, launch, () => undefined);
    await first.close();
    running.splice(0);
    await expect(
      startOnStablePort(
        dataDir,
        async () => {
          throw new Error('the data folder is damaged');
        },
        () => undefined,
      ),
    ).rejects.toThrow('the data folder is damaged');
    expect(await isPortFree(Number(new URL(first.url).port))).toBe(true);
  });
});
