/**
 * Failures of the disk itself (full, read-only, refused, broken), as opposed to bugs. The
 * server meets them by refusing writes clearly and serving what it already has.
 */
const EXPLANATIONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large for the disk',
  EROFS: 'the data folder is read-only',
  EPERM: 'the operating system refused the write (read-only or immutable files)',
  EACCES: 'the data folder may not be written',
  EIO: 'the disk reported an input/output error',
  EMFILE: 'the server has too many files open',
  ENFILE: 'the system has too many files open',
};

export function isStorageError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && code in EXPLANATIONS;
}

/** One plain phrase for a log line or an answer: "the disk is full (ENOSPC)". */
export function explainStorageError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && code in EXPLANATIONS) return `${EXPLANATIONS[code]} (${code})`;
  return (error as Error)?.message ?? String(error);
}

/** Thrown where a write was refused by the disk; nothing it would have changed was kept. */
export class StorageUnavailable extends Error {
  constructor(
    what: string,
    readonly reason: string,
  ) {
    super(`${what}: ${reason}`);
  }
}
