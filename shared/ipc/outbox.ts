import { z } from 'zod';
import { ChangeKey, DocumentId, PostId, ServerId, SpaceId, ThreadId, UserId } from '../ids';
import { DocumentLanguage, DocumentMeta, DocumentTitle, ErrorCode } from '../api/schemas';
import { ForumChangeAnswer } from '../api/forum';
import { DocumentLibraryChange } from './document-library-changes';
import { ForumOutboxChange } from './forum-changes';
import { CommentChangeAnswer } from '../api/comments';
import { CommentOutboxChange } from './comment-changes';
import { UploadImageChange } from './media-contract';

/**
 * The outbox: changes made on this device that wait for their server (offline, or it did not
 * answer). Each is on disk before it is first sent, is sent in the order made, with its own
 * key, and is delivered exactly once however often the network drops mid-request.
 */

export const OutboxChange = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('create-document'),
    spaceId: SpaceId,
    title: DocumentTitle,
    fromThread: ThreadId.optional(),
    posts: z.array(PostId).max(500).optional(),
    template: z.string().min(1).max(64).optional(),
    language: DocumentLanguage.optional(),
  }),
  z.object({ kind: z.literal('rename-document'), documentId: DocumentId, title: DocumentTitle }),
  DocumentLibraryChange,
  ...ForumOutboxChange.options,
  ...CommentOutboxChange.options,
  UploadImageChange,
]);
export type OutboxChange = z.infer<typeof OutboxChange>;

export const OutboxEntry = z.object({
  /** Also the change's Idempotency-Key. */
  id: ChangeKey,
  /** Who made it: it is only ever sent with that person's session. */
  userId: UserId,
  change: OutboxChange,
  queuedAt: z.string().datetime(),
  /** `waiting` to be sent (again); `refused` by the server, with its reason, until the person discards it. */
  state: z.enum(['waiting', 'refused']),
  refusal: ErrorCode.nullable(),
  attempts: z.number().int().nonnegative(),
  lastTriedAt: z.string().datetime().nullable(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

/** One server's outbox for the person signed in there, oldest first (sent with 'outbox:changed'). */
export const ServerOutbox = z.object({ serverId: ServerId, entries: z.array(OutboxEntry) });
export type ServerOutbox = z.infer<typeof ServerOutbox>;

/**
 * What became of a change made through the outbox, whatever its kind: the server made it
 * (`saved`, with what it made), or it waits in the outbox (`queued`, as it is stored there).
 */
export type ChangeResult<Made> = { status: 'saved'; made: Made } | { status: 'queued'; entry: OutboxEntry };

export function changeResult<Made extends z.ZodType>(made: Made) {
  return z.discriminatedUnion('status', [
    z.object({ status: z.literal('saved'), made }),
    z.object({ status: z.literal('queued'), entry: OutboxEntry }),
  ]);
}

export const DocumentChangeResult = changeResult(DocumentMeta);
export type DocumentChangeResult = z.infer<typeof DocumentChangeResult>;

export const ForumChangeResult = changeResult(ForumChangeAnswer);
export type ForumChangeResult = z.infer<typeof ForumChangeResult>;

export const CommentChangeResult = changeResult(CommentChangeAnswer);
export type CommentChangeResult = z.infer<typeof CommentChangeResult>;
