import type { DocumentMeta } from '../../../shared/api/schemas';
import type { SpaceSummary } from '../../../shared/api/spaces';
import type { SearchHit, Snippet } from '../../../shared/search/hits';
import { paths } from '../app/paths';
import type { MessageKey } from '../i18n/en';

/** One thing quick find offers: where it leads, what it is called, and what to show of it. */
export type FoundItem = {
  id: string;
  /** Where it leads; null for a pasted link, which is opened by `paths.open` when chosen. */
  href: string | null;
  /** What a screen reader reads for it, and what typing ahead matches. */
  text: string;
  kind: 'link' | 'space' | 'document' | 'post' | 'person';
  title: string;
  /** The space a document is in (for a post: its space and author), or a person's service. */
  detail: string | null;
  snippet: Snippet | null;
  /** For people: their avatar. */
  avatar?: { initials: string; color: string };
  /** A Welsh space name shows with lang="cy". */
  welsh?: boolean;
};

export type FoundGroup = { id: string; heading: MessageKey; items: FoundItem[] };

/**
 * Quick find's answer as groups: a pasted link first, then spaces, documents, forum posts and
 * people; with nothing typed, the documents opened lately. Pure, so it is tested without a window.
 */
export function quickFindGroups(input: {
  serverId: string;
  typed: boolean;
  /** What was typed: a post's link carries it, so the thread marks those words in the post. */
  text?: string;
  /** Names of the people one shares a space with, for a post's author. */
  names?: ReadonlyMap<string, string>;
  link: string | null;
  hits: readonly SearchHit[];
  recent: readonly DocumentMeta[];
  spaces: readonly SpaceSummary[];
  locale?: 'en' | 'cy';
}): FoundGroup[] {
  const { serverId } = input;
  const spaceLabel = (spaceId: string) => {
    const space = input.spaces.find((candidate) => candidate.id === spaceId);
    if (!space) return null;
    return input.locale === 'cy' && space.nameCy ? space.nameCy : space.name;
  };
  const groups: FoundGroup[] = [];
  const add = (id: string, heading: MessageKey, items: FoundItem[]) =>
    items.length > 0 && groups.push({ id, heading, items });

  if (!input.typed) {
    add(
      'recent',
      'find.recent',
      input.recent.slice(0, 8).map((document) => ({
        id: `recent:${document.id}`,
        href: paths.document(serverId, document.id),
        text: document.title,
        kind: 'document',
        title: document.title,
        detail: spaceLabel(document.spaceId),
        snippet: null,
      })),
    );
    return groups;
  }

  if (input.link) {
    add('link', 'find.linkGroup', [
      {
        id: 'link',
        href: null,
        text: input.link,
        kind: 'link',
        title: input.link,
        detail: null,
        snippet: null,
      },
    ]);
  }
  const of = <K extends SearchHit['kind']>(kind: K) =>
    input.hits.filter((hit): hit is Extract<SearchHit, { kind: K }> => hit.kind === kind);
  add(
    'spaces',
    'find.spaces',
    of('space').map((hit) => {
      const welsh = input.locale === 'cy' && Boolean(hit.nameCy);
      const name = welsh ? hit.nameCy! : hit.name;
      return {
        id: `space:${hit.spaceId}`,
        href: paths.space(serverId, hit.spaceId),
        text: name,
        kind: 'space',
        title: name,
        detail: null,
        snippet: null,
        welsh,
      };
    }),
  );
  add(
    'documents',
    'find.documents',
    of('document').map((hit) => ({
      id: `document:${hit.documentId}`,
      href: paths.document(serverId, hit.documentId),
      text: hit.snippet ? `${hit.title}: ${hit.snippet.text}` : hit.title,
      kind: 'document',
      title: hit.title,
      detail: spaceLabel(hit.spaceId),
      snippet: hit.snippet,
    })),
  );
  add(
    'posts',
    'findPosts.group',
    of('post').map((hit) => postItem(hit, serverId, input.text, spaceLabel, input.names)),
  );
  add(
    'people',
    'find.people',
    of('person').map((hit) => ({
      id: `person:${hit.userId}`,
      href: paths.person(serverId, hit.userId),
      text: hit.name,
      kind: 'person',
      title: hit.name,
      detail: [hit.service, hit.region].filter(Boolean).join(', ') || null,
      snippet: null,
      avatar: { initials: hit.initials, color: hit.color },
    })),
  );
  return groups;
}

/** A forum post found: its thread's title, where it is and who wrote it, and the words around the match. */
export function postItem(
  hit: Extract<SearchHit, { kind: 'post' }>,
  serverId: string,
  text: string | undefined,
  spaceLabel: (spaceId: string) => string | null,
  names?: ReadonlyMap<string, string>,
): FoundItem {
  const find = text?.trim() || undefined;
  const detail = [spaceLabel(hit.spaceId), names?.get(hit.authorId)].filter(Boolean).join(' · ') || null;
  return {
    id: `post:${hit.spaceId}.${hit.threadId}.${hit.postId}`,
    href: paths.forumThread(serverId, hit.spaceId, hit.threadId, hit.postId, find),
    text: [hit.threadTitle, detail, hit.snippet?.text].filter(Boolean).join(': '),
    kind: 'post',
    title: hit.threadTitle,
    detail,
    snippet: hit.snippet,
  };
}
