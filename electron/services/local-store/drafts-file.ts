import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { UserId } from '../../../shared/ids';
import { Draft, DraftKey } from '../../../shared/ipc/forum-changes';
import { replaceFileDurably } from '../../../server/storage/framed-log';
import { perServerFile } from './per-server-files';
import { WRITE_RETRY_MS, type StoreHealthTracker } from './store-health';

export const DRAFTS_FILE_NAME = 'drafts.json';
/** Drafts kept per server; beyond this the oldest (by `savedAt`) are dropped. */
export const MAX_DRAFTS = 500;

/**
 * `servers/<serverId>/drafts.json`: what people were writing in the forum's composers, each
 * under `<userId> <draftKey>` (someone else signing in on this device never sees them). The
 * file's shape is checked, then each draft on its own, so one damaged draft costs only itself.
 */
const DraftsData = z.object({ version: z.literal(1), drafts: z.record(z.string(), z.unknown()) });

export type DraftsFilesOptions = {
  root: string;
  health: StoreHealthTracker;
  log: (message: string) => void;
  maxDrafts?: number;
  retryMs?: number;
};

/** Whose draft, for which composer. */
type StoredKey = `${UserId} ${DraftKey}`;
const storedKey = (userId: UserId, key: DraftKey): StoredKey => `${userId} ${key}`;

function readStoredKey(raw: string): StoredKey | null {
  const space = raw.indexOf(' ');
  const userId = UserId.safeParse(raw.slice(0, space));
  const key = DraftKey.safeParse(raw.slice(space + 1));
  return space > 0 && userId.success && key.success ? storedKey(userId.data, key.data) : null;
}

type ServerDrafts = {
  drafts: Map<StoredKey, Draft>;
  file: string;
  /** Writes run one after another; each writes the drafts as they are when it starts. */
  writing: Promise<void>;
  unsaved: boolean;
  retry: NodeJS.Timeout | null;
};

export function draftsFile(root: string, serverId: string): string {
  return perServerFile(root, serverId, DRAFTS_FILE_NAME);
}

/** Reads a drafts file; anything unreadable leaves no drafts (said in the log, the file set aside), never a failure. */
async function readDrafts(file: string, log: (message: string) => void): Promise<Map<StoredKey, Draft>> {
  const drafts = new Map<StoredKey, Draft>();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      log(`Branchline could not read the drafts in ${file} (${String(error)}); none are shown.`);
    return drafts;
  }
  let parsed: ReturnType<typeof DraftsData.safeParse> | null = null;
  try {
    parsed = DraftsData.safeParse(JSON.parse(text));
  } catch {
    parsed = null;
  }
  if (!parsed?.success) {
    // Kept beside it (never deleted): the words in it may still be recovered by hand.
    const aside = `${file}.corrupt-${Date.now()}`;
    const kept = await rename(file, aside).then(
      () => `it was moved to ${aside}`,
      (error: unknown) => `it could not be moved aside (${String(error)})`,
    );
    log(`Branchline could not read the drafts in ${file}; ${kept}, and this device starts with no drafts there.`);
    return drafts;
  }
  let dropped = 0;
  for (const [rawKey, raw] of Object.entries(parsed.data.drafts)) {
    const key = readStoredKey(rawKey);
    const draft = Draft.safeParse(raw);
    if (key && draft.success) drafts.set(key, draft.data);
    else dropped++;
  }
  if (dropped > 0) log(`Branchline left out ${dropped} damaged draft(s) in ${file}.`);
  return drafts;
}

/**
 * The drafts kept on this device, per server: read once (validated), kept in memory, and
 * written whole on every change, to a file beside it that is fsynced and then renamed over
 * it, before `put` resolves: a draft survives a restart and a crash. A write that fails keeps
 * the drafts in memory, tells the store's health, and is tried again until it works.
 */
export function createDraftsFiles(options: DraftsFilesOptions) {
  const maxDrafts = options.maxDrafts ?? MAX_DRAFTS;
  const servers = new Map<string, Promise<ServerDrafts>>();

  function open(serverId: string): Promise<ServerDrafts> {
    let found = servers.get(serverId);
    if (!found) {
      const file = draftsFile(options.root, serverId);
      found = readDrafts(file, options.log).then((drafts) => ({
        drafts,
        file,
        writing: Promise.resolve(),
        unsaved: false,
        retry: null,
      }));
      servers.set(serverId, found);
    }
    return found;
  }

  function write(server: ServerDrafts): Promise<void> {
    if (server.retry) clearTimeout(server.retry);
    server.retry = null;
    server.writing = server.writing.then(async () => {
      const data = { version: 1, drafts: Object.fromEntries(server.drafts) };
      try {
        await mkdir(path.dirname(server.file), { recursive: true });
        await replaceFileDurably(server.file, new TextEncoder().encode(JSON.stringify(data)));
        server.unsaved = false;
        options.health.succeeded(server.file);
      } catch (error) {
        server.unsaved = true;
        options.health.failed(server.file, error);
        server.retry = setTimeout(() => void write(server), options.retryMs ?? WRITE_RETRY_MS).unref();
      }
    });
    return server.writing;
  }

  return {
    async get(serverId: string, userId: UserId, key: DraftKey): Promise<Draft | null> {
      return (await open(serverId)).drafts.get(storedKey(userId, key)) ?? null;
    },

    /** Keeps (or with null, forgets) a draft; resolves once it is on disk (or, if the disk refuses, kept in memory and retried). */
    async put(serverId: string, userId: UserId, draftKey: DraftKey, draft: Draft | null): Promise<void> {
      const server = await open(serverId);
      const key = storedKey(userId, draftKey);
      if (draft === null) {
        if (!server.drafts.delete(key)) return;
      } else {
        // Re-inserted, so the map's order stays oldest-saved first.
        server.drafts.delete(key);
        server.drafts.set(key, Draft.parse(draft));
        if (server.drafts.size > maxDrafts) {
          const oldestFirst = [...server.drafts].sort(([, a], [, b]) => (a.savedAt < b.savedAt ? -1 : 1));
          for (const [dropKey] of oldestFirst.slice(0, server.drafts.size - maxDrafts)) server.drafts.delete(dropKey);
        }
      }
      await write(server);
    },

    async flush(): Promise<void> {
      await Promise.all(
        [...servers.values()].map(async (opening) => {
          const server = await opening;
          await (server.unsaved ? write(server) : server.writing);
        }),
      );
    },
  };
}

export type DraftsFiles = ReturnType<typeof createDraftsFiles>;
