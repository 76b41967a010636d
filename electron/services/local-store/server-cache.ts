import { z } from 'zod';
import { DocumentAccess, DocumentMeta } from '../../../shared/api/schemas';
import { SpaceSummary } from '../../../shared/api/spaces';
import { DocumentId, UserId } from '../../../shared/ids';
import type { JsonFile } from './json-file';
import { createPerServerFiles, perServerFile } from './per-server-files';
import type { StoreHealthTracker } from './store-health';

/** A document from before spaces (version 1 of `branchline.json`): this device does not know its space. */
export const UnplacedDocument = DocumentMeta.omit({ spaceId: true });
export type UnplacedDocument = z.infer<typeof UnplacedDocument>;

/** What `servers/<serverId>/cache.json` holds: one server as this device last saw it, for offline use. */
export const ServerCacheData = z.object({
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
export type ServerCacheData = z.infer<typeof ServerCacheData>;
export type ServerCache = JsonFile<ServerCacheData>;

export function emptyServerCache(): ServerCacheData {
  return {
    version: 1,
    userId: null,
    spaces: [],
    documents: [],
    unplacedDocuments: [],
    access: {},
    lastSeenActivityAt: null,
  };
}

export function serverCacheFile(root: string, serverId: string): string {
  return perServerFile(root, serverId, 'cache.json');
}

export type ServerCachesOptions = { root: string; health: StoreHealthTracker; log: (message: string) => void };

/**
 * One cache file per server, opened once and then kept in memory, so the servers list can
 * say synchronously whether there is new activity anywhere.
 */
export function createServerCaches(options: ServerCachesOptions) {
  return createPerServerFiles({
    ...options,
    name: 'cache.json',
    schema: ServerCacheData,
    defaults: emptyServerCache,
    what: 'server-cache',
    fallback: (serverId) =>
      `this device's offline copy of server ${serverId} starts empty and is filled again from the server`,
  });
}

export type ServerCaches = ReturnType<typeof createServerCaches>;
