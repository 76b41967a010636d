import path from 'node:path';
import { openStateFile } from './state-file';
import { createRoomLogs } from './room-logs';
import type { ProblemSink } from './disk-problem';

export type LocalStoreOptions = { dataDir: string; onProblem: ProblemSink; log?: (message: string) => void; coalesceMs?: number };

/** Everything this device keeps: `<dataDir>/branchline.json` and `<dataDir>/servers/<id>/rooms/*.ylog`. */
export async function openLocalStore(options: LocalStoreOptions) {
  const state = await openStateFile({ file: path.join(options.dataDir, 'branchline.json'), onProblem: options.onProblem, log: options.log });
  const rooms = createRoomLogs({ root: options.dataDir, onProblem: options.onProblem, log: options.log, coalesceMs: options.coalesceMs });
  return {
    state,
    rooms,
    async flush(): Promise<void> {
      await Promise.all([rooms.flush(), state.flush()]);
    },
  };
}

export type LocalStore = Awaited<ReturnType<typeof openLocalStore>>;
export { roomLogFile } from './room-logs';
