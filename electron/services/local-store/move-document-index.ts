import { DocumentMeta } from '../../../shared/api/schemas';
import { putDocument } from './cache-updates';
import { UnplacedDocument, type ServerCaches } from './server-cache';
import type { MovedDocumentIndex } from './state-file';

/**
 * Moves version 1's per-server documents index from `branchline.json` into each server's
 * cache. Version 1 knew no spaces, so its entries are kept as unplaced until the server's
 * full index arrives; an entry that already has a space joins the index as it is.
 */
export async function moveDocumentIndex(
  moved: MovedDocumentIndex,
  known: ReadonlySet<string>,
  caches: ServerCaches,
  log: (message: string) => void,
): Promise<void> {
  for (const [serverId, entries] of Object.entries(moved)) {
    if (!known.has(serverId) || entries.length === 0) continue;
    const cache = await caches.open(serverId);
    let skipped = 0;
    await cache.update((draft) => {
      for (const entry of entries) {
        const placed = DocumentMeta.safeParse(entry);
        const unplaced = UnplacedDocument.safeParse(entry);
        if (placed.success) putDocument(draft, placed.data);
        else if (unplaced.success && !draft.unplacedDocuments.some((document) => document.id === unplaced.data.id))
          draft.unplacedDocuments.push(unplaced.data);
        else if (!unplaced.success) skipped += 1;
      }
    });
    if (skipped > 0)
      log(
        `Branchline left out ${skipped} unreadable entries of the old documents index for ${serverId}; the server's list replaces them.`,
      );
  }
}
