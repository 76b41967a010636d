import { z } from 'zod';
import { DocumentId, ServerId, SpaceId, ThreadId } from '../../../shared/ids';
import { Bytes } from '../../../shared/ipc/values';
import { SearchQuery, SearchResults } from '../../../shared/search/hits';
import { Catalog } from './kinds';

/** What the host and the search worker say to each other; each side validates what arrives. */

export const WorkerSetup = z.object({ root: z.string().min(1), settleMs: z.number().int().positive().optional() });
export type WorkerSetup = z.infer<typeof WorkerSetup>;

const RequestId = z.number().int().nonnegative();

export const ToWorker = z.discriminatedUnion('type', [
  /** A server's cache as it is now (sent whenever it changes). */
  z.object({ type: z.literal('catalog'), serverId: ServerId, catalog: Catalog }),
  /** An update stored for a document's room. */
  z.object({ type: z.literal('room-changed'), serverId: ServerId, documentId: DocumentId, update: Bytes }),
  /** An update stored for a forum thread's room. */
  z.object({
    type: z.literal('thread-changed'),
    serverId: ServerId,
    spaceId: SpaceId,
    threadId: ThreadId,
    update: Bytes,
  }),
  z.object({ type: z.literal('query'), id: RequestId, query: SearchQuery }),
  z.object({ type: z.literal('stats'), id: RequestId, serverId: ServerId }),
  /** Save every server's index now; answered once saved. */
  z.object({ type: z.literal('save'), id: RequestId }),
]);
export type ToWorker = z.infer<typeof ToWorker>;

export const IndexStats = z.object({
  reads: z.record(DocumentId, z.number().int()),
  indexed: z.number().int(),
  indexing: z.boolean(),
});
export type IndexStats = z.infer<typeof IndexStats>;

export const FromWorker = z.discriminatedUnion('type', [
  z.object({ type: z.literal('answer'), id: RequestId, results: SearchResults }),
  z.object({ type: z.literal('stats'), id: RequestId, stats: IndexStats }),
  z.object({ type: z.literal('saved'), id: RequestId }),
  z.object({ type: z.literal('failed'), id: RequestId, message: z.string() }),
  z.object({ type: z.literal('log'), message: z.string() }),
]);
export type FromWorker = z.infer<typeof FromWorker>;
