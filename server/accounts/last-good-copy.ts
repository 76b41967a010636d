import { copyFile, readFile, rename, stat } from 'node:fs/promises';
import { explainStorageError } from '../storage/storage-errors';

/**
 * `accounts.json.last-good`: a copy of accounts.json made after each write that succeeded.
 * If accounts.json is later found damaged (a disk fault, a bad hand edit), the server starts
 * from this copy instead of refusing to start, and the damaged file is kept aside.
 */
export class LastGoodCopy {
  readonly path: string;
  private running: Promise<void> | null = null;
  private again = false;
  private failing = false;

  constructor(
    private readonly source: string,
    private readonly warn: (message: string) => void,
  ) {
    this.path = `${source}.last-good`;
  }

  /** Copies the file as it now is; at most one copy runs and one more waits. */
  refresh(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.copy().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.refresh();
      }
    });
  }

  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async copy(): Promise<void> {
    const temporary = `${this.path}.tmp`;
    try {
      await copyFile(this.source, temporary);
      await rename(temporary, this.path);
      this.failing = false;
    } catch (error) {
      // The data folder itself is gone (a test cleaning up, or a removed server): nothing to keep.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      // Once per run of failures: the write that succeeded matters more than its copy.
      if (!this.failing) this.warn(`Could not refresh ${this.path}: ${explainStorageError(error)}.`);
      this.failing = true;
    }
  }

  /** The copy's parsed contents and when it was made, or null if there is none that `accept` takes. */
  async read<T>(accept: (raw: unknown) => T | null): Promise<{ data: T; savedAt: Date } | null> {
    try {
      const data = accept(JSON.parse(await readFile(this.path, 'utf8')));
      return data === null ? null : { data, savedAt: (await stat(this.path)).mtime };
    } catch {
      return null;
    }
  }
}
