import { z } from 'zod';
import { Person } from '../../../shared/api/people';
import { DocumentAccess, DocumentMeta } from '../../../shared/api/schemas';
import { SpaceSummary } from '../../../shared/api/spaces';
import { DocumentId, UserId } from '../../../shared/ids';
import type { JsonFile } from './json-file';
import { createPerServerFiles, perServerFile } from './per-server-files';
import type { StoreHealthTracker } from './store-health';

/** A document from before spaces (version 1 of `branchline.json`): this device does not know its space. */
export const UnplacedDocument = DocumentMeta.omit({ spaceId: true });
export type UnplacedDocument = z.infer<typeof UnplacedDocument>;

/** A document the person opened on this device, and when. */
export const RecentDocument = z.object({ documentId: DocumentId, openedAt: z.string().datetime() });
export type RecentDocument = z.infer<typeof RecentDocument>;

/** How many opened documents the cache remembers (quick find shows the ten newest still known). */
export const RECENT_KEPT = 50;

/** Version 1 (before quick find): no people, no recently opened documents. */
const ServerCacheV1 = z.object({
  version: z.literal(1),
  /** Whose view this is: someone else signing in on this device starts from an empty cache. */
  userId: UserId.nullable(),
  spaces: z.array(SpaceSummary),
  /** Every document the person may see there, each with its space. */
  documents: z.array(DocumentMeta),
  /** Kept from version 1 until the server's full index replaces them. */
  unplacedDocuments: z.array(UnplacedDocument),
  /** Whether the person could write or only read each document, when last asked. */
  access: z.record(DocumentId, DocumentAccess),
  /** The newest `lastActivityAt` the person has seen; null until the first list arrives. */
  lastSeenActivityAt: z.string().datetime().nullable(),
});

/** What `servers/<serverId>/cache.json` holds: one server as this device last saw it, for offline use. */
export const ServerCacheData = ServerCacheV1.extend({
  version: z.literal(2),
  /** The people the person shares a space with (`GET /api/people`), for the person page and quick find. */
  people: z.array(Person),
  /** Documents opened on this device, newest first. */
  recentDocuments: z.array(RecentDocument).max(RECENT_KEPT),
});
export type ServerCacheData = z.infer<typeof ServerCacheData>;
export type ServerCache = JsonFile<ServerCacheData>;

export function emptyServerCache(): ServerCacheData {
  return {
    version: 2,
    userId: null,
    spaces: [],
    documents: [],
    unplacedDocuments: [],
    access: {},
    lastSeenActivityAt: null,
    people: [],
    recentDocuments: [],
  };
}

/** A version-1 cache as version 2: nobody known yet, nothing opened yet. */
function upgradeCache(raw: unknown): ServerCacheData | null {
  const old = ServerCacheV1.safeParse(raw);
  return old.success ? { ...old.data, version: 2, people: [], recentDocuments: [] } : null;
}

export function serverCacheFile(root: string, serverId: string): string {
  return perServerFile(root, serverId, 'cache.json');
}

export type ServerCachesOptions = { root: string; health: StoreHealthTracker; log: (message: string) => void };

/**
 * One cache file per server, opened once and then kept in memory, so the servers list can
 * say synchronously whether there is new activity anywhere. Whoever follows the caches (quick
 * find's index) is told after every change.
 */
export function createServerCaches(options: ServerCachesOptions) {
  const files = createPerServerFiles({
    ...options,
    name: 'cache.json',
    schema: ServerCacheData,
    upgrade: upgradeCache,
    defaults: emptyServerCache,
    what: 'server-cache',
    fallback: (serverId) =>
      `this device's offline copy of server ${serverId} starts empty and is filled again from the server`,
  });
  const listeners = new Set<(serverId: string) => void>();
  const opened = new Map<string, Promise<ServerCache>>();
  const open = (serverId: string): Promise<ServerCache> => {
    let found = opened.get(serverId);
    if (!found) {
      found = files.open(serverId).then((file) => ({
        ...file,
        async update(change) {
          const written = file.update(change);
          // The change is in memory now (the write may still be on its way).
          for (const listener of listeners) listener(serverId);
          await written;
        },
      }));
      opened.set(serverId, found);
    }
    return found;
  };
  return {
    ...files,
    open,
    /** Calls `listener` after every change to any server's cache; returns the unsubscribe function. */
    onChange(listener: (serverId: string) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type ServerCaches = ReturnType<typeof createServerCaches>;
