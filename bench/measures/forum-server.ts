import { randomBytes } from 'node:crypto';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { ApiRoutes, IDEMPOTENCY_KEY_HEADER } from '../../shared/api/schemas';
import { plainPostBody } from '../../shared/forum/post-body';
import { categoryRoom, threadRoom } from '../../shared/rooms';
import { ForumServer, forumWorld } from '../lib/forum-world';
import type { Measure, Section } from '../lib/report';
import { WireCounter } from '../lib/stock-client';
import { count, kib, ms, percentile, waitUntil } from '../lib/stats';
import { FORUM_SHAPE, type ForumLayout } from '../servers/forum-protocol';

/**
 * The forum server at 1,000 and at 100,000 posts (issue 13's bench): the time to accept a
 * reply over real HTTP, the memory a loaded thread or category room holds, and what one
 * first sync of a category index and of a thread costs a real y-websocket client.
 */
const TIMED_THREADS = 10;
const WARM_UP_PER_THREAD = 3;
const TIMED_PER_THREAD = 20;
const LONG_THREAD_REPLIES = 50;
const RATIO_GOAL = 1.2;

async function postReply(server: ForumServer, spaceId: string, threadId: string, text: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(server.ready.url + ApiRoutes.forumPosts(spaceId, threadId), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${server.ready.token}`,
      [IDEMPOTENCY_KEY_HEADER]: randomBytes(16).toString('base64url'),
    },
    body: JSON.stringify({ postId: randomBytes(12).toString('base64url'), body: plainPostBody(text), replyTo: null }),
  });
  await response.arrayBuffer();
  const took = performance.now() - started;
  if (response.status !== 201) throw new Error(`bench forum: a reply was answered ${response.status}`);
  return took;
}

/** Threads of 10 posts in the first category, made in this stage: the same kind of thread at either size. */
function timedThreads(layout: ForumLayout, stage: number): string[] {
  const from = stage === 0 ? 0 : FORUM_SHAPE.stages[0].threads;
  return layout.threads
    .slice(from)
    .filter((thread) => thread.categoryId === layout.categories[0] && thread.posts === 10)
    .slice(-TIMED_THREADS)
    .map((thread) => thread.threadId);
}

/** Replies round-robin over the threads, after a warm-up on each: per-post round-trip times. */
async function timeReplies(server: ForumServer, layout: ForumLayout, threads: string[], rounds: number) {
  for (let round = 0; round < WARM_UP_PER_THREAD; round++)
    for (const thread of threads) await postReply(server, layout.spaceId, thread, `Warm-up reply ${round}`);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++)
    for (const thread of threads)
      times.push(await postReply(server, layout.spaceId, thread, `A timed reply about the reading offer, ${round}`));
  return times;
}

type Sync = { ms: number; bytes: number; state: number };

/** A stock y-websocket client's first sync of a room from empty: time to synced, TCP bytes both ways. */
async function firstSync(server: ForumServer, room: string): Promise<{ sync: Sync; close(): void }> {
  const wire = new WireCounter();
  const doc = new Y.Doc();
  const started = performance.now();
  const provider = new WebsocketProvider(server.ready.syncBase, room, doc, {
    WebSocketPolyfill: wire.WebSocketClass as unknown as typeof globalThis.WebSocket,
    params: { token: server.ready.token },
    disableBc: true,
  });
  await waitUntil(() => provider.synced, `a first sync of ${room}`, 60_000);
  const took = performance.now() - started;
  const { sent, received } = wire.totals();
  const sync = { ms: took, bytes: sent + received, state: Y.encodeStateAsUpdate(doc).length };
  return {
    sync,
    close() {
      provider.destroy();
      doc.destroy();
    },
  };
}

type Stage = { layout: ForumLayout; replies: number[]; fillMs: number };

async function atStage(stage: number): Promise<Stage> {
  const layout = await forumWorld.fillTo(stage);
  const server = await ForumServer.start(await forumWorld.folder());
  try {
    const replies = await timeReplies(server, layout, timedThreads(layout, stage), TIMED_PER_THREAD);
    return { layout, replies, fillMs: layout.fillMs[stage] ?? Number.NaN };
  } finally {
    await server.stop();
  }
}

/** On a fresh server at 100,000 posts: memory per loaded room and first syncs, then replies to the long thread. */
async function rooms(layout: ForumLayout) {
  const server = await ForumServer.start(await forumWorld.folder());
  try {
    const long = layout.threads[FORUM_SHAPE.longThread]!.threadId;
    const typical = layout.threads.at(-1)!.threadId;
    const category = layout.categories[0]!;
    const categoryThreads = layout.threads.filter((thread) => thread.categoryId === category).length;
    const opened = [];
    const memory: Array<{ what: string; heap: number; rss: number; sync: Sync }> = [];
    for (const [what, room] of [
      [`thread room, ${count(FORUM_SHAPE.longThreadPosts)} posts`, threadRoom(layout.spaceId, long)],
      [`category room, ${count(categoryThreads)} threads`, categoryRoom(layout.spaceId, category)],
      ['thread room, 10 posts', threadRoom(layout.spaceId, typical)],
    ] as const) {
      const before = await server.usage();
      const client = await firstSync(server, room);
      opened.push(client);
      const after = await server.usage();
      memory.push({ what, heap: after.heapUsed - before.heapUsed, rss: after.rss - before.rss, sync: client.sync });
    }
    for (const client of opened) client.close();
    const longReplies: number[] = [];
    for (let i = 0; i < LONG_THREAD_REPLIES; i++)
      longReplies.push(await postReply(server, layout.spaceId, long, `A reply to the long thread, ${i}`));
    return { memory, longReplies };
  } finally {
    await server.stop();
  }
}

export const forumServer: Measure = {
  name: 'forum-server',
  title: 'Forum server: accepting a post at 1,000 and 100,000 posts, memory per room, first syncs',
  async run(): Promise<Section> {
    const small = await atStage(0);
    const large = await atStage(1);
    const { memory, longReplies } = await rooms(large.layout);
    const p = (values: number[], at: number) => percentile(values, at);
    const ratio50 = p(large.replies, 50) / p(small.replies, 50);
    const ratio95 = p(large.replies, 95) / p(small.replies, 95);
    const n = (stage: Stage) => `${count(stage.layout.posts)} posts, ${count(stage.layout.threads.length)} threads`;
    return {
      title: this.title,
      tables: [
        {
          caption: 'Accepting a reply (HTTP POST → 201), the same kind of thread at both sizes',
          headers: ['measure', `at ${n(small)}`, `at ${n(large)}`, 'ratio'],
          rows: [
            ['p50', ms(p(small.replies, 50)), ms(p(large.replies, 50)), ratio50.toFixed(2)],
            ['p95', ms(p(small.replies, 95)), ms(p(large.replies, 95)), ratio95.toFixed(2)],
            ['replies timed', count(small.replies.length), count(large.replies.length), ''],
            [
              `reply to the ${count(FORUM_SHAPE.longThreadPosts)}-post thread, p50 / p95`,
              '',
              `${ms(p(longReplies, 50))} / ${ms(p(longReplies, 95))}`,
              '',
            ],
            ['filling the stage through ForumService', ms(small.fillMs), ms(large.fillMs), ''],
          ],
        },
        {
          caption: 'A loaded forum room on the server (fresh server, one client each), and its first sync from empty',
          headers: ['room', 'heap', 'RSS', 'first sync', 'bytes on the wire', 'state'],
          rows: memory.map((row) => [
            row.what,
            kib(row.heap),
            kib(row.rss),
            ms(row.sync.ms),
            kib(row.sync.bytes),
            kib(row.sync.state),
          ]),
        },
      ],
      goals: [
        {
          text: `accepting a post at 100,000 posts takes at most ${RATIO_GOAL} × the time at 1,000 (p50 and p95)`,
          met: ratio50 <= RATIO_GOAL && ratio95 <= RATIO_GOAL,
          detail: `p50 ${ratio50.toFixed(2)}, p95 ${ratio95.toFixed(2)}`,
        },
      ],
      method: [
        `The space: ${FORUM_SHAPE.categories} categories, ${FORUM_SHAPE.people} people; threads of 10 posts (9 in 1,990 of them) and one of ${count(FORUM_SHAPE.longThreadPosts)}, in the categories in turn; post text from the search bench's synthetic posts (15–64 words, 40 % Welsh). Filled in a server process through ForumService (the forum's core, as the routes use it: every thread room, category summary and forum count written and logged), first to ${count(FORUM_SHAPE.stages[0].posts)} posts, then on to ${count(FORUM_SHAPE.stages[1].posts)}.`,
        `Accepting a post: after each fill, a fresh server process over the folder (bundled, as the desktop ships it); ${TIMED_THREADS} threads of 10 posts in the first category made in that stage each take ${WARM_UP_PER_THREAD} warm-up replies, then ${TIMED_PER_THREAD} rounds of one reply each (${TIMED_THREADS * TIMED_PER_THREAD} timed): a real HTTP POST with an Idempotency-Key and a one-paragraph body, timed from the bench's fetch to the 201 read whole, one at a time.`,
        'Memory: heapUsed (after two full collections) and RSS of that fresh server before and after a stock y-websocket client in Node syncs the room (the room loaded from its log; one connection, about 3 KiB, included).',
        'First sync: from creating the provider to synced, and every TCP byte both ways (HTTP upgrade, WebSocket frames, sync and awareness); "state" is the Yjs state the client then holds. A thread is synced whole: its first screen is its first sync.',
      ],
      notes: [
        'The long thread is in another category than the timed ones; its replies recompute its summary from 2,000 posts, a cost of the thread’s length, not of the forum’s size.',
        'Times are wall-clock on a shared 2-core machine with the bench process beside the server.',
      ],
    };
  },
};
