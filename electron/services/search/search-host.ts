import { Worker } from 'node:worker_threads';
import { parseRoomName } from '../../../shared/rooms';
import type { SearchQuery, SearchResults } from '../../../shared/search/hits';
import type { ServerCacheData } from '../local-store/server-cache';
import type { Catalog } from './kinds';
import { FromWorker, type IndexStats, type ToWorker, type WorkerSetup } from './messages';
import { searchWorkerEntry, type WorkerEntry } from './worker-entry';

export type SearchHostOptions = {
  /** The local store's folder. */
  root: string;
  log: (message: string) => void;
  /** A server's cache as it is now (the same object until it changes), or null when it is not open. */
  cacheOf: (serverId: string) => ServerCacheData | null;
  /** Every server this device knows. */
  serverIds: () => string[];
  /** A changed room is indexed again this long after its last update (default 1 s). */
  settleMs?: number;
  /** A query not answered in this time is given up on, and the worker started again (default 10 s). */
  queryTimeoutMs?: number;
  /**
   * The worker starts with the first query or stored update, or this long after the host
   * (default 10 s), so the index is ready before quick find is opened without slowing the start.
   */
  warmAfterMs?: number;
  entry?: WorkerEntry;
};

/** What a query gets while the worker is starting again: no hits yet, and the index says it is catching up. */
const CATCHING_UP: SearchResults = { hits: [], indexing: true };

type Waiting = { resolve: (reply: FromWorker | null) => void; timer: NodeJS.Timeout };

function catalogOf(cache: ServerCacheData): Catalog {
  // A binned document is not found (it shows only in its space's bin).
  return {
    spaces: cache.spaces,
    documents: cache.documents.filter((document) => !document.binnedAt),
    people: cache.people,
  };
}

/**
 * The host's side of quick find: starts the search worker, tells it every change to a
 * server's cache and every update stored for a document's room, and asks it queries. The
 * host stays idle: it passes messages and waits. A worker that dies (or stops answering) is
 * started again, and every question it had is answered at once, so no IPC call hangs.
 */
export function startSearchHost(options: SearchHostOptions) {
  const queryTimeoutMs = options.queryTimeoutMs ?? 10_000;
  const waiting = new Map<number, Waiting>();
  // The cache object last sent to the current worker, per server.
  const sent = new Map<string, ServerCacheData>();
  const catalogTimers = new Map<string, NodeJS.Timeout>();
  const deaths: number[] = [];
  let worker: Worker | null = null;
  let started = false;
  let restartTimer: NodeJS.Timeout | null = null;
  let nextId = 1;
  let closed = false;

  function answerAll(): void {
    for (const [id, entry] of waiting) {
      clearTimeout(entry.timer);
      waiting.delete(id);
      entry.resolve(null);
    }
  }

  function ensureStarted(): void {
    if (started || closed) return;
    started = true;
    clearTimeout(warmTimer);
    start();
  }

  function start(): void {
    restartTimer = null;
    const entry = options.entry ?? searchWorkerEntry();
    const setup: WorkerSetup = { root: options.root, settleMs: options.settleMs };
    const started = new Worker(entry.script, { eval: entry.eval, workerData: setup });
    worker = started;
    sent.clear();
    started.on('message', (raw: unknown) => {
      const parsed = FromWorker.safeParse(raw);
      if (!parsed.success) return options.log('The search worker sent a message of the wrong shape; it was dropped.');
      const message = parsed.data;
      if (message.type === 'log') return options.log(message.message);
      const entry = waiting.get(message.id);
      if (!entry) return;
      clearTimeout(entry.timer);
      waiting.delete(message.id);
      entry.resolve(message);
    });
    started.on('error', (error) => options.log(`The search worker failed: ${error.stack ?? error.message}`));
    started.on('exit', (code) => {
      if (worker !== started) return;
      worker = null;
      answerAll();
      if (closed) return;
      const now = Date.now();
      deaths.push(now);
      while (deaths.length > 0 && deaths[0]! < now - 60_000) deaths.shift();
      // Started again at once; one that keeps dying is given a pause between tries.
      const delay = deaths.length >= 3 ? 5_000 : 0;
      options.log(`The search worker stopped (exit code ${code}); starting it again${delay ? ' in 5 s' : ''}.`);
      restartTimer = setTimeout(start, delay);
      restartTimer.unref();
    });
    started.unref();
    for (const serverId of options.serverIds()) sendCatalog(serverId);
  }

  function post(message: ToWorker): boolean {
    if (!worker) return false;
    worker.postMessage(message);
    return true;
  }

  function request(message: ToWorker & { id: number }, timeoutMs: number): Promise<FromWorker | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        waiting.delete(message.id);
        resolve(null);
        // Not answering at all is as good as dead: start it again rather than wait on it forever.
        options.log(`The search worker did not answer within ${timeoutMs} ms; starting it again.`);
        void worker?.terminate();
      }, timeoutMs);
      waiting.set(message.id, { resolve, timer });
      if (!post(message)) {
        clearTimeout(timer);
        waiting.delete(message.id);
        resolve(null);
      }
    });
  }

  function sendCatalog(serverId: string): void {
    const cache = options.cacheOf(serverId);
    if (!cache || sent.get(serverId) === cache) return;
    if (post({ type: 'catalog', serverId, catalog: catalogOf(cache) })) sent.set(serverId, cache);
  }

  const warmTimer = setTimeout(ensureStarted, options.warmAfterMs ?? 10_000);
  warmTimer.unref();

  return {
    async query(query: SearchQuery): Promise<SearchResults> {
      ensureStarted();
      // The cache may have changed a moment ago: the worker hears of it before the query.
      sendCatalog(query.serverId);
      const reply = await request({ type: 'query', id: nextId++, query }, queryTimeoutMs);
      return reply?.type === 'answer' ? reply.results : CATCHING_UP;
    },

    /** A server's cache changed (sent to the worker a moment later, once a burst of changes is over). */
    cacheChanged(serverId: string): void {
      clearTimeout(catalogTimers.get(serverId));
      const timer = setTimeout(() => {
        catalogTimers.delete(serverId);
        sendCatalog(serverId);
      }, 100);
      timer.unref();
      catalogTimers.set(serverId, timer);
    },

    /** An update stored for a room; a document's text (or a forum thread's posts) is indexed again shortly after. */
    roomChanged(serverId: string, room: string, update: Uint8Array): void {
      const parsed = parseRoomName(room);
      if (parsed?.kind === 'doc') {
        ensureStarted();
        post({ type: 'room-changed', serverId, documentId: parsed.documentId, update });
      } else if (parsed?.kind === 'thread') {
        ensureStarted();
        post({ type: 'thread-changed', serverId, spaceId: parsed.spaceId, threadId: parsed.threadId, update });
      }
    },

    /** How the index of one server stands (rooms read, documents indexed), for tests and the bench. */
    async stats(serverId: string): Promise<IndexStats | null> {
      ensureStarted();
      const reply = await request({ type: 'stats', id: nextId++, serverId }, queryTimeoutMs);
      return reply?.type === 'stats' ? reply.stats : null;
    },

    /** Saves every index now. */
    async save(): Promise<void> {
      await request({ type: 'save', id: nextId++ }, 60_000);
    },

    /** Stops the worker as a crash would (for tests: it is started again). */
    async killWorker(): Promise<void> {
      await worker?.terminate();
    },

    async close(): Promise<void> {
      clearTimeout(warmTimer);
      for (const timer of catalogTimers.values()) clearTimeout(timer);
      for (const serverId of catalogTimers.keys()) sendCatalog(serverId);
      catalogTimers.clear();
      await this.save();
      closed = true;
      if (restartTimer) clearTimeout(restartTimer);
      const stopping = worker;
      worker = null;
      answerAll();
      await stopping?.terminate();
    },
  };
}

export type SearchHost = ReturnType<typeof startSearchHost>;
