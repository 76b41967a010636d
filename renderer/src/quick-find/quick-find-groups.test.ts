import { describe, expect, it } from 'vitest';
import { DOCUMENT_LIBRARY_DEFAULTS, type DocumentMeta } from '../../../shared/api/schemas';
import type { SpaceSummary } from '../../../shared/api/spaces';
import type { SearchHit } from '../../../shared/search/hits';
import { quickFindGroups } from './quick-find-groups';

const space = {
  id: 'space_reading1',
  name: 'Reading Offer network',
  nameCy: 'Rhwydwaith y Cynnig Darllen',
} as SpaceSummary;
const document: DocumentMeta = {
  ...DOCUMENT_LIBRARY_DEFAULTS,
  recentEditors: [],
  id: 'dPlan12345',
  title: 'Summer Reading Challenge plan',
  spaceId: space.id,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  createdBy: 'user_alys1234',
};
const hits: SearchHit[] = [
  {
    kind: 'person',
    userId: 'user_sam12345',
    name: 'Sam Okafor',
    initials: 'SO',
    color: '#2e7d32',
    service: 'Leeds Libraries',
    region: '',
  },
  {
    kind: 'document',
    documentId: document.id,
    spaceId: space.id,
    title: document.title,
    matchedIn: 'text',
    snippet: { text: 'Volunteers meet', highlights: [[0, 10]] },
  },
  { kind: 'space', spaceId: space.id, name: space.name, nameCy: space.nameCy, archived: false },
  {
    kind: 'post',
    serverId: 'local',
    spaceId: space.id,
    categoryId: 'catOffers01',
    threadId: 'threadSummer1',
    postId: 'postAlys0001',
    threadTitle: 'Summer Reading Challenge',
    authorId: 'user_alys1234',
    matchedIn: 'text',
    snippet: { text: 'Bilingual reading lists helped', highlights: [[10, 17]] },
  },
];

describe('quick find’s groups', () => {
  it('offer recently viewed documents, with their space, when nothing is typed', () => {
    const groups = quickFindGroups({
      serverId: 'local',
      typed: false,
      link: null,
      hits,
      recent: [document],
      spaces: [space],
    });
    expect(groups.map((group) => group.id)).toEqual(['recent']);
    expect(groups[0]!.items[0]).toMatchObject({
      href: '/s/local/documents/dPlan12345',
      detail: 'Reading Offer network',
    });
  });

  it('put a pasted link first, then spaces, documents and people, each under its own key', () => {
    const groups = quickFindGroups({
      serverId: 'local',
      typed: true,
      link: 'https://x.example/d/dPlan12345',
      hits,
      recent: [],
      spaces: [space],
    });
    expect(groups.map((group) => group.id)).toEqual(['link', 'spaces', 'documents', 'posts', 'people']);
    const ids = groups.flatMap((group) => group.items.map((item) => item.id));
    expect(new Set([...ids, ...groups.map((group) => `group:${group.id}`)]).size).toBe(ids.length + groups.length);
    expect(groups[2]!.items[0]!.snippet?.highlights).toEqual([[0, 10]]);
    expect(groups[4]!.items[0]).toMatchObject({ detail: 'Leeds Libraries', avatar: { initials: 'SO' } });
  });

  it('name spaces in Welsh for a Welsh window, marked as Welsh', () => {
    const groups = quickFindGroups({
      serverId: 'local',
      typed: true,
      link: null,
      hits,
      recent: [],
      spaces: [space],
      locale: 'cy',
    });
    expect(groups[0]!.items[0]).toMatchObject({ title: 'Rhwydwaith y Cynnig Darllen', welsh: true });
    expect(groups[1]!.items[0]!.detail).toBe('Rhwydwaith y Cynnig Darllen');
  });

  it('offer forum posts by their thread’s title, with space and author, leading to the post with the words searched', () => {
    const groups = quickFindGroups({
      serverId: 'local',
      typed: true,
      text: 'reading list ',
      names: new Map([['user_alys1234', 'Alys Pritchard']]),
      link: null,
      hits,
      recent: [],
      spaces: [space],
    });
    const posts = groups.find((group) => group.id === 'posts')!;
    expect(posts.heading).toBe('findPosts.group');
    expect(posts.items).toEqual([
      {
        id: 'post:space_reading1.threadSummer1.postAlys0001',
        href: '/s/local/spaces/space_reading1/forum/t/threadSummer1?post=postAlys0001&find=reading%20list',
        text: 'Summer Reading Challenge: Reading Offer network · Alys Pritchard: Bilingual reading lists helped',
        kind: 'post',
        title: 'Summer Reading Challenge',
        detail: 'Reading Offer network · Alys Pritchard',
        snippet: { text: 'Bilingual reading lists helped', highlights: [[10, 17]] },
      },
    ]);
  });

  it('leave a post’s author out when their name is not known, and its space when it is not listed', () => {
    const groups = quickFindGroups({
      serverId: 'local',
      typed: true,
      text: 'reading',
      link: null,
      hits: hits.filter((hit) => hit.kind === 'post'),
      recent: [],
      spaces: [],
    });
    expect(groups.map((group) => group.id)).toEqual(['posts']);
    expect(groups[0]!.items[0]).toMatchObject({
      detail: null,
      text: 'Summer Reading Challenge: Bilingual reading lists helped',
    });
  });
});
