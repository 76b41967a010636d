import { randomBytes } from 'node:crypto';
import type { Reaction } from '../../shared/forum/forum-rooms';
import type { InlineNode, PostBody } from '../../shared/forum/post-body';
import type { Accounts } from '../accounts/accounts';
import type { ForumResult } from '../forum/forum-result';
import type { ForumService } from '../forum/forum-service';
import { personRoom } from '../../shared/rooms';
import { advanceRead } from '../forum/person-room';
import type { Rooms } from '../sync/rooms';
import { demoForums, type DemoCategory, type DemoThread } from './forums';

/**
 * Writes the demo network's forums (server/demo/forums.ts) through the forum's own service,
 * as people posting would: every category, thread, reply, reaction, pin and lock is checked
 * against its author's role and stored in the rooms exactly as a request over HTTP would be.
 *
 * Read positions: authors have read to their own posts (the forum's notifications do that),
 * and `readBy` people have read the whole thread, so the demo account sees some threads unread.
 * Not seeded: dates (the service stamps every post with the time it is written, so the demo's
 * posts are all a few moments old).
 */

/** A client-chosen id, as the app makes them (20 URL-safe characters). */
const newId = () => randomBytes(15).toString('base64url');
/** An Idempotency-Key, as the outbox makes them. */
const newKey = () => randomBytes(16).toString('base64url');

const MENTION = /@([a-z]+)\b/g;

/** Text with `@key` mentions of known people as mention nodes; an unknown `@word` stays text. */
function inlineNodes(text: string, people: Map<string, { id: string; name: string }>): InlineNode[] {
  const fields = { format: 0, detail: 0, style: '', version: 1 };
  const nodes: InlineNode[] = [];
  let from = 0;
  for (const match of text.matchAll(MENTION)) {
    const person = people.get(match[1]!);
    if (!person) continue;
    if (match.index > from)
      nodes.push({ type: 'text', text: text.slice(from, match.index), mode: 'normal', ...fields });
    nodes.push({ type: 'mention', userId: person.id, text: `@${person.name}`, mode: 'token', ...fields });
    from = match.index + match[0].length;
  }
  if (from < text.length) nodes.push({ type: 'text', text: text.slice(from), mode: 'normal', ...fields });
  return nodes;
}

/** A post's body: a paragraph per blank-line-separated part of the text, with its mentions. */
export function demoPostBody(text: string, people: Map<string, { id: string; name: string }>): PostBody {
  const element = { direction: 'ltr' as const, format: '', indent: 0, version: 1 };
  return {
    root: {
      type: 'root',
      ...element,
      children: text
        .split(/\n{2,}/)
        .filter((paragraph) => paragraph.trim() !== '')
        .map((paragraph) => ({ type: 'paragraph' as const, ...element, children: inlineNodes(paragraph, people) })),
    },
  };
}

/** Seeding is all or nothing: a refusal here is a mistake in the demo data, said plainly. */
function check(result: ForumResult, what: string): void {
  if (!result.ok) throw new Error(`Demo forums: ${what} was refused (${JSON.stringify(result)}).`);
}

type Seeding = {
  forum: ForumService;
  accounts: Accounts;
  rooms: Rooms;
  /** Demo people's keys (`demo` too) → their user ids. */
  people: Map<string, string>;
};

async function seedThread(
  { forum, accounts, people, rooms }: Seeding,
  names: Map<string, { id: string; name: string }>,
  spaceId: string,
  categoryId: string,
  moderatorKey: string,
  thread: DemoThread,
): Promise<void> {
  const user = (key: string) => accounts.findUser(people.get(key)!)!;
  const threadId = newId();
  const postIds: string[] = [];
  for (const [index, post] of thread.posts.entries()) {
    const postId = newId();
    const body = demoPostBody(post.text, names);
    const result =
      index === 0
        ? await forum.createThread(
            user(post.by),
            spaceId,
            { threadId, postId, categoryId, title: thread.title, body },
            newKey(),
          )
        : await forum.reply(
            user(post.by),
            spaceId,
            threadId,
            { postId, body, replyTo: post.replyTo === undefined ? null : postIds[post.replyTo]! },
            newKey(),
          );
    check(result, `post ${index} of "${thread.title}"`);
    postIds.push(postId);
    for (const [reaction, keys] of Object.entries(post.reactions ?? {}) as Array<[Reaction, string[]]>)
      for (const key of keys)
        check(
          await forum.react(user(key), spaceId, threadId, postId, { reaction, on: true }, newKey()),
          `${key}'s ${reaction} on "${thread.title}"`,
        );
  }
  for (const key of thread.readBy ?? [])
    await rooms.change(personRoom(people.get(key)!), (doc) => {
      advanceRead(doc, threadId, thread.posts.length, new Date().toISOString());
    });
  // Locked last: a locked thread takes no more replies from members.
  if (thread.pinned)
    check(
      await forum.moderateThread(user(moderatorKey), spaceId, threadId, { pinned: true, reason: null }, newKey()),
      `pinning "${thread.title}"`,
    );
  if (thread.locked)
    check(
      await forum.moderateThread(
        user(thread.locked.by),
        spaceId,
        threadId,
        { locked: true, reason: thread.locked.reason },
        newKey(),
      ),
      `locking "${thread.title}"`,
    );
}

async function seedCategory(
  seeding: Seeding,
  names: Map<string, { id: string; name: string }>,
  spaceId: string,
  moderatorKey: string,
  category: DemoCategory,
  order: number,
): Promise<void> {
  const { forum, accounts, people } = seeding;
  const categoryId = newId();
  const request = {
    categoryId,
    name: category.name,
    nameCy: category.nameCy,
    description: category.description,
    descriptionCy: category.descriptionCy,
    order,
  };
  check(
    await forum.createCategory(accounts.findUser(people.get(moderatorKey)!)!, spaceId, request, newKey()),
    `category "${category.name}"`,
  );
  for (const thread of category.threads) await seedThread(seeding, names, spaceId, categoryId, moderatorKey, thread);
}

/**
 * Seeds every space's forum named in demoForums. `spaces`: a space's English name → its id
 * and the key of a person who may moderate there (who makes its categories and pins).
 */
export async function seedForums(
  seeding: Seeding,
  spaces: Map<string, { id: string; moderator: string }>,
): Promise<void> {
  const names = new Map(
    [...seeding.people].map(([key, id]) => [key, { id, name: seeding.accounts.findUser(id)!.name }]),
  );
  for (const [spaceName, categories] of Object.entries(demoForums)) {
    const space = spaces.get(spaceName);
    if (!space) throw new Error(`Demo forums: no demo space named "${spaceName}".`);
    for (const [order, category] of categories.entries())
      await seedCategory(seeding, names, space.id, space.moderator, category, order);
  }
}
