import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { defaultLocalState, LocalState } from './state-schema';
import { problemFromError, type ProblemSink } from './disk-problem';

export type StateFileOptions = { file: string; onProblem: ProblemSink; log?: (message: string) => void };

/**
 * Settings, servers and the documents index in one lowdb JSON file (atomic writes). A file
 * that does not parse or validate is renamed aside, never overwritten, and the app starts
 * from defaults with a message saying where the old file went.
 */
export async function openStateFile(options: StateFileOptions) {
  const log = options.log ?? ((message: string) => console.warn(message));
  await mkdir(path.dirname(options.file), { recursive: true }).catch(() => undefined);
  const db = new Low<unknown>(new JSONFile<unknown>(options.file), null);
  let state = defaultLocalState();
  let loaded: unknown = null;
  let problem: string | null = null;
  try {
    await db.read();
    loaded = db.data;
  } catch (error) {
    problem = error instanceof SyntaxError ? `it is not valid JSON (${error.message})` : null;
    if (!problem) options.onProblem(problemFromError(error));
  }
  if (loaded !== null && problem === null) {
    const parsed = LocalState.safeParse(loaded);
    if (parsed.success) state = parsed.data;
    else problem = `it does not match the expected shape (${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`;
  }
  if (problem) {
    const aside = `${options.file}.corrupt-${Date.now()}`;
    try {
      await rename(options.file, aside);
      log(`Branchline could not read ${options.file}: ${problem}. It was moved to ${aside} and the app started with default settings.`);
    } catch (error) {
      log(`Branchline could not read ${options.file}: ${problem}. It could not be moved aside either (${String(error)}); it is left untouched.`);
    }
    options.onProblem({ kind: 'corrupt', detail: `Local settings file unreadable; kept as ${aside}` });
  }
  db.data = state;

  let writing: Promise<void> = Promise.resolve();
  return {
    get(): LocalState {
      return state;
    },
    /** Applies a change in memory at once and writes it (in order) to disk. */
    async update(change: (draft: LocalState) => void): Promise<void> {
      const next = structuredClone(state);
      change(next);
      state = LocalState.parse(next);
      db.data = state;
      writing = writing.then(() =>
        db.write().catch((error: unknown) => {
          const found = problemFromError(error);
          log(`Branchline could not save its settings (${found.kind}): ${found.detail}`);
          options.onProblem(found);
        }),
      );
      await writing;
    },
    async flush(): Promise<void> {
      await writing;
    },
  };
}

export type StateFile = Awaited<ReturnType<typeof openStateFile>>;
