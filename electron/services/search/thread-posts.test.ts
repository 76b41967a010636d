import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { threadRoom } from '../../../shared/rooms';
import { createRoomLogs } from '../local-store/room-logs';
import { createStoreHealth } from '../local-store/store-health';
import { after } from '../testing/host';
import { tempFolders } from '../testing/temp-folders';
import type { Catalog } from './kinds';
import { ServerIndex } from './server-index';
import { space } from './testing/documents';
import { threadDoc, writePost } from './testing/threads';

const serverId = 'server-test';
const committee = space('space_committee1', 'South West committee');
const network = space('space_network01', 'Offer network');
const catalog: Catalog = { spaces: [committee, network], documents: [], people: [] };
const threadId = 'thread_offers01';

const tempDir = tempFolders('search-threads');
let root: string;
let logs: ReturnType<typeof createRoomLogs>;
let opened: ServerIndex[];

function openIndex(): ServerIndex {
  const index = new ServerIndex({ serverId, root, log: () => undefined, settleMs: 30, saveAfterMs: 20 });
  opened.push(index);
  return index;
}

/** Stores an update for the thread room as the host does (the log, then the search worker is told). */
async function store(index: ServerIndex | null, update: Uint8Array, spaceId = committee.id): Promise<void> {
  logs.append(serverId, threadRoom(spaceId, threadId), update);
  await logs.flush();
  index?.threadRoomChanged(spaceId, threadId, update);
}

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; !(await check()); waited += 10) {
    if (waited > 5_000) throw new Error('timed out');
    await after(10);
  }
}

const find = async (index: ServerIndex, text: string, filters: Record<string, string> = {}) =>
  (await index.query({ serverId, text, ...filters })).hits;

beforeEach(async () => {
  root = await tempDir();
  logs = createRoomLogs({ root, health: createStoreHealth({ announce: () => undefined, log: () => undefined }) });
  opened = [];
});

afterEach(async () => {
  await Promise.all(opened.map((index) => index.close()));
  await logs.close();
});

describe('forum posts in quick find', () => {
  it('finds a thread by its title and a post by its words, with where to open it, filtered by space, category and author', async () => {
    const index = openIndex();
    await index.setCatalog(catalog);
    const doc = threadDoc({ categoryId: 'cat_offers01', title: 'Universal Offers reading list', authorId: 'user_ann' });
    const first = Y.encodeStateAsUpdate(doc);
    await store(
      index,
      Y.mergeUpdates([
        first,
        writePost(doc, 'post_first01', {
          seq: 1,
          authorId: 'user_ann',
          text: 'Which titles for the summer challenge?',
        }),
      ]),
    );
    await store(
      index,
      writePost(doc, 'post_reply01', { seq: 2, authorId: 'user_bea', text: 'Dyslexia friendly editions please.' }),
    );
    await until(async () => (await find(index, 'dyslexia')).length === 1);

    expect(await find(index, 'dyslexia')).toEqual([
      {
        kind: 'post',
        serverId,
        spaceId: committee.id,
        categoryId: 'cat_offers01',
        threadId,
        postId: 'post_reply01',
        threadTitle: 'Universal Offers reading list',
        authorId: 'user_bea',
        matchedIn: 'text',
        snippet: { text: 'Dyslexia friendly editions please.', highlights: [[0, 8]] },
      },
    ]);
    // The title is found through the first post only.
    expect(await find(index, 'universal offers')).toMatchObject([
      { postId: 'post_first01', matchedIn: 'title', snippet: null },
    ]);
    // Filters.
    expect(await find(index, 'dyslexia', { spaceId: network.id })).toEqual([]);
    expect(await find(index, 'dyslexia', { categoryId: 'cat_other01' })).toEqual([]);
    expect(await find(index, 'dyslexia', { categoryId: 'cat_offers01', authorId: 'user_bea' })).toHaveLength(1);
    expect(await find(index, 'dyslexia', { authorId: 'user_ann' })).toEqual([]);

    // A deleted post leaves; an edit is found by its new words.
    await store(index, writePost(doc, 'post_reply01', { seq: 2, authorId: 'user_bea', text: null, deleted: true }));
    await store(
      index,
      writePost(doc, 'post_first01', { seq: 1, authorId: 'user_ann', text: 'Which audiobooks for the summer?' }),
    );
    await until(async () => (await find(index, 'audiobooks')).length === 1);
    expect(await find(index, 'dyslexia')).toEqual([]);
    expect(await find(index, 'challenge')).toEqual([]);
  });

  it('indexes every thread of a burst (many rooms synced at once), though it keeps only a few rooms open', async () => {
    const index = openIndex();
    await index.setCatalog(catalog);
    const threads = Array.from({ length: 12 }, (_, n) => `thread_burst${String(n).padStart(2, '0')}`);
    for (const [n, id] of threads.entries()) {
      const doc = threadDoc({ categoryId: 'cat_offers01', title: `Burst thread ${n}`, authorId: 'user_ann' });
      const update = Y.mergeUpdates([
        Y.encodeStateAsUpdate(doc),
        writePost(doc, `post_burst${String(n).padStart(2, '0')}`, {
          seq: 1,
          authorId: 'user_ann',
          text: `marigold${n}`,
        }),
      ]);
      logs.append(serverId, threadRoom(committee.id, id), update);
      index.threadRoomChanged(committee.id, id, update);
    }
    await logs.flush();
    // Each thread's word is found: none was evicted while it was being read.
    await until(async () => (await find(index, 'marigold')).length === threads.length);
    const found = new Set((await find(index, 'marigold')).map((hit) => (hit.kind === 'post' ? hit.threadId : '')));
    expect([...found].sort()).toEqual(threads);
  });

  it('finds posts offline after a restart, from the saved index, and reads again a thread whose log grew meanwhile', async () => {
    const doc = threadDoc({ categoryId: 'cat_offers01', title: 'Volunteer recruitment', authorId: 'user_ann' });
    const first = openIndex();
    await first.setCatalog(catalog);
    await store(
      first,
      Y.mergeUpdates([
        Y.encodeStateAsUpdate(doc),
        writePost(doc, 'post_first01', { seq: 1, authorId: 'user_ann', text: 'Posters in every branch.' }),
      ]),
    );
    await until(async () => (await find(first, 'posters')).length === 1);
    await first.close();

    // While the index was closed, the store received one more post (the worker had not heard of it).
    await store(
      null,
      writePost(doc, 'post_reply01', { seq: 2, authorId: 'user_bea', text: 'Leaflets at the library desk.' }),
    );

    const again = openIndex();
    await again.setCatalog(catalog);
    expect(await find(again, 'posters')).toHaveLength(1);
    await until(async () => (await find(again, 'leaflets')).length === 1);

    // A space that leaves the cache takes its threads with it.
    await again.setCatalog({ ...catalog, spaces: [network] });
    expect(await find(again, 'posters')).toEqual([]);
  });
});
