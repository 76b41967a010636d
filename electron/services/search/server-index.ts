import * as Y from 'yjs';
import type { DocumentMeta } from '../../../shared/api/schemas';
import { documentRoom } from '../../../shared/rooms';
import { foldText } from '../../../shared/search/fold';
import type { SearchQuery, SearchResults } from '../../../shared/search/hits';
import { buildQueryPlan } from '../../../shared/search/query';
import { roomLogFile } from '../local-store/room-logs';
import { perServerFile } from '../local-store/per-server-files';
import { documentBlocks } from './document-text';
import { SearchEngine } from './engine';
import { loadIndexFile, saveIndexFile, type StoredText } from './index-file';
import { catalogItems, postKeyPrefix, threadItems, type Catalog, type Item, type ShowContext } from './kinds';
import { ThreadRooms } from './thread-rooms';
import type { StoredThread } from './thread-text';
import { applyUpdates, NO_LOG, readLog, recordLength, sameBytes, sameStamp, statLog, type LogStamp } from './room-text';

export const INDEX_FILE_NAME = 'search-index.json';
const DEFAULT_LIMIT = 20;

export type ServerIndexOptions = {
  serverId: string;
  /** The local store's folder (rooms under `servers/<serverId>/rooms/`). */
  root: string;
  log: (message: string) => void;
  /** A changed room is indexed again this long after its last update. */
  settleMs?: number;
  /** The index is saved this long after its last change... */
  saveAfterMs?: number;
  /** ...and at most this long after its first unsaved one. */
  saveWithinMs?: number;
  /** Recently changed rooms kept as Y.Docs, so their next updates apply without reading the log. */
  keptRooms?: number;
};

export type ServerIndexStats = { reads: Record<string, number>; indexed: number; indexing: boolean };

/** An update for a live room, with the bytes it takes in the log. */
type LiveUpdate = { update: Uint8Array; length: number };

/**
 * A room being written now: its Y.Doc once loaded from the log, updates waiting for that, the
 * timer that will index it, and the size its log will have once every update it holds is
 * written (the log's last records are kept to tell which updates the log already had).
 */
type LiveRoom = {
  doc: Y.Doc | null;
  loading: Promise<void> | null;
  pending: LiveUpdate[];
  timer: NodeJS.Timeout | null;
  logSize: number;
  tail: Uint8Array[];
};

/** Updates arriving around the moment a live room's log is read may already be in it; they are among its last records. */
const TAIL_RECORDS = 64;

/**
 * One server's quick-find index, in the worker: spaces, documents and people from the
 * catalog (the device's cache), document text from the room logs. It follows the catalog
 * (items that leave it leave the index), reads a room again only when its log changed, and
 * applies a room being written to a Y.Doc it keeps, indexing it a moment after the last
 * update, never reading every room again. Saved to disk a few seconds after changes.
 */
export class ServerIndex {
  readonly ready: Promise<void>;
  private engine = new SearchEngine();
  private texts = new Map<string, StoredText>();
  private revision = 0;
  private catalog: Catalog = { spaces: [], documents: [], people: [] };
  private documents = new Map<string, DocumentMeta>();
  private items = new Map<string, Item>();
  private catalogSeen = false;
  private readonly queue = new Set<string>();
  private working = false;
  private checking = 0;
  private readonly live = new Map<string, LiveRoom>();
  private readonly reads = new Map<string, number>();
  private readonly folded = new WeakMap<readonly string[], string[]>();
  private saveTimer: NodeJS.Timeout | null = null;
  private unsavedSince: number | null = null;
  private saving: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly file: string;
  private readonly threads: ThreadRooms;

  constructor(private readonly options: ServerIndexOptions) {
    this.file = perServerFile(options.root, options.serverId, INDEX_FILE_NAME);
    this.threads = new ThreadRooms({
      serverId: options.serverId,
      root: options.root,
      log: options.log,
      settleMs: options.settleMs,
      keptRooms: options.keptRooms,
      onChange: (_key, before, after) => this.threadChanged(before, after),
      nextRevision: () => ++this.revision,
      ready: () => this.ready,
    });
    this.ready = this.load();
  }

  /** The cache changed: what it no longer holds leaves the index, what is new is read. */
  async setCatalog(catalog: Catalog): Promise<void> {
    await this.ready;
    const first = !this.catalogSeen;
    this.catalogSeen = true;
    const before = this.documents;
    this.catalog = catalog;
    this.documents = new Map(catalog.documents.map((document) => [document.id, document]));
    for (const id of [...this.texts.keys()]) if (!this.documents.has(id)) this.dropText(id);
    for (const id of [...this.live.keys()]) if (!this.documents.has(id)) this.dropLive(id);
    this.reconcile();
    const visible = new Set(catalog.spaces.map((space) => space.id));
    this.threads.forgetOutside(visible);
    // At start every stored thread is checked against its log too.
    if (first) void this.threads.checkLogs();
    // At start every stored text is checked against its log; later, only documents new to the cache.
    const toCheck = catalog.documents.map((document) => document.id).filter((id) => first || !before.has(id));
    for (const id of toCheck) if (this.live.has(id)) void this.settle(id);
    await this.check(toCheck.filter((id) => !this.live.has(id)));
  }

  /** One update stored for a document's room (by this window or from the server). */
  roomChanged(documentId: string, update: Uint8Array): void {
    if (this.closed) return;
    const length = recordLength(update);
    if (length === null) {
      this.options.log(`Search left out an update to document ${documentId} that the room log reader would refuse.`);
      return;
    }
    let room = this.live.get(documentId);
    if (room) this.live.delete(documentId);
    else room = { doc: null, loading: null, pending: [], timer: null, logSize: 0, tail: [] };
    this.live.set(documentId, room);
    if (room.doc) this.applyLive(room, { update, length });
    else room.pending.push({ update, length });
    if (room.timer) clearTimeout(room.timer);
    room.timer = setTimeout(() => void this.settle(documentId), this.options.settleMs ?? 1000);
    this.queue.delete(documentId);
  }

  /** One update stored for a forum thread's room (from the server; the device never writes one). */
  threadRoomChanged(spaceId: string, threadId: string, update: Uint8Array): void {
    if (this.closed) return;
    this.threads.roomChanged(spaceId, threadId, update);
  }

  async query(query: SearchQuery): Promise<SearchResults> {
    await this.ready;
    const plan = buildQueryPlan(query.text);
    const indexing = this.isIndexing();
    if (plan.words.length === 0) return { hits: [], indexing };
    const found = this.engine.search(plan, {
      limit: query.limit ?? DEFAULT_LIMIT,
      accept: (key) => {
        const item = this.items.get(key);
        return (
          item !== undefined &&
          (!query.spaceId || item.spaceIds.includes(query.spaceId)) &&
          (!query.categoryId || item.categoryId === query.categoryId) &&
          (!query.authorId || item.authorId === query.authorId)
        );
      },
    });
    const context: ShowContext = { plan, foldedBlocks: (blocks) => this.foldedBlocks(blocks) };
    return { hits: found.map((hit) => this.items.get(hit.key)!.show(context)), indexing };
  }

  stats(): ServerIndexStats {
    return { reads: Object.fromEntries(this.reads), indexed: this.engine.size, indexing: this.isIndexing() };
  }

  /** Writes the index now if anything changed. */
  async save(): Promise<void> {
    await this.ready;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (this.unsavedSince === null) return this.saving;
    this.unsavedSince = null;
    const data = {
      version: 1 as const,
      revision: this.revision,
      texts: Object.fromEntries(this.texts),
      threads: Object.fromEntries(
        [...this.threads.all()].map((thread) => [`${thread.spaceId}.${thread.threadId}`, thread]),
      ),
      engine: this.engine.snapshot(),
    };
    this.saving = this.saving.then(() =>
      saveIndexFile(this.file, data).catch((error: unknown) => {
        this.options.log(`Branchline could not save the search index ${this.file}: ${String(error)}`);
        this.changed();
      }),
    );
    return this.saving;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.threads.close();
    for (const id of [...this.live.keys()]) this.dropLive(id);
    this.queue.clear();
    await this.save();
  }

  private async load(): Promise<void> {
    const stored = await loadIndexFile(this.file, this.options.log);
    if (!stored) return;
    this.engine = stored.engine;
    this.texts = stored.texts;
    this.threads.load(stored.threads);
    this.revision = stored.revision;
  }

  private isIndexing(): boolean {
    return this.queue.size > 0 || this.working || this.checking > 0 || this.threads.indexing;
  }

  private logFile(documentId: string): string {
    return roomLogFile(this.options.root, this.options.serverId, documentRoom(documentId));
  }

  /** Queues the documents whose logs changed since their text was read (or that have none yet). */
  private async check(ids: string[]): Promise<void> {
    this.checking++;
    try {
      for (let at = 0; at < ids.length; at += 32) {
        const batch = ids.slice(at, at + 32);
        const stamps = await Promise.all(batch.map((id) => statLog(this.logFile(id)).catch(() => null)));
        batch.forEach((id, index) => {
          const stamp = stamps[index];
          const stored = this.texts.get(id);
          if (this.closed || this.live.has(id) || !this.documents.has(id) || !stamp) return;
          if (stored && sameStamp(stored.builtFrom, stamp)) return;
          // No log (never opened on this device): nothing to read.
          if (stamp.size === 0) this.setText(id, [], NO_LOG);
          else this.queue.add(id);
        });
      }
    } finally {
      this.checking--;
    }
    void this.pump();
  }

  /** Reads queued rooms one at a time, letting queries in between. */
  private async pump(): Promise<void> {
    if (this.working) return;
    this.working = true;
    try {
      for (const id of this.queue) {
        this.queue.delete(id);
        if (this.closed || this.live.has(id) || !this.documents.has(id)) continue;
        try {
          const { records, stamp } = await this.readCounted(id);
          if (this.live.has(id) || !this.documents.has(id)) continue;
          const doc = new Y.Doc();
          applyUpdates(doc, records);
          const blocks = documentBlocks(doc);
          doc.destroy();
          this.setText(id, blocks, stamp);
        } catch (error) {
          this.options.log(`Search could not read document ${id}'s room log: ${String(error)}`);
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.working = false;
    }
  }

  private async readCounted(id: string): Promise<{ records: Uint8Array[]; stamp: LogStamp }> {
    this.reads.set(id, (this.reads.get(id) ?? 0) + 1);
    return readLog(this.logFile(id));
  }

  /** Indexes a room being written: its kept Y.Doc (read from the log the first time) with every update since. */
  private async settle(id: string): Promise<void> {
    await this.ready;
    const room = this.live.get(id);
    if (!room) return;
    if (room.timer) clearTimeout(room.timer);
    room.timer = null;
    try {
      room.loading ??= this.readCounted(id).then(({ records, stamp }) => {
        const doc = new Y.Doc();
        applyUpdates(doc, records);
        room.doc = doc;
        room.logSize = stamp.size;
        room.tail = records.slice(-TAIL_RECORDS);
      });
      await room.loading;
    } catch (error) {
      this.options.log(`Search could not read document ${id}'s room log: ${String(error)}`);
      this.dropLive(id);
      return;
    }
    if (this.live.get(id) !== room || !room.doc) return;
    for (const update of room.pending.splice(0)) this.applyLive(room, update);
    if (this.documents.has(id)) this.setText(id, documentBlocks(room.doc), { size: room.logSize, mtimeMs: null });
    this.evictLive();
  }

  private applyLive(room: LiveRoom, { update, length }: LiveUpdate): void {
    applyUpdates(room.doc!, [update]);
    if (!room.tail.some((record) => sameBytes(record, update))) room.logSize += length;
  }

  private evictLive(): void {
    const keep = this.options.keptRooms ?? 3;
    for (const [id, room] of this.live) {
      if (this.live.size <= keep) break;
      if (room.timer === null && room.doc) this.dropLive(id);
    }
  }

  private dropLive(id: string): void {
    const room = this.live.get(id);
    if (!room) return;
    if (room.timer) clearTimeout(room.timer);
    room.doc?.destroy();
    this.live.delete(id);
  }

  private setText(id: string, blocks: string[], builtFrom: LogStamp): void {
    this.texts.set(id, { blocks, builtFrom, revision: ++this.revision });
    this.changed();
    const document = this.documents.get(id);
    if (!document) return;
    // Only this document's item is built again, not the whole catalog's.
    const item = catalogItems({
      serverId: this.options.serverId,
      catalog: { spaces: this.catalog.spaces, documents: [document], people: [] },
      text: (documentId) => this.texts.get(documentId),
      threads: () => [],
    }).get(`document:${id}`);
    if (item) this.apply(item);
  }

  private dropText(id: string): void {
    this.texts.delete(id);
    this.changed();
  }

  /** Makes the engine hold exactly the catalog's items, indexing only those that changed. */
  private reconcile(): void {
    this.items = catalogItems({
      serverId: this.options.serverId,
      catalog: this.catalog,
      text: (id) => this.texts.get(id),
      threads: () => this.threads.all(),
    });
    for (const item of this.items.values()) this.apply(item);
    for (const key of this.engine.indexedKeys()) {
      if (this.items.has(key)) continue;
      this.engine.remove(key);
      this.changed();
    }
  }

  /** Only this thread's posts are indexed again: posts it no longer has (or a thread gone) leave. */
  private threadChanged(before: StoredThread | undefined, after: StoredThread | null): void {
    this.changed();
    const visible = after !== null && this.catalog.spaces.some((space) => space.id === after.spaceId);
    const items = after && visible ? threadItems(this.options.serverId, after) : [];
    const keep = new Set(items.map((item) => item.key));
    const old = before ?? after;
    if (old) {
      const prefix = postKeyPrefix(old.spaceId, old.threadId);
      for (const post of before?.posts ?? []) this.unindex(prefix + post.id, keep);
    }
    for (const item of items) this.apply(item);
  }

  private unindex(key: string, keep: ReadonlySet<string>): void {
    if (keep.has(key)) return;
    this.items.delete(key);
    if (this.engine.remove(key)) this.changed();
  }

  private apply(item: Item): void {
    this.items.set(item.key, item);
    if (this.engine.signature(item.key) === item.signature) return;
    this.engine.add({ key: item.key, signature: item.signature, title: item.title, text: item.text() });
    this.changed();
  }

  private foldedBlocks(blocks: readonly string[]): readonly string[] {
    let folded = this.folded.get(blocks);
    if (!folded) {
      folded = blocks.map(foldText);
      this.folded.set(blocks, folded);
    }
    return folded;
  }

  private changed(): void {
    if (this.closed) return;
    const now = Date.now();
    this.unsavedSince ??= now;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    const wait = Math.max(
      0,
      Math.min(this.options.saveAfterMs ?? 5_000, this.unsavedSince + (this.options.saveWithinMs ?? 60_000) - now),
    );
    this.saveTimer = setTimeout(() => void this.save(), wait);
  }
}
