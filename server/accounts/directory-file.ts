import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { explainStorageError, StorageUnavailable } from '../storage/storage-errors';
import { LastGoodCopy } from './last-good-copy';
import { migrateFromV1 } from './migrate';
import { addReceipt, hasReceipt, type HeldReceipt } from './receipts';
import { DirectoryData, DirectoryDataV1, emptyDirectory, type StoredReceipt } from './schema';

export class AccountsFileError extends Error {}

const describe = (issues: Array<{ message: string; path: PropertyKey[] }>) =>
  `${issues[0]?.message ?? 'unknown'} at ${issues[0]?.path.map(String).join('.') ?? ''}`;

type FileState =
  | { kind: 'missing' }
  | { kind: 'current'; data: DirectoryData }
  | { kind: 'v1'; data: DirectoryDataV1 }
  | { kind: 'damaged'; reason: string };

async function inspect(file: string): Promise<FileState> {
  const raw = new Low<unknown>(new JSONFile<unknown>(file), null);
  try {
    await raw.read();
  } catch (error) {
    return { kind: 'damaged', reason: `it is not valid JSON (${(error as Error).message})` };
  }
  if (raw.data === null) return { kind: 'missing' };
  const current = DirectoryData.safeParse(raw.data);
  if (current.success) return { kind: 'current', data: current.data };
  const old = DirectoryDataV1.safeParse(raw.data);
  if (old.success) return { kind: 'v1', data: old.data };
  return { kind: 'damaged', reason: `it does not have the expected shape: ${describe(current.error.issues)}` };
}

const validCurrent = (raw: unknown) => {
  const parsed = DirectoryData.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

/**
 * accounts.json: people, sessions, spaces, memberships, invites and the document index, in
 * one small JSON file that lowdb writes atomically, with a copy of its last good state beside
 * it. It is validated on every read. A damaged file is moved aside and the server starts from
 * the copy; with no good copy it refuses to start, saying why, and leaves the file untouched.
 * A write the disk refuses changes nothing: the memory is put back as the file is.
 */
export class DirectoryFile {
  private timer: NodeJS.Timeout | null = null;
  private readonly restoredListeners: Array<() => void> = [];
  private readonly receiptScope = new AsyncLocalStorage<HeldReceipt>();
  private readonly oneWriteScope = new AsyncLocalStorage<{ asked: boolean }>();

  private constructor(
    private readonly db: Low<DirectoryData>,
    private readonly file: string,
    private readonly copy: LastGoodCopy,
    private readonly warn: (message: string) => void,
  ) {}

  static async open(
    dataDir: string,
    warn: (message: string) => void = (message) => console.error(message),
  ): Promise<DirectoryFile> {
    // A read-only disk refuses even an existing folder's mkdir; reading may still go on.
    await mkdir(dataDir, { recursive: true }).catch((error: unknown) => {
      if (!existsSync(dataDir)) throw error;
    });
    const file = path.join(dataDir, 'accounts.json');
    const copy = new LastGoodCopy(file, warn);
    const db = new Low<DirectoryData>(new JSONFile<DirectoryData>(file), emptyDirectory());
    const opened = new DirectoryFile(db, file, copy, warn);
    const state = await inspect(file);
    if (state.kind === 'current') {
      db.data = state.data;
      copy.refresh();
      return opened;
    }
    if (state.kind === 'v1') {
      // The upgrade rewrites the file; the old one stays beside it, so nothing is lost if it goes wrong.
      await copyFile(file, `${file}.v1-backup-${Date.now()}`);
      db.data = migrateFromV1(state.data);
      await opened.save();
      return opened;
    }
    const saved = await copy.read(validCurrent);
    if (state.kind === 'missing') {
      if (!saved) return opened;
      db.data = saved.data;
      await opened.save();
      warn(`${file} was missing; it was restored from ${copy.path} (saved ${saved.savedAt.toISOString()}).`);
      return opened;
    }
    if (!saved) {
      throw new AccountsFileError(
        `${file} is damaged: ${state.reason}. It was left as it is, and there is no good copy (${copy.path}) to start from; restore it from a backup or move it aside.`,
      );
    }
    const aside = `${file}.corrupt-${Date.now()}`;
    await rename(file, aside);
    db.data = saved.data;
    await opened.save();
    warn(
      `${file} was damaged: ${state.reason}. It was moved aside to ${aside}, and the server started from ${copy.path} (saved ${saved.savedAt.toISOString()}).`,
    );
    return opened;
  }

  get data(): DirectoryData {
    return this.db.data;
  }

  /**
   * Runs `work` (one request's handling) so that the first save it makes also holds `receipt`:
   * a change and the record that it was made reach the disk in one write, or neither does.
   */
  async withReceipt(receipt: StoredReceipt, work: () => Promise<void>): Promise<HeldReceipt> {
    const held: HeldReceipt = { receipt, saved: false };
    await this.receiptScope.run(held, work);
    return held;
  }

  /**
   * Runs `work` so that the saves it asks for become one write, made when it ends: a change of
   * several parts (an account, its membership, its session, an invite's use) reaches the disk
   * whole or not at all. If `work` throws after asking for a save, what it changed is put back
   * as the file holds it. Nested, the outer one writes.
   */
  async inOneWrite<T>(work: () => Promise<T>): Promise<T> {
    const scope = { asked: false };
    let result: T;
    try {
      result = await this.oneWriteScope.run(scope, work);
    } catch (error) {
      if (scope.asked) this.restoreFromFile();
      throw error;
    }
    if (scope.asked) await this.save();
    return result;
  }

  /** Writes the file; if the disk refuses, puts the memory back as the file is and throws StorageUnavailable. */
  async save(): Promise<void> {
    const batch = this.oneWriteScope.getStore();
    if (batch) {
      batch.asked = true;
      return;
    }
    this.cancelTimer();
    const held = this.receiptScope.getStore();
    if (held && !held.saved) {
      addReceipt(this.db.data, held.receipt, new Date());
      held.saved = true;
    }
    try {
      await this.db.write();
    } catch (error) {
      const reason = explainStorageError(error);
      this.restoreFromFile();
      if (held) held.saved = hasReceipt(this.db.data, held.receipt);
      this.warn(`Could not save ${this.file}: ${reason}. The change was not made.`);
      throw new StorageUnavailable('accounts.json', reason);
    }
    this.copy.refresh();
  }

  /** For frequent, low-stakes changes (activity times): written within a couple of seconds. */
  saveSoon(delayMs = 2000): void {
    if (this.timer) return;
    // Made outside any request's receipt or single write: a timer keeps the context it was made in, and this write is nobody's change.
    this.timer = this.receiptScope.exit(() =>
      this.oneWriteScope.exit(() =>
        setTimeout(() => {
          this.timer = null;
          // A refused write is logged by save(); activity times are not worth more than that.
          this.save().catch(() => undefined);
        }, delayMs),
      ),
    );
    this.timer.unref();
  }

  async flush(): Promise<void> {
    if (this.timer) await this.save();
    await this.copy.settled();
  }

  /** Indexes kept over the data are rebuilt through this when the data is put back after a refused write. */
  onRestored(listener: () => void): void {
    this.restoredListeners.push(listener);
  }

  /** After a refused write, the file still holds the last state that was saved: memory goes back to it. */
  private restoreFromFile(): void {
    try {
      const data = validCurrent(JSON.parse(readFileSync(this.file, 'utf8')));
      if (!data) return;
      this.db.data = data;
      for (const listener of this.restoredListeners) listener();
    } catch {
      // Nothing readable to go back to (a first write that failed): memory stays as it is.
    }
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
