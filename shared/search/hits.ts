import { z } from 'zod';
import { CategoryId, DocumentId, PostId, ServerId, SpaceId, ThreadId, UserId } from '../ids';

/**
 * What quick find asks the host and what it answers (the IPC contract's `search` namespace).
 * The host searches one server's spaces, documents (titles, and the full text of every
 * document stored on this device) and people, offline, in a worker. Later kinds (forum
 * threads and posts) join the union; the renderer shows each kind in its own group.
 */
export const SearchQuery = z.object({
  serverId: ServerId,
  /** As typed; case and diacritics are folded (ŵ finds w), Welsh initial mutations expanded. */
  text: z.string().max(200),
  /** Only within one space (a filter), when given. */
  spaceId: SpaceId.optional(),
  /** Only forum posts of one category, or by one author, when given (other kinds are then left out). */
  categoryId: CategoryId.optional(),
  authorId: UserId.optional(),
  limit: z.number().int().min(1).max(50).optional(),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

/** A stretch of text around a match, with the matched ranges as [start, end) offsets into `text`. */
export const Snippet = z.object({
  text: z.string().max(400),
  highlights: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).max(20),
});
export type Snippet = z.infer<typeof Snippet>;

export const SearchHit = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('space'),
    spaceId: SpaceId,
    name: z.string(),
    nameCy: z.string().nullable(),
    archived: z.boolean(),
  }),
  z.object({
    kind: z.literal('document'),
    documentId: DocumentId,
    spaceId: SpaceId,
    title: z.string(),
    /** Where the words were found: its title, or its text (then `snippet` shows where). */
    matchedIn: z.enum(['title', 'text']),
    snippet: Snippet.nullable(),
  }),
  /**
   * A forum post (the thread's title counts as its first post's title): where it is, for the
   * app to open the thread at that post.
   */
  z.object({
    kind: z.literal('post'),
    serverId: ServerId,
    spaceId: SpaceId,
    categoryId: CategoryId,
    threadId: ThreadId,
    postId: PostId,
    threadTitle: z.string(),
    authorId: UserId,
    matchedIn: z.enum(['title', 'text']),
    snippet: Snippet.nullable(),
  }),
  z.object({
    kind: z.literal('person'),
    userId: UserId,
    name: z.string(),
    initials: z.string(),
    color: z.string(),
    service: z.string(),
    region: z.string(),
  }),
]);
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResults = z.object({
  hits: z.array(SearchHit),
  /** The device's index is still catching up with stored documents (first start, or many changes). */
  indexing: z.boolean(),
});
export type SearchResults = z.infer<typeof SearchResults>;
