import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { THREAD_TYPES, readCategory, readForum, readThread, type Reaction } from '../../../shared/forum/forum-rooms';
import { plainPostBody, postText } from '../../../shared/forum/post-body';
import type { ForumOutboxChange } from '../../../shared/ipc/forum-changes';
import { categoryRoom, forumRoom, threadRoom } from '../../../shared/rooms';
import { openDirectory } from '../../../server/accounts/directory';
import { spawnServerProcess } from '../../../server/process/spawn-server';
import { signIn } from '../../../server/testing/clients';
import { connectRoom } from '../../../server/testing/room-clients';
import { seedDataFolder } from '../../../server/testing/seed-data';
import { seededRandom } from '../../../server/testing/seeded-random';
import { TcpProxy } from '../../../server/testing/tcp-proxy';
import { ann } from '../../../server/testing/temp-server';
import { saved, startTestHost, tempDir, unwrap } from '../testing/host';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const bea = { email: 'bea@kent.example', name: 'Bea Collins', password: 'a long library password' };
const categoryId = 'cat_flap0001';
const sharedThreadId = 'thread_shared01';
const sharedFirstPostId = 'post_shared001';
const beaThreadId = 'thread_beas0001';
const beaFirstPostId = 'post_beas00001';
const reactions: Reaction[] = ['thumbs-up', 'heart', 'tada'];

type Person = {
  name: string;
  handlers: Awaited<ReturnType<typeof startTestHost>>['handlers'];
  serverId: string;
  userId: string;
  proxy: TcpProxy;
  /** Post ids this person wrote, per thread, in the order written. */
  wrote: Map<string, string[]>;
  /** This person's reactions as last set: `postId reaction` → on. */
  reacted: Map<string, boolean>;
  answers: { saved: number; queued: number };
  refused: string[];
  drops: { cut: number; answersLost: number };
};

/**
 * Two people post into one thread over a minute in which each one's network drops and returns
 * every few seconds, each on its own seeded schedule: some drops cut the connection outright,
 * others let requests reach the server and lose its answers. Bea also starts a thread of her
 * own and replies in it; both react to posts and take reactions back. Afterwards the server's
 * thread rooms hold every reply exactly once, each person's in the order they wrote them, seqs
 * 1..n with no gap, the reactions as last set, and nothing was refused.
 * Budget: ~75 s (60 s of flapping by definition, then both outboxes empty).
 */
describe('the forum on a flapping network', () => {
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('two people posting through a minute of drops: nothing lost, nothing doubled', async () => {
    const dataDir = await tempDir('forum-flap-server');
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const { spaceId } = await seedDataFolder(dataDir);
    const directory = await openDirectory(dataDir, () => undefined);
    const member = await directory.accounts.addUser(bea);
    await directory.spaces.setRole(spaceId, member.id, 'member');
    await directory.file.flush();
    const server = await spawnServerProcess({ dataDir });
    cleanups.push(() => server.stop());

    const join = async (name: string, account: { email: string; password: string }): Promise<Person> => {
      const proxy = new TcpProxy(Number(new URL(server.url).port));
      await proxy.start();
      cleanups.push(() => proxy.stop());
      const deviceDir = await tempDir(`forum-flap-${name}`);
      cleanups.push(() => rm(deviceDir, { recursive: true, force: true }));
      const host = await startTestHost(deviceDir, { outbox: { firstRetryMs: 100, maxRetryMs: 1_000 } });
      cleanups.push(() => host.services.close());
      const entry = unwrap(await host.handlers.servers.signIn({ url: proxy.url, ...account }));
      return {
        name,
        handlers: host.handlers,
        serverId: entry.id,
        userId: entry.user!.id,
        proxy,
        wrote: new Map(),
        reacted: new Map(),
        answers: { saved: 0, queued: 0 },
        refused: [],
        drops: { cut: 0, answersLost: 0 },
      };
    };
    const annPerson = await join('ann', ann);
    const beaPerson = await join('bea', bea);
    const change = async (person: Person, forumChange: ForumOutboxChange) => {
      const answer = await person.handlers.forum.change({ serverId: person.serverId, change: forumChange });
      if (answer.ok) person.answers[answer.value.status]++;
      else person.refused.push(`${forumChange.kind}: ${answer.error}`);
      return answer;
    };
    const firstWords = 'What are your branches doing over the holidays?';
    // Before the network flaps: the category and the thread both write in (Ann's, online).
    saved(
      await change(annPerson, {
        kind: 'forum-create-category',
        spaceId,
        request: { categoryId, name: 'Flapping network', nameCy: null, description: '', descriptionCy: null },
      }),
    );
    saved(
      await change(annPerson, {
        kind: 'forum-create-thread',
        spaceId,
        request: {
          threadId: sharedThreadId,
          postId: sharedFirstPostId,
          categoryId,
          title: 'Winter opening hours',
          body: plainPostBody(firstWords),
        },
      }),
    );
    annPerson.answers = { saved: 0, queued: 0 };
    annPerson.wrote.set(sharedThreadId, [sharedFirstPostId]);

    const until = Date.now() + 60_000;
    // Which thread each post is in, and its words.
    const threadOfPost = new Map([[sharedFirstPostId, sharedThreadId]]);
    const words = new Map([[sharedFirstPostId, firstWords]]);
    // Posts someone's outbox has delivered: what the other person may react to or reply in.
    const delivered = new Set([sharedFirstPostId]);
    const flap = async (person: Person, seed: number) => {
      const random = seededRandom(seed);
      while (Date.now() < until) {
        await sleep(1000 + random() * 4000);
        // The two kinds take turns (as in outbox-flap.test.ts), so each person's minute holds at least three of each.
        if ((person.drops.cut + person.drops.answersLost) % 2 === 0) {
          person.proxy.cut();
          person.drops.cut++;
        } else {
          person.proxy.loseAnswers();
          person.drops.answersLost++;
        }
        await sleep(300 + random() * 2700);
        person.proxy.restore();
      }
    };
    const write = (person: Person, threadId: string, postId: string, text: string) => {
      person.wrote.set(threadId, [...(person.wrote.get(threadId) ?? []), postId]);
      threadOfPost.set(postId, threadId);
      words.set(postId, text);
    };
    /** One change of the person's: a reply mostly, some reactions; Bea starts her own thread as her tenth. */
    const next = (person: Person, i: number, random: () => number): ForumOutboxChange => {
      if (person === beaPerson && i === 10) {
        const text = 'Who can cover Saturday mornings?';
        write(person, beaThreadId, beaFirstPostId, text);
        const title = 'Volunteer rota for January';
        const request = { threadId: beaThreadId, postId: beaFirstPostId, categoryId, title, body: plainPostBody(text) };
        return { kind: 'forum-create-thread', spaceId, request };
      }
      const roll = random();
      if (roll < 0.25) {
        // Set or taken back, on a post the server has (or one's own, which one's outbox sends first).
        const targets = [...new Set([...delivered, ...[...person.wrote.values()].flat()])];
        const postId = targets[Math.floor(random() * targets.length)]!;
        const reaction = reactions[Math.floor(random() * reactions.length)]!;
        const on = !person.reacted.get(`${postId} ${reaction}`);
        person.reacted.set(`${postId} ${reaction}`, on);
        return { kind: 'forum-react', spaceId, threadId: threadOfPost.get(postId)!, postId, reaction, on };
      }
      const beasThreadThere = person === beaPerson ? person.wrote.has(beaThreadId) : delivered.has(beaFirstPostId);
      const threadId = beasThreadThere && roll > 0.7 ? beaThreadId : sharedThreadId;
      const postId = `post_${person.name}_${String(i).padStart(4, '0')}`;
      const text = `${person.name}'s reply number ${i}`;
      write(person, threadId, postId, text);
      const firstPost = threadId === beaThreadId ? beaFirstPostId : sharedFirstPostId;
      const replyTo = random() < 0.3 ? firstPost : null;
      return { kind: 'forum-reply', spaceId, threadId, request: { postId, body: plainPostBody(text), replyTo } };
    };
    const post = async (person: Person, seed: number) => {
      const random = seededRandom(seed);
      const sentSince: string[] = [];
      for (let i = 1; Date.now() < until; i++) {
        const forumChange = next(person, i, random);
        if (forumChange.kind === 'forum-reply') sentSince.push(forumChange.request.postId);
        if (forumChange.kind === 'forum-create-thread') sentSince.push(forumChange.request.postId);
        const answer = await change(person, forumChange);
        // Saved: it and every change made before it are on the server (one outbox, oldest first).
        if (answer.ok && answer.value.status === 'saved') for (const id of sentSince.splice(0)) delivered.add(id);
        await sleep(150 + random() * 250);
      }
    };
    await Promise.all([flap(annPerson, 13), flap(beaPerson, 31), post(annPerson, 7), post(beaPerson, 23)]);

    // Both networks back: both outboxes empty.
    const started = Date.now();
    for (const person of [annPerson, beaPerson]) {
      person.proxy.restore();
      while ((await person.handlers.outbox.retry({ serverId: person.serverId })).entries.length > 0) {
        if (Date.now() - started > 30_000)
          throw new Error(`${person.name}'s outbox did not empty once the network was back`);
        await sleep(200);
      }
    }
    const drainedMs = Date.now() - started;

    for (const person of [annPerson, beaPerson]) {
      expect(person.refused, `${person.name}'s refused changes`).toEqual([]);
      expect(person.drops.cut).toBeGreaterThanOrEqual(3);
      expect(person.drops.answersLost).toBeGreaterThanOrEqual(3);
      // Answers really were lost after the server had made the change, and changes really waited.
      expect(person.proxy.answersLost).toBeGreaterThan(0);
      expect(person.answers.queued).toBeGreaterThan(0);
      expect(person.answers.saved).toBeGreaterThan(0);
    }

    // The server's rooms, read as a client of each (straight to the server, not through a proxy).
    const token = await signIn(server.url, ann.email, ann.password);
    const readRoom = async <T>(room: string, read: (doc: Y.Doc) => T) => {
      const client = await connectRoom(server.url, room, token);
      try {
        return read(client.doc);
      } finally {
        client.close();
      }
    };
    const written: Record<string, number> = {};
    let reactionsChecked = 0;
    let postCount = 0;
    for (const threadId of [sharedThreadId, beaThreadId]) {
      const { thread, stored } = await readRoom(threadRoom(spaceId, threadId), (doc) => ({
        thread: readThread(doc),
        stored: doc.getMap(THREAD_TYPES.posts).size,
      }));
      const { posts, details } = thread;
      // Every value reads (none left out), numbered 1..n without a gap.
      expect(posts).toHaveLength(stored);
      expect(posts.map((one) => one.seq)).toEqual(posts.map((_, index) => index + 1));
      expect(details?.lastSeq).toBe(posts.length);
      for (const person of [annPerson, beaPerson]) {
        const mine = person.wrote.get(threadId) ?? [];
        // Each exactly once, in the order written, with its own words.
        expect(posts.filter((one) => one.authorId === person.userId).map((one) => one.id)).toEqual(mine);
        written[`${person.name} in ${threadId}`] = mine.length;
      }
      expect(posts).toHaveLength(
        [annPerson, beaPerson].reduce((sum, person) => sum + (person.wrote.get(threadId)?.length ?? 0), 0),
      );
      for (const one of posts) expect(one.body && postText(one.body)).toBe(words.get(one.id));
      for (const one of posts)
        for (const reaction of reactions)
          for (const person of [annPerson, beaPerson]) {
            const wanted = person.reacted.get(`${one.id} ${reaction}`) ?? false;
            expect(
              one.reactions[reaction]?.includes(person.userId) ?? false,
              `${person.name} ${reaction} on ${one.id}`,
            ).toBe(wanted);
            reactionsChecked++;
          }
      // The category's index and the forum's counts agree with the thread room.
      const summary = await readRoom(categoryRoom(spaceId, categoryId), (doc) =>
        readCategory(doc).threads.find((one) => one.id === threadId),
      );
      expect(summary).toMatchObject({ lastSeq: posts.length, postCount: posts.length });
      postCount += posts.length;
    }
    const category = await readRoom(forumRoom(spaceId), (doc) => readForum(doc).find((one) => one.id === categoryId));
    expect(category).toMatchObject({ threadCount: 2, postCount });

    console.info(
      `forum flap: ${JSON.stringify({ written, reactionsSet: [annPerson, beaPerson].map((person) => person.reacted.size), answers: [annPerson.answers, beaPerson.answers], drops: [annPerson.drops, beaPerson.drops], answersLost: [annPerson.proxy.answersLost, beaPerson.proxy.answersLost], drainedMs, reactionsChecked })}`,
    );
  }, 120_000);
});
