import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiRoutes } from '../../shared/api/routes';
import { CATEGORY_TYPES, readPerson, readThread, THREAD_TYPES } from '../../shared/forum/forum-rooms';
import { categoryRoom, personRoom, threadRoom } from '../../shared/rooms';
import { apiAs, buildCast, type Cast, type CastMember } from '../testing/cast';
import { waitFor } from '../testing/clients';
import { connectRoom, type RoomClient } from '../testing/room-clients';
import { startTempServer } from '../testing/temp-server';
import type { HiddenEvent } from './forum-events';
import { bodyMentioning, personState, postedEvent, seedThread, seedWatcher, type SeededThread } from './person-testing';

/**
 * Notifications in people's own rooms, from the forum's events on a real server, read by real
 * sockets. Posts are reported through the server's ForumEvents (the forum core that emits them
 * is built alongside); the thread's rooms are written in the forum's shapes.
 */
describe('forum notifications', () => {
  let context: Awaited<ReturnType<typeof startTempServer>>;
  let cast: Cast;
  let thread: SeededThread;
  let logged: string[];
  const open: RoomClient[] = [];
  const id = (who: CastMember) => cast.userIds[who];
  const inbox = async (who: CastMember) => {
    const client = await connectRoom(context.server.url, personRoom(id(who)), cast.tokens[who]);
    open.push(client);
    return client;
  };
  const notes = (client: RoomClient) => readPerson(client.doc).notifications;
  /** What the server holds for `who` now, once the writes under way have had a moment. */
  const heldFor = async (who: CastMember) => {
    await new Promise((resolve) => setTimeout(resolve, 150));
    return (await personState(context.server, id(who))).notifications;
  };
  const post = (postId: string, seq: number, author: CastMember, text: string, mentioned: CastMember[] = []) =>
    postedEvent(
      thread,
      { postId, seq, authorId: id(author), body: bodyMentioning(text, mentioned.map(id)) },
      'Universal Offers',
    );

  beforeEach(async () => {
    logged = [];
    context = await startTempServer({ log: (message) => logged.push(message) });
    cast = await buildCast(context.server);
    thread = {
      spaceId: cast.spaceId,
      categoryId: 'catGeneral',
      threadId: 'threadOne01',
      authorId: id('admin'),
      lastSeq: 1,
    };
    await seedThread(context.server, thread, 'Universal Offers');
  }, 60_000);
  afterEach(async () => {
    for (const client of open.splice(0)) client.close();
    await context.cleanup();
  });

  it('tells those mentioned who may view the space, once each, never the author', async () => {
    const member = await inbox('member');
    const observer = await inbox('observer');
    const event = post('postMention1', 2, 'moderator', 'Could you two look at this?', [
      'member',
      'observer',
      'member',
      'moderator',
      'outsider',
      'removed',
    ]);
    const heard = member.received.length;
    context.server.forumEvents.emitPosted(event);
    await waitFor(() => notes(member).length === 1 && notes(observer).length === 1, 'both mentions');
    // One write to each recipient's room.
    expect(member.received.length).toBe(heard + 1);
    expect(notes(member)[0]).toMatchObject({
      kind: 'mention',
      spaceId: cast.spaceId,
      threadId: 'threadOne01',
      postId: 'postMention1',
      by: id('moderator'),
      at: event.post.createdAt,
      threadTitle: 'Universal Offers',
      read: false,
    });
    const excerpt = notes(member)[0]!.excerpt;
    expect(excerpt.startsWith(`Could you two look at this? @${id('member')} @${id('observer')}`)).toBe(true);
    expect(Array.from(excerpt).length).toBeLessThanOrEqual(140);
    for (const who of ['moderator', 'outsider', 'removed'] as const)
      expect([who, await heldFor(who)]).toEqual([who, []]);

    // The same post reported again (a replay) tells nobody twice, and what was read stays read.
    const [first] = notes(member);
    expect(
      (
        await apiAs(context.server.url, cast.tokens.member)('POST', ApiRoutes.forumNotificationsRead, {
          ids: [first!.id],
        })
      ).status,
    ).toBe(204);
    await waitFor(() => notes(member)[0]?.read === true, 'the mention read');
    context.server.forumEvents.emitPosted(event);
    expect(await heldFor('member')).toEqual([{ ...first, read: true }]);
    expect(await heldFor('observer')).toHaveLength(1);
  });

  it('tells the author of the post replied to, a mention beating the reply, and nobody who muted the thread', async () => {
    const member = await inbox('member');
    context.server.forumEvents.emitPosted({
      ...post('postReply001', 2, 'moderator', 'I agree'),
      replyToAuthorId: id('member'),
    });
    await waitFor(() => notes(member).length === 1, 'the reply');
    expect(notes(member)[0]).toMatchObject({ kind: 'reply', postId: 'postReply001', excerpt: 'I agree' });

    context.server.forumEvents.emitPosted({
      ...post('postReply002', 3, 'moderator', 'And you,', ['member']),
      replyToAuthorId: id('member'),
    });
    await waitFor(() => notes(member).length === 2, 'the mention');
    expect(notes(member).map((note) => [note.postId, note.kind])).toEqual(
      expect.arrayContaining([
        ['postReply001', 'reply'],
        ['postReply002', 'mention'],
      ]),
    );

    expect(
      (
        await apiAs(context.server.url, cast.tokens.observer)(
          'PUT',
          ApiRoutes.forumThreadWatch(cast.spaceId, 'threadOne01'),
          {
            level: 'mute',
          },
        )
      ).status,
    ).toBe(204);
    context.server.forumEvents.emitPosted({
      ...post('postReply003', 4, 'moderator', 'Observer?', ['observer']),
      replyToAuthorId: id('observer'),
    });
    expect(await heldFor('observer')).toEqual([]);
  });

  it('tells watchers of the thread of every post, and watchers of the category of new threads only', async () => {
    await seedWatcher(
      context.server,
      threadRoom(cast.spaceId, 'threadOne01'),
      THREAD_TYPES.watchers,
      id('member'),
      'watch',
    );
    await seedWatcher(
      context.server,
      categoryRoom(cast.spaceId, 'catGeneral'),
      CATEGORY_TYPES.watchers,
      id('observer'),
      'watch',
    );
    const member = await inbox('member');
    const observer = await inbox('observer');

    context.server.forumEvents.emitPosted(post('postWatch001', 2, 'moderator', 'A reply in a watched thread'));
    await waitFor(() => notes(member).length === 1, 'the watched thread’s post');
    expect(notes(member)[0]).toMatchObject({ kind: 'watched', postId: 'postWatch001' });
    expect(await heldFor('observer')).toEqual([]);

    // A new thread in the watched category.
    const second = { ...thread, threadId: 'threadTwo01' };
    await seedThread(context.server, second, 'Volunteer recruitment');
    context.server.forumEvents.emitPosted(
      postedEvent(
        second,
        { postId: 'postFirst01', seq: 1, authorId: id('moderator'), body: bodyMentioning('New thread') },
        'Volunteer recruitment',
      ),
    );
    await waitFor(() => notes(observer).length === 1, 'the new thread');
    expect(notes(observer)[0]).toMatchObject({
      kind: 'watched',
      threadId: 'threadTwo01',
      threadTitle: 'Volunteer recruitment',
    });
    expect(notes(member)).toHaveLength(1);
  });

  it('has the author of a thread and of a reply watch it, unless they chose otherwise, and read it to their own post', async () => {
    const threadReader = await connectRoom(
      context.server.url,
      threadRoom(cast.spaceId, 'threadOne01'),
      cast.tokens.observer,
    );
    open.push(threadReader);
    const moderatorRoom = await inbox('moderator');
    const watchers = () => readThread(threadReader.doc).watchers;
    const api = (who: CastMember) => apiAs(context.server.url, cast.tokens[who]);
    expect(
      (await api('member')('PUT', ApiRoutes.forumThreadWatch(cast.spaceId, 'threadOne01'), { level: 'normal' })).status,
    ).toBe(204);

    context.server.forumEvents.emitPosted(post('postFirst01', 1, 'admin', 'Opening the thread'));
    context.server.forumEvents.emitPosted(post('postReply001', 2, 'moderator', 'A reply'));
    context.server.forumEvents.emitPosted(post('postReply002', 3, 'member', 'Another reply'));
    await waitFor(
      () => watchers().get(id('admin')) === 'watch' && watchers().get(id('moderator')) === 'watch',
      'the authors watching',
    );
    await waitFor(
      () => readPerson(moderatorRoom.doc).watching.get('thread:threadOne01') === 'watch',
      'in their own room',
    );
    expect(watchers().get(id('member'))).toBe('normal');

    // Watching, the thread's author hears of the next post; the member who chose 'normal' does not.
    context.server.forumEvents.emitPosted(post('postReply003', 4, 'moderator', 'A third reply'));
    const adminRoom = await inbox('admin');
    await waitFor(() => notes(adminRoom).some((note) => note.postId === 'postReply003'), 'the author told of a reply');
    expect((await heldFor('member')).map((note) => note.postId)).toEqual([]);
    expect((await heldFor('admin')).map((note) => [note.postId, note.kind])).toEqual(
      expect.arrayContaining([
        ['postReply001', 'watched'],
        ['postReply002', 'watched'],
        ['postReply003', 'watched'],
      ]),
    );
    await waitFor(
      () => readPerson(moderatorRoom.doc).read.get('threadOne01')?.seq === 4,
      'the author read to their own post',
    );
  });

  it('tells an author their post was hidden, with the reason, once', async () => {
    const member = await inbox('member');
    const hidden: HiddenEvent = {
      spaceId: cast.spaceId,
      threadId: 'threadOne01',
      threadTitle: 'Universal Offers',
      postId: 'postHidden01',
      authorId: id('member'),
      reason: 'Personal details of a library user',
      by: id('moderator'),
      at: new Date().toISOString(),
    };
    context.server.forumEvents.emitHidden(hidden);
    context.server.forumEvents.emitHidden(hidden);
    await waitFor(() => notes(member).length === 1, 'the hidden notification');
    expect(notes(member)[0]).toMatchObject({
      kind: 'hidden',
      by: id('moderator'),
      excerpt: 'Personal details of a library user',
      read: false,
    });
    expect(await heldFor('member')).toHaveLength(1);
    // Hidden again later (after being shown again): told again.
    context.server.forumEvents.emitHidden({ ...hidden, at: new Date(Date.now() + 1000).toISOString() });
    await waitFor(() => notes(member).length === 2, 'the second hide');
  });

  it('marks one’s own notifications read, named or all, and nobody else’s', async () => {
    const member = await inbox('member');
    const observer = await inbox('observer');
    for (const [n, postId] of ['postRead0001', 'postRead0002', 'postRead0003'].entries())
      context.server.forumEvents.emitPosted(post(postId, n + 2, 'moderator', 'Both of you', ['member', 'observer']));
    await waitFor(() => notes(member).length === 3 && notes(observer).length === 3, 'three notifications each');
    const api = (who: CastMember) => apiAs(context.server.url, cast.tokens[who]);
    const [one, two] = notes(member).map((note) => note.id);

    expect(
      (await api('member')('POST', ApiRoutes.forumNotificationsRead, { ids: [one, two, 'nSomethingElse'] })).status,
    ).toBe(204);
    await waitFor(() => notes(member).filter((note) => note.read).length === 2, 'two read');
    expect((await api('member')('POST', ApiRoutes.forumNotificationsRead, { all: true })).status).toBe(204);
    await waitFor(() => notes(member).every((note) => note.read), 'all read');
    // The same ids (notification ids are per post) in the observer's room are untouched.
    expect((await heldFor('observer')).every((note) => !note.read)).toBe(true);

    for (const body of [{}, { ids: [] }, { all: false }, { ids: ['x'.repeat(101)] }, { ids: 'all' }])
      expect([body, (await api('member')('POST', ApiRoutes.forumNotificationsRead, body)).status]).toEqual([body, 400]);
    expect((await apiAs(context.server.url)('POST', ApiRoutes.forumNotificationsRead, { all: true })).status).toBe(401);
  });

  it('tells nobody removed from the space meanwhile, and a post never waits on or fails for its notifications', async () => {
    const threadNone = threadRoom(cast.spaceId, 'threadNone1');
    await seedWatcher(
      context.server,
      threadRoom(cast.spaceId, 'threadOne01'),
      THREAD_TYPES.watchers,
      id('member'),
      'watch',
    );
    await context.server.directory.spaces.remove(cast.spaceId, id('member'));
    // A post of a thread whose rooms were never written: reported without a throw, nobody told.
    expect(() =>
      context.server.forumEvents.emitPosted(
        postedEvent(
          { ...thread, threadId: 'threadNone1' },
          { postId: 'postNone0001', seq: 1, authorId: id('admin'), body: bodyMentioning('x', [id('observer')]) },
        ),
      ),
    ).not.toThrow();
    context.server.forumEvents.emitPosted(post('postAfter001', 2, 'moderator', 'After the removal', ['member']));
    expect(await heldFor('member')).toEqual([]);
    expect((await heldFor('observer')).map((note) => note.postId)).toEqual(['postNone0001']);
    // A notification that could not be written is logged, and the post's emitter never hears of it.
    expect(() =>
      context.server.forumEvents.emitPosted({
        ...post('postBadTitle', 3, 'moderator', 'x', ['observer']),
        threadTitle: '',
      }),
    ).not.toThrow();
    await waitFor(() => logged.some((message) => message.includes('postBadTitle')), 'the failure logged');
    expect((await heldFor('observer')).map((note) => note.postId)).toEqual(['postNone0001']);
    // Nothing was written for the thread that does not exist (its author does not start watching it).
    const none = await context.server.rooms.get(threadNone);
    expect(none.doc.share.size === 0 || readThread(none.doc).watchers.size === 0).toBe(true);
    context.server.rooms.released(none);
  });
});
