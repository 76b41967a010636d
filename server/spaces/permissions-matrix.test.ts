import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncBaseUrl } from '../../shared/protocol';
import { documentRoom } from '../../shared/rooms';
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
 * A row: who may, how a refusal answers (403 unless said), what to run, and how to put things
 * back after an allowed run so every cast member meets the same state.
 */
type Row = {
  action: string;
  allowed: CastMember[];
  refusedWith?: number | Partial<Record<CastMember, number>>;
  run(who: CastMember): Promise<number>;
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
    run: async (who) => {
      const created = (
        await as('admin')('POST', `/api/spaces/${cast.spaceId}/invites`, {
          role: 'member',
          expiresInHours: 24,
          singleUse: false,
        })
      ).body as { invite: { id: string } };
      return (await as(who)('DELETE', `/api/spaces/${cast.spaceId}/invites/${created.invite.id}`)).status;
    },
  },
  {
    action: 'change someone’s role',
    allowed: managers,
    run: async (who) =>
      (await as(who)('PUT', `/api/spaces/${cast.spaceId}/members/${await bystander()}`, { role: 'member' })).status,
  },
  {
    action: 'remove someone',
    allowed: managers,
    run: async (who) => (await as(who)('DELETE', `/api/spaces/${cast.spaceId}/members/${await bystander()}`)).status,
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
    run: async (who) => (await as(who)('POST', `/api/invites/${await joiningInvite('usable')}/accept`)).status,
    undo: resetJoiningSpace,
  },
  {
    action: 'join a space with an expired invite',
    allowed: [],
    refusedWith: 410,
    run: async (who) => (await as(who)('POST', `/api/invites/${await joiningInvite('expired')}/accept`)).status,
  },
  {
    action: 'join a space with a revoked invite',
    allowed: [],
    refusedWith: 410,
    run: async (who) => (await as(who)('POST', `/api/invites/${await joiningInvite('revoked')}/accept`)).status,
  },
  {
    action: 'leave a space they are in',
    allowed: ['moderator', 'member', 'observer'],
    // A server admin who is not in it has nothing to leave; a space's last admin may not go.
    refusedWith: { serverAdmin: 404, admin: 409 },
    run: async (who) => {
      const role = ({ moderator: 'moderator', member: 'member', observer: 'observer' } as const)[
        who as 'moderator' | 'member' | 'observer'
      ];
      if (role) await context.server.directory.spaces.setRole(joiningSpaceId, cast.userIds[who], role);
      return (await as(who)('DELETE', `/api/spaces/${joiningSpaceId}/members/${cast.userIds[who]}`)).status;
    },
    undo: resetJoiningSpace,
  },
  {
    action: 'open a document’s room',
    allowed: viewers,
    run: (who) =>
      upgradeStatus(`${syncBaseUrl(context.server.url)}/${documentRoom(cast.documentId)}?token=${cast.tokens[who]}`),
  },
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

beforeAll(async () => {
  context = await startTempServer();
  cast = await buildCast(context.server);
  const founder = context.server.directory.accounts.findUser(cast.userIds.admin)!;
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
        const status = await row.run(who);
        if (allowed) expect([200, 201, 204, 101]).toContain(status);
        else expect(status).toBe(refusal(row, who));
        await row.undo?.(who);
      });
    }
  }
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
