import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PeopleResponse } from '../../shared/api/people';
import { ApiRoutes, PublicUser } from '../../shared/api/schemas';
import { syncBaseUrl } from '../../shared/protocol';
import { documentRoom, moderationRoom, threadRoom } from '../../shared/rooms';
import { categoryRequest, newKey, replyRequest, threadRequest } from '../forum/forum-testing';
import { apiAs, buildCast, CAST, type Cast, type CastMember } from '../testing/cast';
import { connectClient, upgradeStatus, waitFor } from '../testing/clients';
import { startTempServer } from '../testing/temp-server';

/**
 * Every role × every kind of room and API action × allowed or refused, over real HTTP and
 * real sockets, with someone removed from the space and invites that expired or were revoked.
 * Each row names who may; everyone else is refused (403 unless the row says otherwise). In
 * rooms, a refused write must reach neither the other people nor the server's copy.
 */

const viewers: CastMember[] = ['serverAdmin', 'admin', 'moderator', 'member', 'observer'];
const writers: CastMember[] = ['serverAdmin', 'admin', 'moderator', 'member'];
const managers: CastMember[] = ['serverAdmin', 'admin'];
const posters: CastMember[] = writers;
const moderators: CastMember[] = ['serverAdmin', 'admin', 'moderator'];

let context: Awaited<ReturnType<typeof startTempServer>>;
let cast: Cast;
const as = (who: CastMember) => apiAs(context.server.url, cast.tokens[who]);

/** Someone new in the matrix space, for actions that change or remove a member. */
async function bystander(): Promise<string> {
  const { accounts, spaces } = context.server.directory;
  const user = await accounts.addUser({
    email: `bystander-${Math.random().toString(36).slice(2)}@cast.example`,
    name: 'Bystander',
    password: 'bystander pass',
  });
  await spaces.setRole(cast.spaceId, user.id, 'observer');
  return user.id;
}

/**
 * A row: who may, how a refusal answers (403 unless said), what to set up first (its result is
 * passed to `run`), what to run, and how to put things back after an allowed run so every cast
 * member meets the same state. A refused run, and an allowed one that `changesNothing`, must
 * leave accounts.json and the server's memory of it exactly as they were.
 */
type Row = {
  action: string;
  allowed: CastMember[];
  refusedWith?: number | Partial<Record<CastMember, number>>;
  changesNothing?: boolean;
  prepare?(who: CastMember): Promise<string>;
  run(who: CastMember, prepared: string): Promise<number>;
  undo?(who: CastMember): Promise<void>;
};

function refusal(row: Row, who: CastMember): number {
  if (typeof row.refusedWith === 'number') return row.refusedWith;
  return row.refusedWith?.[who] ?? 403;
}

const everyone: CastMember[] = [...CAST];

/** An invite to the joining space (no one is in it but its admin), made usable or spent as the row needs. */
async function joiningInvite(state: 'usable' | 'expired' | 'revoked'): Promise<string> {
  const created = (
    await as('admin')('POST', `/api/spaces/${joiningSpaceId}/invites`, {
      role: 'member',
      expiresInHours: 24,
      singleUse: false,
    })
  ).body as {
    invite: { id: string };
    code: string;
  };
  if (state === 'expired') {
    const stored = context.server.directory.file.data.invites.find((invite) => invite.id === created.invite.id)!;
    stored.expiresAt = new Date(Date.now() - 1000).toISOString();
  }
  if (state === 'revoked') await as('admin')('DELETE', `/api/spaces/${joiningSpaceId}/invites/${created.invite.id}`);
  return created.code;
}

/** Puts someone who joined (or left) the joining space back as they were: only its admin in it. */
async function resetJoiningSpace(): Promise<void> {
  const { spaces } = context.server.directory;
  for (const who of CAST) if (who !== 'admin') await spaces.remove(joiningSpaceId, cast.userIds[who]);
}

const rows: Row[] = [
  {
    action: 'see the space',
    allowed: viewers,
    run: async (who) => (await as(who)('GET', `/api/spaces/${cast.spaceId}`)).status,
  },
  {
    action: 'list its documents',
    allowed: viewers,
    run: async (who) => (await as(who)('GET', `/api/spaces/${cast.spaceId}/documents`)).status,
  },
  {
    action: 'list its people',
    allowed: viewers,
    run: async (who) => (await as(who)('GET', `/api/spaces/${cast.spaceId}/members`)).status,
  },
  {
    action: 'read a document’s details',
    allowed: viewers,
    run: async (who) => (await as(who)('GET', `/api/documents/${cast.documentId}`)).status,
  },
  {
    action: 'create a document',
    allowed: writers,
    run: async (who) => (await as(who)('POST', `/api/spaces/${cast.spaceId}/documents`, { title: `By ${who}` })).status,
  },
  {
    action: 'rename a document',
    allowed: writers,
    run: async (who) =>
      (await as(who)('PATCH', `/api/documents/${cast.documentId}`, { title: `Renamed by ${who}` })).status,
  },
  {
    action: 'edit the space',
    allowed: managers,
    run: async (who) =>
      (await as(who)('PATCH', `/api/spaces/${cast.spaceId}`, { description: `Edited by ${who}` })).status,
  },
  {
    action: 'archive the space',
    allowed: managers,
    run: async (who) => (await as(who)('PATCH', `/api/spaces/${cast.spaceId}`, { archived: true })).status,
    undo: async () => void (await as('serverAdmin')('PATCH', `/api/spaces/${cast.spaceId}`, { archived: false })),
  },
  {
    action: 'list invites',
    allowed: managers,
    run: async (who) => (await as(who)('GET', `/api/spaces/${cast.spaceId}/invites`)).status,
  },
  {
    action: 'create an invite',
    allowed: managers,
    run: async (who) =>
      (
        await as(who)('POST', `/api/spaces/${cast.spaceId}/invites`, {
          role: 'member',
          expiresInHours: 24,
          singleUse: true,
        })
      ).status,
  },
  {
    action: 'revoke an invite',
    allowed: managers,
    prepare: async () => {
      const created = (
        await as('admin')('POST', `/api/spaces/${cast.spaceId}/invites`, {
          role: 'member',
          expiresInHours: 24,
          singleUse: false,
        })
      ).body as { invite: { id: string } };
      return created.invite.id;
    },
    run: async (who, inviteId) => (await as(who)('DELETE', `/api/spaces/${cast.spaceId}/invites/${inviteId}`)).status,
  },
  {
    action: 'change someone’s role',
    allowed: managers,
    prepare: bystander,
    run: async (who, userId) =>
      (await as(who)('PUT', `/api/spaces/${cast.spaceId}/members/${userId}`, { role: 'member' })).status,
  },
  {
    action: 'remove someone',
    allowed: managers,
    prepare: bystander,
    run: async (who, userId) => (await as(who)('DELETE', `/api/spaces/${cast.spaceId}/members/${userId}`)).status,
  },
  {
    action: 'move a document to another space',
    allowed: managers,
    run: async (who) =>
      (await as(who)('PATCH', `/api/documents/${cast.documentId}`, { spaceId: cast.otherSpaceId })).status,
    undo: async () =>
      void (await as('serverAdmin')('PATCH', `/api/documents/${cast.documentId}`, { spaceId: cast.spaceId })),
  },
  {
    // Naming the space it is already in once told anyone signed in its title, author and dates, and touched it.
    action: 'PATCH a document with the space it is already in',
    allowed: writers,
    changesNothing: true,
    run: async (who) => (await as(who)('PATCH', `/api/documents/${cast.documentId}`, { spaceId: cast.spaceId })).status,
  },
  {
    action: 'PATCH a document with the title it already has',
    allowed: writers,
    changesNothing: true,
    prepare: async () => context.server.directory.documents.find(cast.documentId)!.title,
    run: async (who, title) => (await as(who)('PATCH', `/api/documents/${cast.documentId}`, { title })).status,
  },
  {
    action: 'create a space',
    allowed: ['serverAdmin'],
    run: async (who) => (await as(who)('POST', '/api/spaces', { name: `Space by ${who}` })).status,
  },
  {
    action: 'see an archived space',
    allowed: viewers,
    run: async (who) => (await as(who)('GET', `/api/spaces/${cast.archivedSpaceId}`)).status,
  },
  {
    action: 'create a document in an archived space',
    allowed: [],
    run: async (who) =>
      (await as(who)('POST', `/api/spaces/${cast.archivedSpaceId}/documents`, { title: 'No' })).status,
  },
  {
    action: 'rename a document in an archived space',
    allowed: [],
    run: async (who) => (await as(who)('PATCH', `/api/documents/${cast.archivedDocumentId}`, { title: 'No' })).status,
  },
  {
    action: 'PATCH a document in an archived space with the space it is already in',
    allowed: [],
    run: async (who) =>
      (await as(who)('PATCH', `/api/documents/${cast.archivedDocumentId}`, { spaceId: cast.archivedSpaceId })).status,
  },
  {
    action: 'move a document out of an archived space',
    allowed: [],
    run: async (who) =>
      (await as(who)('PATCH', `/api/documents/${cast.archivedDocumentId}`, { spaceId: cast.spaceId })).status,
  },
  {
    action: 'move a document into an archived space',
    allowed: [],
    run: async (who) =>
      (await as(who)('PATCH', `/api/documents/${cast.documentId}`, { spaceId: cast.archivedSpaceId })).status,
  },
  {
    action: 'invite to an archived space',
    allowed: [],
    run: async (who) =>
      (
        await as(who)('POST', `/api/spaces/${cast.archivedSpaceId}/invites`, {
          role: 'member',
          expiresInHours: 1,
          singleUse: true,
        })
      ).status,
  },
  {
    action: 'join a space with a usable invite',
    allowed: everyone,
    prepare: () => joiningInvite('usable'),
    run: async (who, code) => (await as(who)('POST', `/api/invites/${code}/accept`)).status,
    undo: resetJoiningSpace,
  },
  {
    action: 'join a space with an expired invite',
    allowed: [],
    refusedWith: 410,
    prepare: () => joiningInvite('expired'),
    run: async (who, code) => (await as(who)('POST', `/api/invites/${code}/accept`)).status,
  },
  {
    action: 'join a space with a revoked invite',
    allowed: [],
    refusedWith: 410,
    prepare: () => joiningInvite('revoked'),
    run: async (who, code) => (await as(who)('POST', `/api/invites/${code}/accept`)).status,
  },
  {
    action: 'leave a space they are in',
    allowed: ['moderator', 'member', 'observer'],
    // A server admin who is not in it has nothing to leave; a space's last admin may not go.
    refusedWith: { serverAdmin: 404, admin: 409 },
    prepare: async (who) => {
      const role = ({ moderator: 'moderator', member: 'member', observer: 'observer' } as const)[
        who as 'moderator' | 'member' | 'observer'
      ];
      if (role) await context.server.directory.spaces.setRole(joiningSpaceId, cast.userIds[who], role);
      return cast.userIds[who];
    },
    run: async (who, userId) => (await as(who)('DELETE', `/api/spaces/${joiningSpaceId}/members/${userId}`)).status,
    undo: resetJoiningSpace,
  },
  {
    action: 'open a document’s room',
    allowed: viewers,
    run: (who) =>
      upgradeStatus(`${syncBaseUrl(context.server.url)}/${documentRoom(cast.documentId)}?token=${cast.tokens[who]}`),
  },
  ...forumRows(),
  {
    action: 'open an archived document’s room',
    allowed: viewers,
    run: (who) =>
      upgradeStatus(
        `${syncBaseUrl(context.server.url)}/${documentRoom(cast.archivedDocumentId)}?token=${cast.tokens[who]}`,
      ),
  },
];

let joiningSpaceId: string;

/** The forum's category in the matrix space, and a second one to move threads to. */
const forum = { categoryId: 'cat_matrix01', otherCategoryId: 'cat_matrix02' };
const stored = (who: CastMember) => context.server.directory.accounts.findUser(cast.userIds[who])!;
const forumPath = (rest: string) => `/api/spaces/${cast.spaceId}/forum${rest}`;

/** A thread made directly through the forum's core, by `who` if they may post, else by the member. */
async function threadBy(who: CastMember): Promise<{ threadId: string; postId: string }> {
  const author = posters.includes(who) ? who : 'member';
  const request = threadRequest(forum.categoryId, `a thread by ${author}`);
  const made = await context.server.forum.createThread(stored(author), cast.spaceId, request, newKey());
  if (!made.ok) throw new Error(made.message);
  return request;
}
const prepared = (value: { threadId: string; postId: string }) => `${value.threadId}/${value.postId}`;
const parts = (value: string) => {
  const [threadId, postId] = value.split('/');
  return { threadId: threadId!, postId: postId! };
};

/** Every forum action × every role, over real HTTP (issue 13). */
function forumRows(): Row[] {
  const othersThread = async () => prepared(await threadBy('member'));
  return [
    {
      action: 'create a forum thread',
      allowed: posters,
      run: async (who) =>
        (await as(who)('POST', forumPath('/threads'), threadRequest(forum.categoryId, `by ${who}`))).status,
    },
    {
      action: 'reply in a thread',
      allowed: posters,
      prepare: othersThread,
      run: async (who, value) =>
        (await as(who)('POST', forumPath(`/threads/${parts(value).threadId}/posts`), replyRequest())).status,
    },
    {
      action: 'reply in a locked thread',
      allowed: moderators,
      refusedWith: { member: 423 },
      prepare: async () => {
        const thread = await threadBy('admin');
        await context.server.forum.moderateThread(
          stored('admin'),
          cast.spaceId,
          thread.threadId,
          { locked: true, reason: 'Closed' },
          null,
        );
        return prepared(thread);
      },
      run: async (who, value) =>
        (await as(who)('POST', forumPath(`/threads/${parts(value).threadId}/posts`), replyRequest())).status,
    },
    {
      action: 'edit their own post',
      allowed: posters,
      prepare: async (who) => prepared(await threadBy(who)),
      run: async (who, value) => {
        const { threadId, postId } = parts(value);
        return (
          await as(who)('PATCH', forumPath(`/threads/${threadId}/posts/${postId}`), {
            body: replyRequest('Edited').body,
          })
        ).status;
      },
    },
    {
      action: 'edit someone else’s post',
      allowed: [],
      prepare: async (who) => prepared(await threadBy(who === 'member' ? 'admin' : 'member')),
      run: async (who, value) => {
        const { threadId, postId } = parts(value);
        return (
          await as(who)('PATCH', forumPath(`/threads/${threadId}/posts/${postId}`), { body: replyRequest('Mine').body })
        ).status;
      },
    },
    {
      action: 'delete their own post',
      allowed: posters,
      prepare: async (who) => prepared(await threadBy(who)),
      run: async (who, value) => {
        const { threadId, postId } = parts(value);
        return (await as(who)('DELETE', forumPath(`/threads/${threadId}/posts/${postId}`))).status;
      },
    },
    {
      action: 'delete someone else’s post',
      allowed: moderators,
      prepare: async (who) => prepared(await threadBy(who === 'member' ? 'admin' : 'member')),
      run: async (who, value) => {
        const { threadId, postId } = parts(value);
        return (await as(who)('DELETE', forumPath(`/threads/${threadId}/posts/${postId}`))).status;
      },
    },
    {
      action: 'react to a post',
      allowed: posters,
      prepare: othersThread,
      run: async (who, value) => {
        const { threadId, postId } = parts(value);
        return (
          await as(who)('PUT', forumPath(`/threads/${threadId}/posts/${postId}/reactions`), {
            reaction: 'tada',
            on: true,
          })
        ).status;
      },
    },
    {
      action: 'pin a thread',
      allowed: moderators,
      prepare: othersThread,
      run: async (who, value) =>
        (await as(who)('PATCH', forumPath(`/threads/${parts(value).threadId}`), { pinned: true })).status,
    },
    {
      action: 'lock a thread',
      allowed: moderators,
      prepare: othersThread,
      run: async (who, value) =>
        (await as(who)('PATCH', forumPath(`/threads/${parts(value).threadId}`), { locked: true, reason: 'Enough' }))
          .status,
    },
    {
      action: 'hide a post',
      allowed: moderators,
      prepare: othersThread,
      run: async (who, value) => {
        const { threadId, postId } = parts(value);
        return (
          await as(who)('PUT', forumPath(`/threads/${threadId}/posts/${postId}/hidden`), { hidden: true, reason: 'No' })
        ).status;
      },
    },
    {
      action: 'move a thread to another category',
      allowed: moderators,
      prepare: othersThread,
      run: async (who, value) =>
        (await as(who)('PATCH', forumPath(`/threads/${parts(value).threadId}`), { categoryId: forum.otherCategoryId }))
          .status,
    },
    {
      action: 'delete someone else’s thread',
      allowed: moderators,
      prepare: async (who) => prepared(await threadBy(who === 'member' ? 'admin' : 'member')),
      run: async (who, value) => (await as(who)('DELETE', forumPath(`/threads/${parts(value).threadId}`))).status,
    },
    {
      action: 'create a forum category',
      allowed: moderators,
      run: async (who) => (await as(who)('POST', forumPath('/categories'), categoryRequest())).status,
    },
    {
      action: 'change a forum category',
      allowed: moderators,
      run: async (who) =>
        (await as(who)('PATCH', forumPath(`/categories/${forum.otherCategoryId}`), { description: `By ${who}` }))
          .status,
    },
    {
      action: 'delete an empty forum category',
      allowed: moderators,
      prepare: async () => {
        const request = categoryRequest();
        await context.server.forum.createCategory(
          stored('admin'),
          cast.spaceId,
          { nameCy: null, description: '', descriptionCy: null, ...request },
          null,
        );
        return request.categoryId;
      },
      run: async (who, categoryId) => (await as(who)('DELETE', forumPath(`/categories/${categoryId}`))).status,
    },
    {
      action: 'post in an archived space’s forum',
      allowed: [],
      run: async (who) =>
        (await as(who)('POST', `/api/spaces/${cast.archivedSpaceId}/forum/threads`, threadRequest(forum.categoryId)))
          .status,
    },
    {
      action: 'open a thread’s room',
      allowed: viewers,
      prepare: othersThread,
      run: (who, value) =>
        upgradeStatus(
          `${syncBaseUrl(context.server.url)}/${threadRoom(cast.spaceId, parts(value).threadId)}?token=${cast.tokens[who]}`,
        ),
    },
    {
      action: 'open the forum’s moderation room',
      allowed: moderators,
      run: (who) =>
        upgradeStatus(`${syncBaseUrl(context.server.url)}/${moderationRoom(cast.spaceId)}?token=${cast.tokens[who]}`),
    },
  ];
}

/**
 * What a refused request must leave as it was: accounts.json (its bytes, and the file itself:
 * a rewrite makes a new one), and the server's memory of it (documents' `updatedAt`, spaces'
 * activity). Pending activity times are written first, so only the request can change them.
 */
async function storedState() {
  const { file } = context.server.directory;
  await file.flush();
  const stored = path.join(context.dataDir, 'accounts.json');
  const { ino, mtimeMs } = await stat(stored);
  return { ino, mtimeMs, bytes: await readFile(stored, 'utf8'), memory: JSON.stringify(file.data) };
}

beforeAll(async () => {
  context = await startTempServer();
  cast = await buildCast(context.server);
  const founder = context.server.directory.accounts.findUser(cast.userIds.admin)!;
  for (const categoryId of [forum.categoryId, forum.otherCategoryId]) {
    const category = { categoryId, name: categoryId, nameCy: null, description: '', descriptionCy: null };
    await context.server.forum.createCategory(founder, cast.spaceId, category, null);
  }
  joiningSpaceId = (
    await context.server.directory.spaces.create(
      { name: 'Joining space', description: '', nameCy: null, descriptionCy: null },
      founder,
    )
  ).id;
}, 60_000);
afterAll(() => context.cleanup());

describe('the role matrix over HTTP and socket upgrades', () => {
  for (const row of rows) {
    for (const who of CAST) {
      const allowed = row.allowed.includes(who);
      it(`${who} ${allowed ? 'may' : 'may not'} ${row.action}`, async () => {
        const prepared = (await row.prepare?.(who)) ?? '';
        const before = await storedState();
        const status = await row.run(who, prepared);
        if (allowed) expect([200, 201, 204, 101]).toContain(status);
        else expect(status).toBe(refusal(row, who));
        if (!allowed || row.changesNothing)
          expect(await storedState(), 'accounts.json or memory changed').toEqual(before);
        await row.undo?.(who);
      });
    }
  }
});

describe('a PATCH to a document is refused as GET refuses, before its body is read', () => {
  for (const who of ['outsider', 'removed'] as const) {
    it(`${who}: the same refusal as GET, whatever the body, telling nothing about the document`, async () => {
      const read = await as(who)('GET', `/api/documents/${cast.documentId}`);
      expect(read.status).toBe(403);
      for (const body of [{ spaceId: cast.spaceId }, { title: 'Mine now' }, { spaceId: cast.otherSpaceId }, {}, 'x']) {
        const before = await storedState();
        const answer = await as(who)('PATCH', `/api/documents/${cast.documentId}`, body);
        expect(answer).toEqual(read);
        expect(JSON.stringify(answer.body)).not.toContain('Matrix document');
        expect(await storedState()).toEqual(before);
      }
    });
  }

  it('observer: refused as one who may not write, whatever the body', async () => {
    for (const body of [{ spaceId: cast.spaceId }, { title: 'Mine now' }, {}]) {
      const before = await storedState();
      const answer = await as('observer')('PATCH', `/api/documents/${cast.documentId}`, body);
      expect(answer).toMatchObject({ status: 403, body: { error: 'forbidden' } });
      expect(JSON.stringify(answer.body)).not.toContain('Matrix document');
      expect(await storedState()).toEqual(before);
    }
  });
});

describe('a person refused a change is refused before their body is read', () => {
  // Each change with a body, and who is refused it: a body that is not even JSON gets the same 403 as a good one.
  const changes: Array<{ method: string; name: string; path: () => string; refused: CastMember[] }> = [
    {
      method: 'PATCH',
      name: 'edit a space',
      path: () => `/api/spaces/${cast.spaceId}`,
      refused: ['moderator', 'member', 'observer', 'outsider', 'removed'],
    },
    {
      method: 'POST',
      name: 'create a document',
      path: () => `/api/spaces/${cast.spaceId}/documents`,
      refused: ['observer', 'outsider', 'removed'],
    },
    {
      method: 'PUT',
      name: 'change a role',
      path: () => `/api/spaces/${cast.spaceId}/members/${cast.userIds.observer}`,
      refused: ['moderator', 'member', 'observer', 'outsider', 'removed'],
    },
    {
      method: 'POST',
      name: 'create an invite',
      path: () => `/api/spaces/${cast.spaceId}/invites`,
      refused: ['moderator', 'member', 'observer', 'outsider', 'removed'],
    },
    { method: 'POST', name: 'create a space', path: () => '/api/spaces', refused: ['admin', 'member', 'outsider'] },
  ];
  for (const change of changes) {
    for (const who of change.refused) {
      it(`${who}: ${change.name}`, async () => {
        const before = await storedState();
        const answer = await fetch(context.server.url + change.path(), {
          method: change.method,
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${cast.tokens[who]}` },
          body: '{"not json',
        });
        expect(answer.status).toBe(403);
        expect(await storedState()).toEqual(before);
      });
    }
  }
});

describe('who sees whom in GET /api/people', () => {
  const publicKeys = Object.keys(PublicUser.shape).sort();
  const people = async (who: CastMember) => {
    const answer = await as(who)('GET', ApiRoutes.people);
    expect(answer.status).toBe(200);
    const parsed = PeopleResponse.parse(answer.body);
    // Nothing beyond a PublicUser about anyone: no password hash, no server-admin flag.
    for (const person of (answer.body as { people: Array<{ user: object }> }).people)
      expect(Object.keys(person.user).sort()).toEqual(publicKeys);
    return parsed.people;
  };
  const membershipsOf = (userId: string) =>
    context.server.directory.file.data.memberships.filter((m) => m.userId === userId);

  for (const who of ['admin', 'moderator', 'member', 'observer'] as const) {
    it(`${who} sees everyone in their spaces, with only the spaces they share and each one’s role there`, async () => {
      const seen = await people(who);
      const mine = new Set(membershipsOf(cast.userIds[who]).map((m) => m.spaceId));
      const expected = context.server.directory.file.data.memberships.filter((m) => mine.has(m.spaceId));
      const listed = seen.flatMap((person) => person.spaces.map((space) => ({ ...space, userId: person.user.id })));
      expect(listed.sort((a, b) => (a.userId + a.spaceId).localeCompare(b.userId + b.spaceId))).toEqual(
        expected
          .map((m) => ({ spaceId: m.spaceId, role: m.role, userId: m.userId }))
          .sort((a, b) => (a.userId + a.spaceId).localeCompare(b.userId + b.spaceId)),
      );
      // The archived space counts.
      expect(listed.some((space) => space.spaceId === cast.archivedSpaceId)).toBe(true);
      expect(seen.map((person) => person.user.id)).not.toContain(cast.userIds.outsider);
      expect(seen.map((person) => person.user.id)).not.toContain(cast.userIds.removed);
    });
  }

  for (const who of ['outsider', 'removed'] as const) {
    it(`${who} sees nobody from a space they are not in (or were removed from)`, async () => {
      expect(membershipsOf(cast.userIds[who])).toEqual([]);
      expect(await people(who)).toEqual([]);
    });
  }

  it('serverAdmin sees everyone with an account, with all their memberships', async () => {
    const seen = await people('serverAdmin');
    const { users, memberships } = context.server.directory.file.data;
    expect(seen.map((person) => person.user.id).sort()).toEqual(users.map((user) => user.id).sort());
    expect(seen.find((person) => person.user.id === cast.userIds.outsider)?.spaces).toEqual([]);
    expect(seen.reduce((count, person) => count + person.spaces.length, 0)).toBe(memberships.length);
  });
});

describe('what each role’s writes do in a document room', () => {
  const rooms: Array<{ kind: string; documentId: () => string; writes: CastMember[] }> = [
    { kind: 'document', documentId: () => cast.documentId, writes: writers },
    { kind: 'archived document', documentId: () => cast.archivedDocumentId, writes: [] },
  ];
  for (const room of rooms) {
    for (const who of viewers) {
      const applied = room.writes.includes(who);
      it(`${who}'s edit to the ${room.kind} is ${applied ? 'applied and shared' : 'dropped by the server'}`, async () => {
        const url = context.server.url;
        const watcher = await connectClient(url, room.documentId(), cast.tokens.serverAdmin);
        const writer = await connectClient(url, room.documentId(), cast.tokens[who]);
        const mark = `[${who} was here]`;
        writer.text.insert(0, mark);
        if (applied) {
          await waitFor(() => watcher.text.toString().includes(mark), 'the edit to reach the watcher');
        } else {
          // The writer's socket stays open (it may still read); the edit goes nowhere.
          await new Promise((resolve) => setTimeout(resolve, 400));
          expect(watcher.text.toString()).not.toContain(mark);
          const served = await context.server.rooms.get(documentRoom(room.documentId()));
          expect(served.doc.getText('test').toString()).not.toContain(mark);
          expect(writer.provider.wsconnected).toBe(true);
        }
        writer.close();
        watcher.close();
      });
    }
  }
});
