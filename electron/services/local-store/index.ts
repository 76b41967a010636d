import path from 'node:path';
import { openStateFile } from './state-file';
import { createRoomLogs } from './room-logs';
import { createServerCaches } from './server-cache';
import { moveDocumentIndex } from './move-document-index';
import type { ProblemSink } from './disk-problem';

export type LocalStoreOptions = { dataDir: string; onProblem: ProblemSink; log?: (message: string) => void; coalesceMs?: number };

/**
 * Everything this device keeps: `<dataDir>/branchline.json` (settings, servers), and per
 * server `<dataDir>/servers/<id>/cache.json` (what it last showed) and `rooms/*.ylog`.
 */
export async function openLocalStore(options: LocalStoreOptions) {
  const log = options.log ?? ((message: string) => console.warn(message));
  const state = await openStateFile({ file: path.join(options.dataDir, 'branchline.json'), onProblem: options.onProblem, log });
  const rooms = createRoomLogs({ root: options.dataDir, onProblem: options.onProblem, log, coalesceMs: options.coalesceMs });
  const caches = createServerCaches({ root: options.dataDir, onProblem: options.onProblem, log });
  const known = new Set(state.get().servers.map((server) => server.id));
  await Promise.all([...known].map((serverId) => caches.open(serverId)));
  await moveDocumentIndex(state.movedDocumentIndex, known, caches, log);
  return {
    state,
    rooms,
    caches,
    async flush(): Promise<void> {
      await Promise.all([rooms.flush(), state.flush(), caches.flush()]);
    },
  };
}

export type LocalStore = Awaited<ReturnType<typeof openLocalStore>>;
export { roomLogFile } from './room-logs';
export { serverCacheFile } from './server-cache';
