import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import type { ChildProcess } from 'node:child_process';
import { z } from 'zod';
import { openDirectory } from '../../server/accounts/directory';
import { spawnServerProcess, type ServerProcess } from '../../server/process/spawn-server';
import { encodeRecords } from '../../server/storage/framed-log';
import { RoomLog } from '../../server/storage/room-log';
import { documentRoom } from '../../shared/rooms';
import { roomLogFile } from '../../electron/services/local-store/room-logs';
import { startTsProcess, stopProcess } from '../../e2e/support/processes';

export const person = { email: 'gwen@conwy.example', name: 'Gwen Roberts', password: 'bench reading network' };
export const SPACE_NAME = 'North Wales Reading Offer';
export const DOCUMENT_TITLE = 'Ten thousand paragraphs';

/**
 * A real server holding one document, and one person's device (a browser-host data folder)
 * that has signed in there. The server runs throughout; the host is started per cold open.
 */
export class ColdOpenWorld {
  private host: ChildProcess | null = null;

  private constructor(
    readonly root: string,
    readonly server: ServerProcess,
    readonly room: string,
  ) {}

  /** Makes the person, their space and the document, with `merged` as the server's copy. */
  static async create(merged: Uint8Array): Promise<ColdOpenWorld> {
    const root = await mkdtemp(path.join(tmpdir(), 'branchline-bench-cold-'));
    const serverData = path.join(root, 'server');
    const directory = await openDirectory(serverData);
    const user = await directory.accounts.addUser(person);
    const space = await directory.spaces.create(
      { name: SPACE_NAME, description: '', nameCy: null, descriptionCy: null },
      directory.accounts.findUser(user.id)!,
    );
    const document = await directory.documents.add(DOCUMENT_TITLE, space.id, user.id);
    await directory.file.flush();
    const room = documentRoom(document.id);
    const { log } = await RoomLog.open(room, {
      directory: path.join(serverData, 'rooms'),
      compactAfterRecords: 1000,
      compactAfterBytes: 8 * 1024 * 1024,
      warn: console.error,
    });
    log.appendAll([merged]);
    log.close();
    const server = await spawnServerProcess({ dataDir: serverData });
    return new ColdOpenWorld(root, server, room);
  }

  get deviceDir(): string {
    return path.join(this.root, 'device');
  }

  /** Starts the browser host on the device's folder; returns the address to open. */
  async startHost(): Promise<string> {
    const { child, readyValue } = await startTsProcess(
      'electron/web-host/cli.ts',
      ['--data', this.deviceDir, '--server', this.server.url, '--port', '0', '--ready-line'],
      'BRANCHLINE_WEB_READY',
    );
    this.host = child;
    return readyValue;
  }

  async stopHost(): Promise<void> {
    if (this.host) await stopProcess(this.host);
    this.host = null;
  }

  /** The device's local store folder and the id it gave the server (known once signed in). */
  async localStore(): Promise<{ root: string; serverId: string }> {
    const root = path.join(this.deviceDir, 'local');
    const state = z
      .object({ servers: z.array(z.object({ id: z.string() })).min(1) })
      .parse(JSON.parse(await readFile(path.join(root, 'branchline.json'), 'utf8')));
    return { root, serverId: state.servers[0]!.id };
  }

  /** Writes the device's copy of the room as a local-store log of these records. */
  async writeDeviceLog(records: Uint8Array[]): Promise<string> {
    const { root, serverId } = await this.localStore();
    const file = roomLogFile(root, serverId, this.room);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, encodeRecords(records));
    return file;
  }

  async close(): Promise<void> {
    await this.stopHost();
    await this.server.stop();
    await rm(this.root, { recursive: true, force: true });
  }
}
