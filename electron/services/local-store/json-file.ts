import { copyFile, mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { StoreDamage } from '../../../shared/ipc/contract';
import { WRITE_RETRY_MS, type StoreHealthTracker } from './store-health';

/** What was on disk, as the current shape; `upgraded` when it was written by an older version. */
export type ReadResult<T> = { ok: true; value: T; upgraded: boolean } | { ok: false; reason: string };

export type JsonFileOptions<T> = {
  file: string;
  /** Validates (and, for an older version, upgrades) what was read. */
  read: (raw: unknown) => ReadResult<T>;
  /** Checks every change before it is kept. */
  check: (value: unknown) => T;
  defaults: () => T;
  /** What the file is, for the person: the settings file, or a server's offline copy. */
  what: StoreDamage['what'];
  /** What happens instead, said after a file is set aside. */
  fallback: string;
  health: StoreHealthTracker;
  log: (message: string) => void;
  retryMs?: number;
};

export type JsonFile<T> = {
  get(): T;
  /** Applies a change in memory at once and writes it (in order) to disk. */
  update(change: (draft: T) => void): Promise<void>;
  flush(): Promise<void>;
  /** True when the file on disk was written by an older version and has been rewritten. */
  readonly upgraded: boolean;
};

export function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`)
    .join('; ');
}

/** Moves an unreadable file aside (never deletes it); false when even that failed and it stays where it is. */
async function setAside<T>(options: JsonFileOptions<T>, problem: string): Promise<boolean> {
  const aside = `${options.file}.corrupt-${Date.now()}`;
  let keptAs: string | null = aside;
  try {
    await rename(options.file, aside);
  } catch (error) {
    keptAs = null;
    options.log(`Branchline could not move ${options.file} aside (${String(error)}); it is left untouched.`);
  }
  const outcome = keptAs
    ? `It was moved to ${keptAs}; ${options.fallback}.`
    : `It was left where it is and will not be written over; ${options.fallback}.`;
  options.health.damaged({
    what: options.what,
    keptAs,
    detail: `Branchline could not read ${options.file}: ${problem}. ${outcome}`,
  });
  return keptAs !== null;
}

async function readRaw(db: Low<unknown>): Promise<{ loaded: unknown; problem: string | null }> {
  try {
    await db.read();
    return { loaded: db.data, problem: null };
  } catch (error) {
    if (error instanceof SyntaxError) return { loaded: null, problem: `it is not valid JSON (${error.message})` };
    return {
      loaded: null,
      problem: `it could not be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/**
 * A lowdb JSON file (atomic writes) whose content is validated on every read and change. A
 * file that does not parse, validate or even read is renamed aside, never overwritten, and
 * the value starts from defaults; one written by an older version is upgraded, not set
 * aside. Writes that fail keep the value in memory and are tried again until one works.
 */
export async function openJsonFile<T>(options: JsonFileOptions<T>): Promise<JsonFile<T>> {
  await mkdir(path.dirname(options.file), { recursive: true }).catch(() => undefined);
  const db = new Low<unknown>(new JSONFile<unknown>(options.file), null);
  let value = options.defaults();
  let upgraded = false;
  const raw = await readRaw(db);
  let problem = raw.problem;
  if (raw.loaded !== null && problem === null) {
    const read = options.read(raw.loaded);
    if (read.ok) ({ value, upgraded } = read);
    else problem = read.reason;
  }
  // A file that could not be moved aside is never replaced with defaults: it may be all someone has.
  const writable = problem ? await setAside(options, problem) : true;
  db.data = value;

  let writing: Promise<void> = Promise.resolve();
  let unsaved = false;
  let retry: NodeJS.Timeout | null = null;
  const write = (): Promise<void> => {
    if (!writable) return writing;
    if (retry) clearTimeout(retry);
    retry = null;
    writing = writing.then(() =>
      db.write().then(
        () => {
          unsaved = false;
          options.health.succeeded(options.file);
        },
        (error: unknown) => {
          unsaved = true;
          options.health.failed(options.file, error);
          retry = setTimeout(() => void write(), options.retryMs ?? WRITE_RETRY_MS).unref();
        },
      ),
    );
    return writing;
  };
  if (upgraded) {
    // The old version stays readable beside the new one, in case the upgrade lost something.
    const backup = `${options.file}.before-upgrade-${Date.now()}`;
    await copyFile(options.file, backup).catch((error: unknown) =>
      options.log(`Branchline could not back up ${options.file} before upgrading it: ${String(error)}`),
    );
    await write();
  }
  return {
    get: () => value,
    async update(change) {
      const next = structuredClone(value);
      change(next);
      value = options.check(next);
      db.data = value;
      await write();
    },
    // On shutdown, one more try for anything a failed write left in memory only.
    flush: () => (unsaved ? write() : writing),
    upgraded,
  };
}
