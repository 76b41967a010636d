import type { DocumentMeta } from '../../../shared/api/schemas';
import type { HostHandlers } from '../../../shared/ipc/contract';
import { noteOpened } from '../local-store/cache-updates';
import { readCache, updateCache } from './cache';
import { findServer, type HandlerContext } from './context';

/** Quick find shows this many recently opened documents when nothing has been typed yet. */
export const RECENT_SHOWN = 10;

export function recentHandlers(context: HandlerContext): HostHandlers['recent'] {
  return {
    async list({ serverId, spaceId }) {
      if (!findServer(context, serverId)) return [];
      const cache = await readCache(context, serverId);
      // Only documents the device still knows, in spaces the person can still see, titled as it knows them.
      const visible = new Set(cache.spaces.map((space) => space.id));
      const known = new Map(
        cache.documents
          // A binned document is not offered again until it is restored.
          .filter((document) => visible.has(document.spaceId) && !document.binnedAt)
          .map((document) => [document.id, document]),
      );
      const shown: DocumentMeta[] = [];
      for (const recent of cache.recentDocuments) {
        const document = known.get(recent.documentId);
        if (document && (!spaceId || document.spaceId === spaceId)) shown.push(document);
        if (shown.length === RECENT_SHOWN) break;
      }
      return shown;
    },
    async opened({ serverId, documentId }) {
      if (!findServer(context, serverId)) return;
      await updateCache(context, serverId, (draft) => noteOpened(draft, documentId, new Date()));
    },
  };
}
