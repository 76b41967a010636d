import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ApiRoutes } from '../../shared/api/schemas';
import { readThread } from '../../shared/forum/forum-rooms';
import { readThreadDocuments } from '../../shared/forum/thread-documents';
import { documentRoom, threadRoom } from '../../shared/rooms';
import { readRoom } from '../forum/person-room';
import { categoryRequest, forumAs, newId, newKey, replyRequest, threadRequest } from '../forum/forum-testing';
import { buildCast, type Cast, type CastMember } from '../testing/cast';
import { readDocumentContent } from '../testing/document-text';
import { startTempServer } from '../testing/temp-server';

/** A discussion turned into a document: the thread's shown posts start it, and nothing hidden reaches it. */
let context: Awaited<ReturnType<typeof startTempServer>>;
let cast: Cast;
let threadId: string;
const as = (who: CastMember) => forumAs(context.server.url, cast.tokens[who]);

beforeAll(async () => {
  context = await startTempServer();
  cast = await buildCast(context.server);
  const category = categoryRequest();
  await as('moderator')('POST', ApiRoutes.forumCategories(cast.spaceId), category, newKey());
  const thread = threadRequest(category.categoryId, 'Reading buddies worked in four branches.');
  threadId = thread.threadId;
  expect((await as('member')('POST', ApiRoutes.forumThreads(cast.spaceId), thread, newKey())).status).toBe(201);
  const hidden = replyRequest('A child’s full name, hidden by a moderator.', thread.postId);
  await as('moderator')('POST', ApiRoutes.forumPosts(cast.spaceId, threadId), hidden, newKey());
  await as('moderator')(
    'PUT',
    ApiRoutes.forumPostHidden(cast.spaceId, threadId, hidden.postId),
    { hidden: true, reason: 'Names a child.' },
    newKey(),
  );
  const listed = replyRequest('placeholder', thread.postId);
  listed.body.root.children = [
    {
      type: 'list',
      listType: 'bullet',
      start: 1,
      tag: 'ul',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: ['Bilingual reading lists', 'Holiday food sessions'].map((text, index) => ({
        type: 'listitem',
        value: index + 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        children: [{ type: 'text', text, format: 1, detail: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  ] as never;
  expect((await as('admin')('POST', ApiRoutes.forumPosts(cast.spaceId, threadId), listed, newKey())).status).toBe(201);
}, 60_000);
afterAll(() => context.cleanup());

describe('a document from a thread', () => {
  it('starts with each shown post under its author, its lists kept, and nothing hidden', async () => {
    const answer = await as('member')(
      'POST',
      ApiRoutes.spaceDocuments(cast.spaceId),
      { title: 'Reaching children: what worked', fromThread: threadId },
      newKey(),
    );
    expect(answer.status).toBe(201);
    const documentId = (answer.body as { document: { id: string } }).document.id;
    const room = await context.server.rooms.get(documentRoom(documentId));
    const { text, types } = readDocumentContent(Y.encodeStateAsUpdate(room.doc));
    expect(text).toContain('Reading buddies worked in four branches.');
    expect(text).toContain('Bilingual reading lists');
    expect(text).not.toContain('full name');
    expect(types).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'list:bullet']);
    expect(text).toContain('From the discussion');
  });

  it('quotes only the chosen posts, and the thread lists the document made from it', async () => {
    const thread = await readRoom(context.server.rooms, threadRoom(cast.spaceId, threadId), readThread);
    const first = thread.posts[0]!.id;
    const answer = await as('member')(
      'POST',
      ApiRoutes.spaceDocuments(cast.spaceId),
      { title: 'Only the first post', fromThread: threadId, posts: [first] },
      newKey(),
    );
    expect(answer.status).toBe(201);
    const documentId = (answer.body as { document: { id: string } }).document.id;
    const room = await context.server.rooms.get(documentRoom(documentId));
    const { text } = readDocumentContent(Y.encodeStateAsUpdate(room.doc));
    expect(text).toContain('Reading buddies worked in four branches.');
    expect(text).not.toContain('Bilingual reading lists');
    const made = await readRoom(context.server.rooms, threadRoom(cast.spaceId, threadId), readThreadDocuments);
    expect(made.map((document) => document.title)).toContain('Only the first post');
  });

  it('refuses a thread that is not there, and anyone who may not write documents, before reading it', async () => {
    const unknown = await as('member')(
      'POST',
      ApiRoutes.spaceDocuments(cast.spaceId),
      { title: 'Nothing', fromThread: newId('thr_') },
      newKey(),
    );
    expect(unknown.status).toBe(404);
    const observer = await as('observer')(
      'POST',
      ApiRoutes.spaceDocuments(cast.spaceId),
      { title: 'Not mine to make', fromThread: threadId },
      newKey(),
    );
    expect(observer.status).toBe(403);
    const outsider = await as('outsider')(
      'POST',
      ApiRoutes.spaceDocuments(cast.spaceId),
      { title: 'Not mine to make', fromThread: threadId },
      newKey(),
    );
    expect([403, 404]).toContain(outsider.status);
  });
});
