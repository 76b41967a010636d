import * as Y from 'yjs';
import { CATEGORY_TYPES, readCategory, readThread } from '../../shared/forum/forum-rooms';
import { categoryRoom, threadRoom } from '../../shared/rooms';
import { forumWorld } from '../lib/forum-world';
import type { Measure, Section } from '../lib/report';
import { count, kib, median, ms } from '../lib/stats';
import { FORUM_SHAPE } from '../servers/forum-protocol';

/**
 * What the app does before a forum screen can render from the device's copy: the stored
 * state applied to a fresh Y.Doc (Y.applyUpdate) and the room read and validated
 * (shared/forum/forum-rooms.ts readCategory / readThread), for a category of 10,000 threads,
 * one of ~1,250 and the 2,000-post thread. Rendering is not included (see the notes).
 */
const RUNS = 7;
const GOAL_MS = 200;

type Case = { name: string; state: Uint8Array; read: (doc: Y.Doc) => number };

function timeCase(subject: Case) {
  const apply: number[] = [];
  const read: number[] = [];
  let items = 0;
  for (let run = 0; run < RUNS; run++) {
    const doc = new Y.Doc();
    const started = performance.now();
    Y.applyUpdate(doc, subject.state);
    const applied = performance.now();
    items = subject.read(doc);
    read.push(performance.now() - applied);
    apply.push(applied - started);
    doc.destroy();
  }
  const total = apply.map((value, index) => value + read[index]!);
  return { apply: median(apply), read: median(read), total: median(total), slowest: Math.max(...total), items };
}

/** Every category's summaries in one room: a category of all 10,000 threads. */
async function allThreadsInOne(spaceId: string, categories: string[]): Promise<Uint8Array> {
  const whole = new Y.Doc();
  const threads = whole.getMap<unknown>(CATEGORY_TYPES.threads);
  for (const category of categories) {
    const doc = await forumWorld.storedDoc(categoryRoom(spaceId, category));
    doc.getMap<unknown>(CATEGORY_TYPES.threads).forEach((summary, id) => threads.set(id, summary));
    doc.destroy();
  }
  return Y.encodeStateAsUpdate(whole);
}

export const forumReading: Measure = {
  name: 'forum-reading',
  title: 'Forum on the device: reading a category and a long thread from the stored copy',
  async run(): Promise<Section> {
    const layout = await forumWorld.fillTo(1);
    const { spaceId, categories } = layout;
    const long = layout.threads[FORUM_SHAPE.longThread]!.threadId;
    const categoryThreads = layout.threads.filter((thread) => thread.categoryId === categories[0]).length;
    const cases: Case[] = [
      {
        name: `category of ${count(layout.threads.length)} threads`,
        state: await allThreadsInOne(spaceId, categories),
        read: (doc) => readCategory(doc).threads.length,
      },
      {
        name: `category of ${count(categoryThreads)} threads`,
        state: await forumWorld.storedState(categoryRoom(spaceId, categories[0]!)),
        read: (doc) => readCategory(doc).threads.length,
      },
      {
        name: `thread of ${count(FORUM_SHAPE.longThreadPosts)} posts`,
        state: await forumWorld.storedState(threadRoom(spaceId, long)),
        read: (doc) => readThread(doc).posts.length,
      },
    ];
    const results = cases.map((subject) => ({ subject, ...timeCase(subject) }));
    for (const result of results)
      if (result.items === 0) throw new Error(`bench forum: nothing read from the ${result.subject.name}`);
    return {
      title: this.title,
      tables: [
        {
          headers: ['room', 'stored state', 'read', 'Y.applyUpdate', 'read and validate', 'total (median)', 'slowest'],
          rows: results.map((result) => [
            result.subject.name,
            kib(result.subject.state.length),
            count(result.items),
            ms(result.apply),
            ms(result.read),
            ms(result.total),
            ms(result.slowest),
          ]),
        },
      ],
      goals: results
        .filter(
          (result) =>
            result.subject.name.includes(count(layout.threads.length)) || result.subject.name.startsWith('thread'),
        )
        .map((result) => ({
          text: `the ${result.subject.name} read from the stored copy within the ${GOAL_MS} ms screen goal (median)`,
          met: result.total < GOAL_MS,
          detail: `${ms(result.total)}, slowest ${ms(result.slowest)}`,
        })),
      method: [
        'The rooms as the server stored them when it filled the forum bench (bench/measures/forum-server.ts): the merged state of each room log, which is what the device keeps after its first sync. The 10,000-thread category is every category’s summaries put in one room (the worst case: a space with a single category).',
        `Each run: a fresh Y.Doc, Y.applyUpdate of the stored state, then readCategory / readThread (every value validated with its zod schema, sorted). ${RUNS} runs in the bench process (Node), medians.`,
      ],
      notes: [
        'Not measured: the screen itself (React, the virtualised list, the post bodies rendered, layout and paint in the browser), nor the IPC that brings the stored copy to the renderer (the document cold open measures that for a document: bench/measures/cold-open.ts). These figures are the work before the screen can render, in Node rather than Chromium.',
      ],
    };
  },
};
