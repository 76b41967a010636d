import type { StoreProblem } from '../../../shared/ipc/contract';

/** Maps a file-system error to the problem kind the renderer explains to the person. */
export function problemFromError(error: unknown, room?: string): StoreProblem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const kind = code === 'EROFS' || code === 'EACCES' || code === 'EPERM' ? 'read-only' : code === 'ENOSPC' || code === 'EDQUOT' ? 'disk-full' : 'io';
  const detail = error instanceof Error ? error.message : String(error);
  return room === undefined ? { kind, detail } : { kind, room, detail };
}

export type ProblemSink = (problem: StoreProblem) => void;
