import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { plainPostBody } from '../../shared/forum/post-body';
import { syncBaseUrl } from '../../shared/protocol';
import { createBranchlineServer } from '../../server/app';
import type { ForumResult } from '../../server/forum/forum-result';
import { syntheticPosts } from '../lib/search-corpus';
import { FORUM_SHAPE, postsInThread, type ForumLayout, type ForumReady, type ForumRequest } from './forum-protocol';
import { measuredUsage } from './protocol';

/**
 * Our server over a forum bench folder (BENCH_FORUM_DATA), in its own process. Asked to, it
 * fills the space's forum through ForumService (the forum's own core, as the HTTP routes use
 * it: real rooms, real logs) up to a stage; the layout (ids the bench needs) is kept beside
 * the data, so a fresh process over the same folder can be timed with nothing loaded.
 */
const dataDir = process.env.BENCH_FORUM_DATA!;
const layoutFile = path.join(dataDir, 'bench-forum.json');
const server = await createBranchlineServer({
  dataDir,
  port: 0,
  log: (message) => console.error(`[forum] ${message}`),
  loginBurst: 1000,
  syncLimits: { messageBurst: 1_000_000, socketsPerSession: 100_000, upgradeBurst: 100_000, upgradeRefillMs: 1 },
});

const id = () => randomBytes(12).toString('base64url');
const check = (result: ForumResult, what: string) => {
  if (!result.ok) throw new Error(`bench forum: ${what} refused: ${result.message}`);
};

async function layoutOrNew(): Promise<ForumLayout> {
  const stored = await readFile(layoutFile, 'utf8').then(
    (text) => JSON.parse(text) as ForumLayout,
    () => null,
  );
  if (stored) return stored;
  const owner = await server.accounts.addUser({ email: 'bench@forum.example', name: 'Bench', password: 'bench pass' });
  const space = await server.directory.spaces.create(
    { name: 'Forum bench', description: '', nameCy: null, descriptionCy: null },
    server.accounts.findUser(owner.id)!,
  );
  const members: string[] = [owner.id];
  for (let i = 1; i < FORUM_SHAPE.people; i++) {
    const user = await server.accounts.addUser({
      email: `member${i}@forum.example`,
      name: `Member ${i}`,
      password: 'bench pass',
    });
    await server.directory.spaces.setRole(space.id, user.id, 'member');
    members.push(user.id);
  }
  const categories: string[] = [];
  for (let i = 0; i < FORUM_SHAPE.categories; i++) {
    const categoryId = `category${i}`;
    const request = { categoryId, name: `Category ${i}`, nameCy: null, description: '', descriptionCy: null };
    check(await server.forum.createCategory(server.accounts.findUser(owner.id)!, space.id, request, null), 'category');
    categories.push(categoryId);
  }
  return { spaceId: space.id, ownerId: owner.id, members, categories, threads: [], posts: 0, fillMs: {} };
}

/** Threads up to `threads` (FORUM_SHAPE.stages), each with its posts, in order. */
async function fill(layout: ForumLayout, stage: number): Promise<ForumLayout> {
  const target = FORUM_SHAPE.stages[stage]!;
  const texts = syntheticPosts(FORUM_SHAPE.stages.at(-1)!.posts);
  const started = performance.now();
  const user = (index: number) => server.accounts.findUser(layout.members[index % layout.members.length]!)!;
  for (let index = layout.threads.length; index < target.threads; index++) {
    const threadId = id();
    const categoryId = layout.categories[index % layout.categories.length]!;
    const first = texts[layout.posts % texts.length]!.text;
    const request = {
      threadId,
      postId: id(),
      categoryId,
      title: `${index}: ${first.split(' ').slice(0, 8).join(' ')}`,
      body: plainPostBody(first),
    };
    check(await server.forum.createThread(user(index), layout.spaceId, request, null), 'thread');
    layout.posts++;
    const count = postsInThread(index);
    for (let post = 1; post < count; post++) {
      const body = plainPostBody(texts[layout.posts % texts.length]!.text);
      const reply = { postId: id(), body, replyTo: null };
      check(await server.forum.reply(user(index + post), layout.spaceId, threadId, reply, null), 'reply');
      layout.posts++;
    }
    layout.threads.push({ threadId, categoryId, posts: count });
  }
  layout.fillMs[stage] = performance.now() - started;
  await writeFile(layoutFile, JSON.stringify(layout));
  return layout;
}

let layout = await layoutOrNew();
await writeFile(layoutFile, JSON.stringify(layout));
await server.directory.file.flush();
const { token } = await server.accounts.createSession(layout.ownerId, 3_600_000);

process.on('message', (request: ForumRequest) => {
  void (async () => {
    if (request.type === 'usage') process.send!(measuredUsage());
    if (request.type === 'fill') {
      layout = await fill(layout, request.stage);
      process.send!({ type: 'filled', layout });
    }
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
process.on('disconnect', async () => {
  await server.close();
  process.exit(0);
});
process.send!({
  type: 'ready',
  url: server.url,
  syncBase: syncBaseUrl(server.url),
  token,
  layout,
} satisfies ForumReady);
