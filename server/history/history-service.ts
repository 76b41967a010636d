import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { documentRoom, historyRoom, parseRoomName } from '../../shared/rooms';
import { HISTORY_TYPES, readVersions, type VersionEntry, type VersionKind } from '../../shared/history/versions';
import type { Room } from '../sync/room';
import type { Rooms } from '../sync/rooms';
import { DEFAULT_HISTORY_STORE, DocumentHistory, type HistoryStoreOptions } from './history-store';
import { restoreUpdate, versionChanges, versionContent } from './version-builds';

export type HistoryOptions = Partial<Omit<HistoryStoreOptions, 'directory' | 'warn'>> & {
  directory: string;
  /** A version is kept once nobody has written for this long. */
  pauseMs: number;
  warn: (message: string) => void;
  /** The day a time falls in (a version is kept at each day's end); the server's local day by default. */
  dayOf?: (time: number) => string;
};

type Pending = { update: Uint8Array; author: string | null; at: number };

/** The origin of a restore written to a live room: the person who restored, so the history names them. */
export class AuthoredWrite {
  constructor(readonly userId: string) {}
}

const localDay = (time: number) => new Date(time).toDateString();
const newVersionId = () => `v${randomBytes(8).toString('hex')}`;

/**
 * A document's history as its room commits changes: each batch is queued (nothing else happens on
 * the hot path) and appended to the document's history store on the next turn, with who sent each
 * change. Versions are kept after a pause in writing, at a day's end, when someone names one, and
 * around a restore; they are listed in the server-written room `history:<documentId>`.
 */
export class HistoryService {
  private readonly stores = new Map<string, Promise<DocumentHistory>>();
  /** Changes committed and not yet in the history, with the room that committed them. */
  private readonly pending = new Map<string, { room: Room; entries: Pending[] }>();
  /** Each document's history work, one step at a time. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly pauseTimers = new Map<string, NodeJS.Timeout>();
  /** The seq of each document's newest version, and the time of its last change, once its store is open. */
  private readonly lastVersionSeq = new Map<string, number>();
  private readonly lastChangeAt = new Map<string, number>();
  private readonly storeOptions: HistoryStoreOptions;
  private closed = false;

  constructor(
    private readonly rooms: Rooms,
    /** Who sent a change, from its origin (a connection, or a restore); null for the server's own. */
    private readonly authorOf: (origin: unknown) => string | null,
    private readonly options: HistoryOptions,
  ) {
    this.storeOptions = {
      ...DEFAULT_HISTORY_STORE,
      ...options,
    };
    rooms.onCommitted('doc', (room, batch) => this.committed(room, batch));
  }

  private committed(room: Room, batch: ReadonlyArray<{ update: Uint8Array; origin: unknown }>): void {
    const ref = parseRoomName(room.name);
    if (ref?.kind !== 'doc' || this.closed) return;
    const at = Date.now();
    let waiting = this.pending.get(ref.documentId);
    if (!waiting) {
      this.pending.set(ref.documentId, (waiting = { room, entries: [] }));
      setImmediate(() => void this.enqueue(ref.documentId, () => this.flush(ref.documentId)).catch(() => undefined));
    }
    for (const { update, origin } of batch) {
      let author: string | null = null;
      try {
        author = origin instanceof AuthoredWrite ? origin.userId : this.authorOf(origin);
      } catch {
        author = null;
      }
      waiting.entries.push({ update, author, at });
    }
  }

  /** Runs `step` after the document's earlier history work. */
  private enqueue<T>(documentId: string, step: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(documentId) ?? Promise.resolve();
    const next = previous.then(step, step);
    const settled = next.catch(() => undefined);
    this.queues.set(documentId, settled);
    void settled.then(() => {
      if (this.queues.get(documentId) === settled) this.queues.delete(documentId);
    });
    return next;
  }

  private store(documentId: string): Promise<DocumentHistory> {
    let store = this.stores.get(documentId);
    if (!store) {
      store = (async () => {
        const opened = await DocumentHistory.open(documentId, this.storeOptions);
        const versions = await this.readVersions(documentId);
        this.lastVersionSeq.set(documentId, versions[0]?.seq ?? 0);
        return opened;
      })();
      this.stores.set(documentId, store);
      store.catch(() => this.stores.delete(documentId));
    }
    return store;
  }

  private async readVersions(documentId: string): Promise<VersionEntry[]> {
    const room = await this.rooms.get(historyRoom(documentId));
    try {
      return readVersions(room.doc);
    } finally {
      this.rooms.released(room);
    }
  }

  /** Appends what waits (after whatever the live room holds that the history missed), keeping a day's-end version first. */
  private async flush(documentId: string, live?: Y.Doc): Promise<void> {
    const store = await this.store(documentId);
    const taken = this.pending.get(documentId);
    this.pending.delete(documentId);
    const waiting = taken?.entries ?? [];
    const doc = live ?? taken?.room.doc;
    const entries = [...waiting];
    const missing =
      doc && !doc.isDestroyed
        ? store.missingFrom(
            doc,
            waiting.map((entry) => entry.update),
          )
        : null;
    if (missing) entries.unshift({ update: missing, author: null, at: Date.now() });
    if (entries.length === 0) return;
    const previous = this.lastChangeAt.get(documentId);
    const dayOf = this.options.dayOf ?? localDay;
    if (previous !== undefined && dayOf(previous) !== dayOf(entries[0]!.at))
      await this.keepVersion(documentId, store, 'day', { at: previous });
    try {
      store.append(entries);
    } catch (error) {
      this.options.warn(`History of ${documentId}: changes were not kept (${(error as Error).message}).`);
      return;
    }
    this.lastChangeAt.set(documentId, entries[entries.length - 1]!.at);
    this.schedulePause(documentId);
  }

  private schedulePause(documentId: string): void {
    clearTimeout(this.pauseTimers.get(documentId));
    const timer = setTimeout(() => {
      this.pauseTimers.delete(documentId);
      void this.enqueue(documentId, async () => {
        await this.keepVersion(documentId, await this.store(documentId), 'pause', {});
        // Nobody is writing: the store lets go of its files and memory until the next change.
        if (!this.pending.has(documentId)) await this.release(documentId);
      }).catch((error: Error) => this.options.warn(`History of ${documentId}: no version kept (${error.message}).`));
    }, this.options.pauseMs);
    timer.unref();
    this.pauseTimers.set(documentId, timer);
  }

  private async release(documentId: string): Promise<void> {
    const store = this.stores.get(documentId);
    this.stores.delete(documentId);
    this.lastVersionSeq.delete(documentId);
    await store?.then((opened) => opened.close()).catch(() => undefined);
  }

  /** Keeps a version at the history's last change, unless nothing changed since the last one (and it is not named). */
  private async keepVersion(
    documentId: string,
    store: DocumentHistory,
    kind: VersionKind,
    extra: { at?: number; name?: string; namedBy?: string; restoredFrom?: string },
  ): Promise<VersionEntry | null> {
    const from = this.lastVersionSeq.get(documentId) ?? 0;
    const seq = store.lastSeq;
    if (seq === from && kind !== 'named' && kind !== 'before-restore') return null;
    const version: VersionEntry = {
      id: newVersionId(),
      seq,
      at: Math.round(extra.at ?? Date.now()),
      kind,
      authors: store.authorsBetween(from, seq).slice(0, 200),
      name: extra.name ?? null,
      namedBy: extra.namedBy ?? null,
      restoredFrom: extra.restoredFrom ?? null,
    };
    await this.rooms.change(historyRoom(documentId), (doc) =>
      doc.getMap<unknown>(HISTORY_TYPES.versions).set(version.id, version),
    );
    this.lastVersionSeq.set(documentId, Math.max(from, seq));
    return version;
  }

  /** Brings the history up to the live room now (loading it), then runs `step` in the document's queue. */
  private caughtUp<T>(documentId: string, step: (store: DocumentHistory, live: Y.Doc) => Promise<T>): Promise<T> {
    return this.enqueue(documentId, async () => {
      const room = await this.rooms.get(documentRoom(documentId));
      try {
        await this.flush(documentId, room.doc);
        return await step(await this.store(documentId), room.doc);
      } finally {
        this.rooms.released(room);
      }
    });
  }

  /** Someone names the document as it is now. */
  name(documentId: string, name: string, userId: string): Promise<VersionEntry> {
    return this.caughtUp(documentId, async (store) => {
      clearTimeout(this.pauseTimers.get(documentId));
      return (await this.keepVersion(documentId, store, 'named', { name, namedBy: userId }))!;
    });
  }

  /** Renames a version (or names an automatic one); null when there is no such version. */
  rename(documentId: string, versionId: string, name: string, userId: string): Promise<VersionEntry | null> {
    return this.enqueue(documentId, async () => {
      const found = (await this.readVersions(documentId)).find((version) => version.id === versionId);
      if (!found) return null;
      const renamed: VersionEntry = { ...found, name, namedBy: userId };
      await this.rooms.change(historyRoom(documentId), (doc) =>
        doc.getMap<unknown>(HISTORY_TYPES.versions).set(versionId, renamed),
      );
      return renamed;
    });
  }

  async find(documentId: string, versionId: string): Promise<VersionEntry | null> {
    return (await this.readVersions(documentId)).find((version) => version.id === versionId) ?? null;
  }

  /** A version's content (Yjs update V1). */
  content(documentId: string, version: VersionEntry): Promise<Uint8Array> {
    return this.enqueue(documentId, async () =>
      versionContent(await (await this.store(documentId)).slices(version.seq)),
    );
  }

  /** What changed from a version to now (see version-builds.ts). */
  changes(documentId: string, version: VersionEntry): Promise<ReturnType<typeof versionChanges>> {
    return this.caughtUp(documentId, (store) => this.buildChanges(store, version));
  }

  private async buildChanges(
    store: DocumentHistory,
    version: VersionEntry,
  ): Promise<ReturnType<typeof versionChanges>> {
    return versionChanges(await store.slices(version.seq));
  }

  /**
   * Restores a version as a new change by `userId`: a version "before restoring" is kept first (so
   * restoring that one undoes this), then the change is applied to the live room like anyone's
   * (everyone in it receives it; it is in the history), and the result is kept as a version.
   */
  restore(
    documentId: string,
    version: VersionEntry,
    userId: string,
    stillAllowed: () => boolean = () => true,
  ): Promise<{ before: VersionEntry; restored: VersionEntry } | null> {
    return this.caughtUp(documentId, async (store) => {
      if (!stillAllowed()) return null;
      const before = (await this.keepVersion(documentId, store, 'before-restore', {}))!;
      const state = await store.slices(version.seq);
      if (!stillAllowed()) return null;
      await this.rooms.change(
        documentRoom(documentId),
        (doc) => {
          // Built and applied in one turn: nothing can reach the live document in between.
          const update = restoreUpdate(state, doc);
          if (update) Y.applyUpdate(doc, update);
        },
        new AuthoredWrite(userId),
      );
      // The restore is committed; its history record follows it on the queue, appended here.
      const room = await this.rooms.get(documentRoom(documentId));
      try {
        await this.flush(documentId, room.doc);
      } finally {
        this.rooms.released(room);
      }
      const restored = await this.keepVersion(documentId, store, 'restored', { restoredFrom: version.id });
      return { before, restored: restored ?? before };
    });
  }

  /** Lets go of every store once the work under way has finished (the rooms close after). */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.pauseTimers.values()) clearTimeout(timer);
    this.pauseTimers.clear();
    await Promise.allSettled([...this.queues.values()]);
    for (const store of this.stores.values()) await store.then((opened) => opened.close()).catch(() => undefined);
    this.stores.clear();
  }
}
