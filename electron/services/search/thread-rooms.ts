import * as Y from 'yjs';
import { threadRoom } from '../../../shared/rooms';
import { roomLogFile } from '../local-store/room-logs';
import { applyUpdates, readLog, recordLength, sameStamp, statLog } from './room-text';
import { threadContent, threadKey, type StoredThread, type ThreadContent } from './thread-text';

export type ThreadRoomsOptions = {
  serverId: string;
  root: string;
  log: (message: string) => void;
  settleMs?: number;
  keptRooms?: number;
  /** A thread's searchable content changed (null: it is gone, or no longer readable). */
  onChange: (key: string, before: StoredThread | undefined, after: StoredThread | null) => void;
  nextRevision: () => number;
  /** Resolves once the saved index is loaded (nothing is indexed before). */
  ready: () => Promise<void>;
};

type LiveThread = {
  spaceId: string;
  threadId: string;
  doc: Y.Doc | null;
  loading: Promise<void> | null;
  pending: Uint8Array[];
  timer: NodeJS.Timeout | null;
  /** Between reading its log and indexing it: not to be evicted, or what it read is never indexed. */
  settling: boolean;
};

/**
 * The forum's thread rooms this device has stored, for quick find. A thread is learned of
 * when an update for its room is stored (every room the app opens passes through the store);
 * the index keeps what it read with the log's stamp, so at start only threads whose logs
 * changed are read again. A room being written is kept as a Y.Doc (read from its log the
 * first time; applying an update it already holds changes nothing) and indexed a moment after
 * its last update.
 */
export class ThreadRooms {
  private readonly stored = new Map<string, StoredThread>();
  private readonly live = new Map<string, LiveThread>();
  private readonly queue = new Set<string>();
  private working = false;
  private checking = 0;
  private closed = false;

  constructor(private readonly options: ThreadRoomsOptions) {}

  /** What the saved index held; a thread read since the host started is newer and stays. */
  load(threads: Iterable<StoredThread>): void {
    for (const thread of threads) {
      const key = threadKey(thread.spaceId, thread.threadId);
      if (!this.stored.has(key)) this.stored.set(key, thread);
    }
  }

  all(): IterableIterator<StoredThread> {
    return this.stored.values();
  }

  get(key: string): StoredThread | undefined {
    return this.stored.get(key);
  }

  get indexing(): boolean {
    return this.queue.size > 0 || this.working || this.checking > 0;
  }

  roomChanged(spaceId: string, threadId: string, update: Uint8Array): void {
    if (this.closed) return;
    if (recordLength(update) === null) {
      this.options.log(`Search left out an update to thread ${threadId} that the room log reader would refuse.`);
      return;
    }
    const key = threadKey(spaceId, threadId);
    let room = this.live.get(key);
    if (room) this.live.delete(key);
    else room = { spaceId, threadId, doc: null, loading: null, pending: [], timer: null, settling: false };
    this.live.set(key, room);
    if (room.doc) applyUpdates(room.doc, [update]);
    else room.pending.push(update);
    if (room.timer) clearTimeout(room.timer);
    room.timer = setTimeout(() => void this.settle(key), this.options.settleMs ?? 1000);
    this.queue.delete(key);
  }

  /** Threads of spaces no longer visible leave. */
  forgetOutside(visibleSpaces: ReadonlySet<string>): void {
    for (const [key, thread] of [...this.stored]) if (!visibleSpaces.has(thread.spaceId)) this.remove(key);
  }

  /** At start: threads whose logs changed since they were read are read again. */
  async checkLogs(): Promise<void> {
    this.checking++;
    try {
      for (const [key, thread] of [...this.stored]) {
        if (this.live.has(key)) continue;
        const stamp = await statLog(this.logFile(thread.spaceId, thread.threadId)).catch(() => null);
        if (stamp && !sameStamp(thread.builtFrom, stamp)) this.queue.add(key);
      }
    } finally {
      this.checking--;
    }
    void this.pump();
  }

  close(): void {
    this.closed = true;
    for (const key of [...this.live.keys()]) this.dropLive(key);
    this.queue.clear();
  }

  private logFile(spaceId: string, threadId: string): string {
    return roomLogFile(this.options.root, this.options.serverId, threadRoom(spaceId, threadId));
  }

  private async pump(): Promise<void> {
    if (this.working) return;
    this.working = true;
    try {
      for (const key of this.queue) {
        this.queue.delete(key);
        const thread = this.stored.get(key);
        if (this.closed || !thread || this.live.has(key)) continue;
        try {
          const { records, stamp } = await readLog(this.logFile(thread.spaceId, thread.threadId));
          if (this.live.has(key) || !this.stored.has(key)) continue;
          const doc = new Y.Doc();
          applyUpdates(doc, records);
          this.set(key, thread.spaceId, thread.threadId, threadContent(doc), stamp);
          doc.destroy();
        } catch (error) {
          this.options.log(`Search could not read thread ${thread.threadId}'s room log: ${String(error)}`);
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.working = false;
    }
  }

  private async settle(key: string): Promise<void> {
    await this.options.ready();
    const room = this.live.get(key);
    if (!room) return;
    if (room.timer) clearTimeout(room.timer);
    room.timer = null;
    room.settling = true;
    try {
      await this.indexLive(key, room);
    } finally {
      room.settling = false;
    }
    this.evictLive();
  }

  private async indexLive(key: string, room: LiveThread): Promise<void> {
    const file = this.logFile(room.spaceId, room.threadId);
    try {
      room.loading ??= readLog(file).then(({ records }) => {
        const doc = new Y.Doc();
        applyUpdates(doc, records);
        room.doc = doc;
      });
      await room.loading;
    } catch (error) {
      this.options.log(`Search could not read thread ${room.threadId}'s room log: ${String(error)}`);
      this.dropLive(key);
      return;
    }
    if (this.closed || this.live.get(key) !== room || !room.doc) return;
    applyUpdates(room.doc, room.pending.splice(0));
    // By now the store has written these updates (it writes within milliseconds): the stamp
    // has no time, so a restart compares the size alone, and reads the log again if it differs.
    const size = await statLog(file).then(
      (stamp) => stamp.size,
      () => 0,
    );
    if (this.closed || this.live.get(key) !== room) return;
    this.set(key, room.spaceId, room.threadId, threadContent(room.doc), { size, mtimeMs: null });
  }

  private set(
    key: string,
    spaceId: string,
    threadId: string,
    content: ThreadContent | null,
    builtFrom: StoredThread['builtFrom'],
  ): void {
    const before = this.stored.get(key);
    // A room with nothing searchable yet (its details not synced) is still remembered, to be read again.
    const after: StoredThread = {
      spaceId,
      threadId,
      categoryId: content?.categoryId ?? before?.categoryId ?? '',
      title: content?.title ?? '',
      posts: content?.posts ?? [],
      builtFrom,
      revision: this.options.nextRevision(),
    };
    this.stored.set(key, after);
    this.options.onChange(key, before, after);
  }

  private remove(key: string): void {
    const before = this.stored.get(key);
    this.dropLive(key);
    this.queue.delete(key);
    this.stored.delete(key);
    this.options.onChange(key, before, null);
  }

  private evictLive(): void {
    const keep = this.options.keptRooms ?? 3;
    for (const [key, room] of this.live) {
      if (this.live.size <= keep) break;
      if (room.timer === null && room.doc && !room.settling) this.dropLive(key);
    }
  }

  private dropLive(key: string): void {
    const room = this.live.get(key);
    if (!room) return;
    if (room.timer) clearTimeout(room.timer);
    room.doc?.destroy();
    this.live.delete(key);
  }
}
