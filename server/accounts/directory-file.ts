import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { migrateFromV1 } from './migrate';
import { DirectoryData, DirectoryDataV1, emptyDirectory } from './schema';

export class AccountsFileError extends Error {}

const describe = (issues: Array<{ message: string; path: PropertyKey[] }>) =>
  `${issues[0]?.message ?? 'unknown'} at ${issues[0]?.path.map(String).join('.') ?? ''}`;

/**
 * accounts.json: people, sessions, spaces, memberships, invites and the document index, in
 * one small JSON file that lowdb writes atomically. It is validated on every read; one that
 * does not validate is left untouched and the server refuses to start, saying why.
 */
export class DirectoryFile {
  private timer: NodeJS.Timeout | null = null;

  private constructor(private readonly db: Low<DirectoryData>) {}

  static async open(dataDir: string): Promise<DirectoryFile> {
    await mkdir(dataDir, { recursive: true });
    const file = path.join(dataDir, 'accounts.json');
    const raw = new Low<unknown>(new JSONFile<unknown>(file), null);
    try {
      await raw.read();
    } catch (error) {
      throw new AccountsFileError(`${file} is not valid JSON (${(error as Error).message}). It was left as it is; restore it from a backup or move it aside.`);
    }
    const db = new Low<DirectoryData>(new JSONFile<DirectoryData>(file), emptyDirectory());
    if (raw.data === null) return new DirectoryFile(db);
    const current = DirectoryData.safeParse(raw.data);
    if (current.success) {
      db.data = current.data;
      return new DirectoryFile(db);
    }
    const old = DirectoryDataV1.safeParse(raw.data);
    if (!old.success) {
      throw new AccountsFileError(`${file} does not have the expected shape: ${describe(current.error.issues)}. It was left as it is.`);
    }
    // The upgrade rewrites the file; the old one stays beside it, so nothing is lost if it goes wrong.
    await copyFile(file, `${file}.v1-backup-${Date.now()}`);
    db.data = migrateFromV1(old.data);
    await db.write();
    return new DirectoryFile(db);
  }

  get data(): DirectoryData {
    return this.db.data;
  }

  async save(): Promise<void> {
    this.cancelTimer();
    await this.db.write();
  }

  /** For frequent, low-stakes changes (activity times): written within a couple of seconds. */
  saveSoon(delayMs = 2000): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.db.write().catch((error: unknown) => console.error(`Could not save accounts.json: ${String(error)}`));
    }, delayMs);
    this.timer.unref();
  }

  async flush(): Promise<void> {
    if (this.timer) await this.save();
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
