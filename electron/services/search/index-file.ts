import { readFile, rename, writeFile } from 'node:fs/promises';
import { threadId } from 'node:worker_threads';
import { z } from 'zod';
import { DocumentId } from '../../../shared/ids';
import { MAX_TERM_LENGTH } from '../../../shared/search/fold';
import { SearchEngine } from './engine';
import type { LogStamp } from './room-text';

/**
 * One server's index on disk (`servers/<serverId>/search-index.json`): the engine, and each
 * document's text with the log it was read from, so a restart reads again only rooms whose
 * logs changed. It is derived data: a file that cannot be read or does not hang together is
 * set aside (renamed, never deleted) and the index is built again from the cache and the logs.
 */
const Stamp = z.object({ size: z.number().int().nonnegative(), mtimeMs: z.number().nonnegative().nullable() });

const StoredText = z.object({
  blocks: z.array(z.string()),
  /** The log this text was read from (or will be once the live updates it holds are written). */
  builtFrom: Stamp,
  revision: z.number().int().nonnegative(),
});
export type StoredText = { blocks: string[]; builtFrom: LogStamp; revision: number };

const StoredThread = z.object({
  spaceId: z.string().min(1).max(64),
  threadId: z.string().min(1).max(64),
  categoryId: z.string().max(64),
  title: z.string(),
  posts: z.array(
    z.object({ id: z.string().min(1).max(64), authorId: z.string().max(64), blocks: z.array(z.string()) }),
  ),
  builtFrom: Stamp,
  revision: z.number().int().nonnegative(),
});

const IndexFileData = z.object({
  version: z.literal(1),
  revision: z.number().int().nonnegative(),
  texts: z.record(DocumentId, StoredText),
  /** The forum's thread rooms read for the index (an index saved before the forum has none). */
  threads: z.record(z.string(), StoredThread).default({}),
  engine: z.object({
    docs: z.array(
      z.tuple([z.string().min(1).max(200), z.string(), z.number().int().nonnegative(), z.number().int().nonnegative()]),
    ),
    terms: z.array(z.tuple([z.string().min(1).max(MAX_TERM_LENGTH), z.string(), z.string()])),
  }),
});
export type IndexFileData = z.input<typeof IndexFileData>;

export type LoadedIndex = {
  engine: SearchEngine;
  texts: Map<string, StoredText>;
  threads: StoredThreadData[];
  revision: number;
};
export type StoredThreadData = z.infer<typeof StoredThread>;

/** The stored index, or null when there is none or it was set aside (and said so in the log). */
export async function loadIndexFile(file: string, log: (message: string) => void): Promise<LoadedIndex | null> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return setAside(file, `it could not be read (${String(error)})`, log);
  }
  let problem: string;
  try {
    const parsed = IndexFileData.safeParse(JSON.parse(raw));
    if (parsed.success) {
      const { revision, texts, threads, engine } = parsed.data;
      if ([...Object.values(texts), ...Object.values(threads)].some((text) => text.revision > revision))
        throw new Error('a text is newer than the index');
      return {
        engine: SearchEngine.fromSnapshot(engine),
        texts: new Map(Object.entries(texts)),
        threads: Object.values(threads),
        revision,
      };
    }
    problem = `it does not match the expected shape (${parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ')})`;
  } catch (error) {
    problem = error instanceof SyntaxError ? `it is not valid JSON (${error.message})` : String(error);
  }
  return setAside(file, problem, log);
}

async function setAside(file: string, problem: string, log: (message: string) => void): Promise<null> {
  const aside = `${file}.corrupt-${Date.now()}`;
  const kept = await rename(file, aside).then(
    () => `it was moved to ${aside}`,
    (error: unknown) => `it could not be moved aside (${String(error)}) and will be written over`,
  );
  log(`Branchline could not use the search index ${file}: ${problem}; ${kept}, and the index is being built again.`);
  return null;
}

/** Written whole to a temporary file, then renamed over the old one: a crash leaves one or the other. */
export async function saveIndexFile(file: string, data: IndexFileData): Promise<void> {
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  await writeFile(temporary, JSON.stringify(data));
  await rename(temporary, file);
}
