import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readCategory, readThread } from '../../shared/forum/forum-rooms';
import { categoryRoom, threadRoom } from '../../shared/rooms';
import { createBranchlineServer } from '../app';
import { spawnServerProcess, type ServerProcess } from '../process/spawn-server';
import { signIn } from '../testing/clients';
import { connectRoom } from '../testing/room-clients';
import { forumAs, newKey, replyRequest, routes, threadRequest } from './forum-testing';

/**
 * A reply sent once, the server killed (as kill -9) after the post is stored and before it
 * answers, then sent again with the same key to the restarted server: one post, the first
 * answer replayed, and the category's summary made good. The hook
 * (BRANCHLINE_TEST_KILL_AFTER_FORUM_POST) makes the server SIGKILL itself at that point.
 */
const person = { email: 'poster@forum.example', name: 'Poster', password: 'poster password 1' };
const processes: ServerProcess[] = [];
let dataDir = '';

afterAll(async () => {
  for (const child of processes) await child.kill9();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

it('the same reply sent again after kill -9 between storing and answering makes one post', async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'branchline-forum-kill-'));
  const setup = await createBranchlineServer({ dataDir, port: 0, log: () => undefined });
  const user = await setup.accounts.addUser(person);
  const space = await setup.directory.spaces.create(
    { name: 'Forum space', description: '', nameCy: null, descriptionCy: null },
    setup.accounts.findUser(user.id)!,
  );
  const stored = setup.accounts.findUser(user.id)!;
  const category = { categoryId: 'cat_killtest', name: 'General', nameCy: null, description: '', descriptionCy: null };
  expect((await setup.forum.createCategory(stored, space.id, category, newKey())).ok).toBe(true);
  const thread = threadRequest(category.categoryId);
  expect((await setup.forum.createThread(stored, space.id, thread, newKey())).ok).toBe(true);
  await setup.close();

  const doomed = await spawnServerProcess({ dataDir, env: { BRANCHLINE_TEST_KILL_AFTER_FORUM_POST: '1' } });
  processes.push(doomed);
  const reply = replyRequest('Sent just before the crash');
  const key = newKey();
  const postsPath = routes.forumPosts(space.id, thread.threadId);
  const exited = new Promise((resolve) => doomed.child.once('exit', (_code, signal) => resolve(signal)));
  const first = await forumAs(doomed.url, await signIn(doomed.url, person.email, person.password))(
    'POST',
    postsPath,
    reply,
    key,
  ).then(
    () => 'answered',
    () => 'no answer',
  );
  expect(first).toBe('no answer');
  expect(await exited).toBe('SIGKILL');

  const restarted = await spawnServerProcess({ dataDir });
  processes.push(restarted);
  const token = await signIn(restarted.url, person.email, person.password);
  const again = await forumAs(restarted.url, token)('POST', postsPath, reply, key);
  expect(again).toMatchObject({
    status: 201,
    replayed: true,
    body: { threadId: thread.threadId, postId: reply.postId },
  });

  const reader = await connectRoom(restarted.url, threadRoom(space.id, thread.threadId), token);
  const posts = readThread(reader.doc).posts;
  expect(posts.map((post) => [post.id, post.seq])).toEqual([
    [thread.postId, 1],
    [reply.postId, 2],
  ]);
  reader.close();
  const index = await connectRoom(restarted.url, categoryRoom(space.id, category.categoryId), token);
  expect(readCategory(index.doc).threads).toEqual([
    expect.objectContaining({ id: thread.threadId, postCount: 2, lastSeq: 2 }),
  ]);
  index.close();
}, 90_000);
