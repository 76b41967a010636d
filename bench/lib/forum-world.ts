import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { readRoomFile } from '../../server/storage/room-file-reader';
import { roomLogPath } from '../../server/storage/room-files';
import type { ForumAnswer, ForumLayout, ForumReady, ForumRequest } from '../servers/forum-protocol';
import type { UsageReport } from '../servers/protocol';
import { buildServers, builtServersDir } from './build-servers';

/** Our server over the forum bench's folder, in its own process (bundled, as ours.ts is). */
export class ForumServer {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly child: ChildProcess,
    readonly ready: ForumReady,
  ) {}

  static async start(dataDir: string): Promise<ForumServer> {
    await buildServers();
    const child = fork(path.join(builtServersDir, 'forum.mjs'), [], {
      execArgv: ['--expose-gc', '--no-flush-bytecode'],
      env: { ...process.env, BENCH_FORUM_DATA: dataDir },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const [ready] = (await once(child, 'message')) as [ForumReady];
    return new ForumServer(child, ready);
  }

  private ask<T extends ForumAnswer>(request: ForumRequest): Promise<T> {
    const answer = this.queue.then(async () => {
      this.child.send(request);
      const [message] = (await once(this.child, 'message')) as [T];
      return message;
    });
    this.queue = answer.catch(() => undefined);
    return answer;
  }

  usage(): Promise<UsageReport> {
    return this.ask<UsageReport>({ type: 'usage' });
  }

  async fill(stage: number): Promise<ForumLayout> {
    return (await this.ask<Extract<ForumAnswer, { type: 'filled' }>>({ type: 'fill', stage })).layout;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.disconnect();
    await exited;
  }
}

/**
 * The forum bench's folder, shared by the forum measures of one run (filling it is the
 * slow part): filled to a stage on first need by a server process that is then stopped, so
 * each measure starts its own fresh server over it with nothing loaded.
 */
class ForumWorld {
  private dataDir: Promise<string> | null = null;
  private filled = -1;
  layout: ForumLayout | null = null;

  async folder(): Promise<string> {
    this.dataDir ??= mkdtemp(path.join(tmpdir(), 'branchline-bench-forum-')).then((made) => {
      // Also when a measure throws and the run ends without removing it.
      process.once('exit', () => rmSync(made, { recursive: true, force: true }));
      return made;
    });
    return this.dataDir;
  }

  /** The folder filled up to `stage` (FORUM_SHAPE.stages). */
  async fillTo(stage: number): Promise<ForumLayout> {
    const dataDir = await this.folder();
    while (this.filled < stage) {
      const server = await ForumServer.start(dataDir);
      try {
        this.layout = await server.fill(this.filled + 1);
        this.filled++;
      } finally {
        await server.stop();
      }
    }
    return this.layout!;
  }

  /** A room's stored state as the server keeps it (its log merged), read from the folder. */
  async storedState(room: string): Promise<Uint8Array> {
    const file = roomLogPath(path.join(await this.folder(), 'rooms'), room);
    const read = await readRoomFile(file, room, (message) => console.error(message));
    if (!read.state) throw new Error(`bench forum: room ${room} has no stored state`);
    return read.state;
  }

  async storedDoc(room: string): Promise<Y.Doc> {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await this.storedState(room));
    return doc;
  }

  async remove(): Promise<void> {
    if (this.dataDir) await rm(await this.dataDir, { recursive: true, force: true });
    this.dataDir = null;
    this.filled = -1;
  }
}

export const forumWorld = new ForumWorld();
