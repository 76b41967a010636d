import { copyFile, mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { problemFromError, type ProblemSink } from './disk-problem';

/** What was on disk, as the current shape; `upgraded` when it was written by an older version. */
export type ReadResult<T> = { ok: true; value: T; upgraded: boolean } | { ok: false; reason: string };

export type JsonFileOptions<T> = {
  file: string;
  /** Validates (and, for an older version, upgrades) what was read. */
  read: (raw: unknown) => ReadResult<T>;
  /** Checks every change before it is kept. */
  check: (value: unknown) => T;
  defaults: () => T;
  /** Names the file in messages: "Local settings file", "Offline copy of server x". */
  label: string;
  /** What happens instead, said after a file is set aside. */
  fallback: string;
  onProblem: ProblemSink;
  log: (message: string) => void;
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
  return issues.slice(0, 3).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`).join('; ');
}

async function setAside<T>(options: JsonFileOptions<T>, problem: string): Promise<void> {
  const aside = `${options.file}.corrupt-${Date.now()}`;
  try {
    await rename(options.file, aside);
    options.log(`Branchline could not read ${options.file}: ${problem}. It was moved to ${aside}; ${options.fallback}.`);
  } catch (error) {
    options.log(`Branchline could not read ${options.file}: ${problem}. It could not be moved aside either (${String(error)}); it is left untouched.`);
  }
  options.onProblem({ kind: 'corrupt', detail: `${options.label} unreadable; kept as ${aside}` });
}

/**
 * A lowdb JSON file (atomic writes) whose content is validated on every read and change. A
 * file that does not parse or validate is renamed aside, never overwritten, and the value
 * starts from defaults; one written by an older version is upgraded, not set aside.
 */
export async function openJsonFile<T>(options: JsonFileOptions<T>): Promise<JsonFile<T>> {
  await mkdir(path.dirname(options.file), { recursive: true }).catch(() => undefined);
  const db = new Low<unknown>(new JSONFile<unknown>(options.file), null);
  let value = options.defaults();
  let loaded: unknown = null;
  let problem: string | null = null;
  let upgraded = false;
  try {
    await db.read();
    loaded = db.data;
  } catch (error) {
    problem = error instanceof SyntaxError ? `it is not valid JSON (${error.message})` : null;
    if (!problem) options.onProblem(problemFromError(error));
  }
  if (loaded !== null && problem === null) {
    const read = options.read(loaded);
    if (read.ok) ({ value, upgraded } = read);
    else problem = read.reason;
  }
  if (problem) await setAside(options, problem);
  db.data = value;

  let writing: Promise<void> = Promise.resolve();
  const write = () => {
    writing = writing.then(() =>
      db.write().catch((error: unknown) => {
        const found = problemFromError(error);
        options.log(`Branchline could not save ${options.file} (${found.kind}): ${found.detail}`);
        options.onProblem(found);
      }),
    );
    return writing;
  };
  if (upgraded) {
    // The old version stays readable beside the new one, in case the upgrade lost something.
    const backup = `${options.file}.before-upgrade-${Date.now()}`;
    await copyFile(options.file, backup).catch((error: unknown) => options.log(`Branchline could not back up ${options.file} before upgrading it: ${String(error)}`));
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
    flush: () => writing,
    upgraded,
  };
}
