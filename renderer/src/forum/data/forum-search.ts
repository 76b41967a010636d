import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SearchHit } from '../../../../shared/search/hits';
import { failureCode, host } from '../../data/host';

export type PostHit = Extract<SearchHit, { kind: 'post' }>;

export type ForumSearch = { text: string; spaceId: string; categoryId: string | null; authorId: string | null };

/** At most this many posts per search (the host's limit). */
export const FORUM_SEARCH_LIMIT = 50;

/**
 * The posts of one space's forum that match what is typed, with the category and author
 * filters, from the device's index (so offline it searches what is stored). The last answer
 * stays on screen while the next comes, as quick find's does.
 */
export function useForumSearch(serverId: string, search: ForumSearch) {
  const text = search.text.trim();
  const query = useQuery({
    queryKey: ['forum-search', serverId, search.spaceId, text, search.categoryId, search.authorId],
    queryFn: async () => {
      const answer = await host().search.query({
        serverId,
        text,
        spaceId: search.spaceId,
        ...(search.categoryId ? { categoryId: search.categoryId } : {}),
        ...(search.authorId ? { authorId: search.authorId } : {}),
        limit: FORUM_SEARCH_LIMIT,
      });
      const hits = answer.hits.filter((hit): hit is PostHit => hit.kind === 'post' && hit.spaceId === search.spaceId);
      return { hits, indexing: answer.indexing };
    },
    enabled: text !== '',
    placeholderData: keepPreviousData,
  });
  return { ...query, failure: failureCode(query.error) };
}
