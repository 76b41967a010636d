import path from 'node:path';
import type { StoreHealth } from '../../../shared/ipc/contract';
import { openStateFile } from './state-file';
import { createRoomLogs, type DurableWrite } from './room-logs';
import { createServerCaches } from './server-cache';
import { moveDocumentIndex } from './move-document-index';
import { createOutboxFiles } from './outbox-file';
import { createDraftsFiles } from './drafts-file';
import { createStoreHealth } from './store-health';
import { createImageCache } from '../images/image-cache';

export type LocalStoreOptions = {
  dataDir: string;
  /** Told whenever the store's health changes (a write starts or stops failing, damage found or dismissed). */
  onHealth: (health: StoreHealth) => void;
  log?: (message: string) => void;
  coalesceMs?: number;
  retryMs?: number;
  onDurable?: (write: DurableWrite) => void;
};

/**
 * Everything this device keeps: `<dataDir>/branchline.json` (settings, servers), and per
 * server `<dataDir>/servers/<id>/cache.json` (what it last showed), `outbox.json` (changes
 * waiting for it), `drafts.json` (what the forum's composers hold) and `rooms/*.ylog`.
 */
export async function openLocalStore(options: LocalStoreOptions) {
  const log = options.log ?? ((message: string) => console.warn(message));
  const health = createStoreHealth({ announce: options.onHealth, log });
  const state = await openStateFile({ file: path.join(options.dataDir, 'branchline.json'), health, log });
  const rooms = createRoomLogs({
    root: options.dataDir,
    health,
    coalesceMs: options.coalesceMs,
    retryMs: options.retryMs,
    onDurable: options.onDurable,
  });
  const caches = createServerCaches({ root: options.dataDir, health, log });
  const outboxes = createOutboxFiles({ root: options.dataDir, health, log });
  const drafts = createDraftsFiles({ root: options.dataDir, health, log, retryMs: options.retryMs });
  const known = new Set(state.get().servers.map((server) => server.id));
  await Promise.all([...known].flatMap((serverId) => [caches.open(serverId), outboxes.open(serverId)]));
  await moveDocumentIndex(state.movedDocumentIndex, known, caches, log);
  return {
    /** The store's folder, for services that keep files of their own beside it (electron/services/history). */
    dataDir: options.dataDir,
    state,
    rooms,
    caches,
    outboxes,
    drafts,
    health,
    /** Images in documents, per server and space (images/image-cache.ts). */
    images: createImageCache(options.dataDir),
    async flush(): Promise<void> {
      await Promise.all([rooms.flush(), state.flush(), caches.flush(), outboxes.flush(), drafts.flush()]);
    },
    /** Writes everything still in memory and closes the room logs; call before the process ends. */
    async close(): Promise<void> {
      await Promise.all([rooms.close(), state.flush(), caches.flush(), outboxes.flush(), drafts.flush()]);
    },
  };
}

export type LocalStore = Awaited<ReturnType<typeof openLocalStore>>;
export type { DurableWrite } from './room-logs';
export { roomLogFile } from './room-logs';
export { serverCacheFile } from './server-cache';
export { outboxFile } from './outbox-file';
export { draftsFile } from './drafts-file';
