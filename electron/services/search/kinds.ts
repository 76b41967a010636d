import { createHash } from 'node:crypto';
import { z } from 'zod';
import { DocumentMeta } from '../../../shared/api/schemas';
import { Person } from '../../../shared/api/people';
import { SpaceSummary } from '../../../shared/api/spaces';
import { searchTerms } from '../../../shared/search/fold';
import type { SearchHit } from '../../../shared/search/hits';
import { termMatches, type QueryPlan } from '../../../shared/search/query';
import { makeSnippet } from '../../../shared/search/snippet';
import type { StoredThread } from './thread-text';

/**
 * What one server's index is built from, as the device's cache holds it: the spaces the
 * person can see, every document in them (titles), the people they share a space with.
 * Document text comes from the room logs. The cache is the truth for what may be shown:
 * whatever leaves it leaves the results.
 */
export const Catalog = z.object({
  spaces: z.array(SpaceSummary),
  documents: z.array(DocumentMeta),
  people: z.array(Person),
});
export type Catalog = z.infer<typeof Catalog>;

/** A document's text as the index holds it: blocks in order, and a revision that changes with them. */
export type DocumentText = { blocks: readonly string[]; revision: number };

export type ShowContext = {
  plan: QueryPlan;
  /** The blocks folded (kept while the blocks are, so snippets do not fold a long document at every keystroke). */
  foldedBlocks(blocks: readonly string[]): readonly string[];
};

/** One thing the index can find: what is indexed (title weighed over text), where it belongs, how it is shown. */
export type Item = {
  key: string;
  kind: SearchHit['kind'];
  title: string;
  /** Built only when the item is indexed (a document's whole text is long). */
  text(): string;
  /** Changes whenever what is indexed changes, so an unchanged item is not indexed again. */
  signature: string;
  /** The spaces it belongs to, for a search within one space. */
  spaceIds: readonly string[];
  /** A forum post's category and author, for a search within one category or by one author. */
  categoryId?: string;
  authorId?: string;
  show(context: ShowContext): SearchHit;
};

type Sources = {
  serverId: string;
  catalog: Catalog;
  text(documentId: string): DocumentText | undefined;
  /** The thread rooms stored on this device, as read for the index. */
  threads(): Iterable<StoredThread>;
};

const signature = (...parts: unknown[]) => JSON.stringify(parts);

/** Every word of the plan is in this title. */
function inTitle(title: string, plan: QueryPlan): boolean {
  const terms = searchTerms(title);
  return plan.words.every((word) => terms.some((term) => termMatches(term, word)));
}

/**
 * The one place that says how each kind is indexed and shown. A new kind (forum threads and
 * posts) adds its source to `Catalog`, its hit to `SearchHit`, and an entry here.
 */
const kinds: Record<SearchHit['kind'], (sources: Sources) => Item[]> = {
  space: ({ catalog }) =>
    catalog.spaces.map((space) => {
      const title = [space.name, space.nameCy].filter(Boolean).join('\n');
      const text = [space.description, space.descriptionCy].filter(Boolean).join('\n');
      return {
        key: `space:${space.id}`,
        kind: 'space',
        title,
        text: () => text,
        signature: signature(title, text),
        spaceIds: [space.id],
        show: () => ({
          kind: 'space',
          spaceId: space.id,
          name: space.name,
          nameCy: space.nameCy,
          archived: space.archived,
        }),
      };
    }),

  // Only documents of spaces the person can still see.
  document: ({ catalog, text }) => {
    const visible = new Set(catalog.spaces.map((space) => space.id));
    return catalog.documents
      .filter((document) => visible.has(document.spaceId))
      .map((document) => {
        const stored = text(document.id);
        const blocks = stored?.blocks ?? [];
        return {
          key: `document:${document.id}`,
          kind: 'document',
          title: document.title,
          text: () => blocks.join('\n'),
          signature: signature(document.title, stored?.revision ?? 0),
          spaceIds: [document.spaceId],
          show: ({ plan, foldedBlocks }) => {
            const snippet = inTitle(document.title, plan) ? null : makeSnippet(blocks, plan, foldedBlocks(blocks));
            return {
              kind: 'document',
              documentId: document.id,
              spaceId: document.spaceId,
              title: document.title,
              matchedIn: snippet ? 'text' : 'title',
              snippet,
            };
          },
        };
      });
  },

  // Posts of threads in spaces the person can still see; a thread's title is its first post's.
  post: ({ serverId, catalog, threads }) => {
    const visible = new Set(catalog.spaces.map((space) => space.id));
    const items: Item[] = [];
    for (const thread of threads()) if (visible.has(thread.spaceId)) items.push(...threadItems(serverId, thread));
    return items;
  },

  person: ({ catalog }) =>
    catalog.people.map(({ user, spaces }) => {
      const text = [user.service, user.region].filter(Boolean).join('\n');
      return {
        key: `person:${user.id}`,
        kind: 'person',
        title: user.name,
        text: () => text,
        signature: signature(user.name, text),
        spaceIds: spaces.map((shared) => shared.spaceId),
        show: () => ({
          kind: 'person',
          userId: user.id,
          name: user.name,
          initials: user.initials,
          color: user.color,
          service: user.service,
          region: user.region,
        }),
      };
    }),
};

/** The key of a post's item; every post of a thread starts with `postKeyPrefix`. */
export const postKeyPrefix = (spaceId: string, threadId: string) => `post:${spaceId}.${threadId}.`;

/** The items of one thread: one per post that has a body. */
export function threadItems(serverId: string, thread: StoredThread): Item[] {
  return thread.posts.map((post, index) => {
    // The thread's title is found through its first post (not repeated on every reply).
    const title = index === 0 ? thread.title : '';
    const text = post.blocks.join('\n');
    return {
      key: postKeyPrefix(thread.spaceId, thread.threadId) + post.id,
      kind: 'post',
      title,
      text: () => text,
      // A digest, not the text itself: the engine keeps signatures in the saved index.
      signature: createHash('sha256')
        .update(signature(title, text, thread.categoryId, post.authorId))
        .digest('base64url')
        .slice(0, 22),
      spaceIds: [thread.spaceId],
      categoryId: thread.categoryId,
      authorId: post.authorId,
      show: ({ plan, foldedBlocks }) => {
        const snippet =
          title !== '' && inTitle(title, plan) ? null : makeSnippet(post.blocks, plan, foldedBlocks(post.blocks));
        return {
          kind: 'post',
          serverId,
          spaceId: thread.spaceId,
          categoryId: thread.categoryId,
          threadId: thread.threadId,
          postId: post.id,
          threadTitle: thread.title,
          authorId: post.authorId,
          matchedIn: snippet ? 'text' : 'title',
          snippet,
        };
      },
    };
  });
}

/** Every item of a server's catalog, by key. */
export function catalogItems(sources: Sources): Map<string, Item> {
  const items = new Map<string, Item>();
  for (const make of Object.values(kinds)) for (const item of make(sources)) items.set(item.key, item);
  return items;
}

/** The document id of a document item's key, or null for other kinds. */
export function documentIdOf(key: string): string | null {
  return key.startsWith('document:') ? key.slice('document:'.length) : null;
}
