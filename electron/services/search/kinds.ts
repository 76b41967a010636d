import { z } from 'zod';
import { DocumentMeta } from '../../../shared/api/schemas';
import { Person } from '../../../shared/api/people';
import { SpaceSummary } from '../../../shared/api/spaces';
import { searchTerms } from '../../../shared/search/fold';
import type { SearchHit } from '../../../shared/search/hits';
import { termMatches, type QueryPlan } from '../../../shared/search/query';
import { makeSnippet } from '../../../shared/search/snippet';

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
  show(context: ShowContext): SearchHit;
};

type Sources = { catalog: Catalog; text(documentId: string): DocumentText | undefined };

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
