import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ann, startTempServer } from '../../../server/testing/temp-server';
import { startTestHost, tempDir, unwrap } from '../testing/host';

type Started = Awaited<ReturnType<typeof startTempServer>>;
type Host = Awaited<ReturnType<typeof startTestHost>>;
const cai = { email: 'cai@ceredigion.example', name: 'Cai Morgan', password: 'a long library password' };

let started: Started;
let admin: Host;
let newcomer: Host;
let member: Host;
let adminServerId: string;

beforeAll(async () => {
  started = await startTempServer();
  await started.server.accounts.setOrganisation('Libraries Connected');
  await started.server.accounts.addUser(cai);
  [admin, newcomer, member] = await Promise.all([
    startTestHost(await tempDir('invites-admin')),
    startTestHost(await tempDir('invites-new')),
    startTestHost(await tempDir('invites-member')),
  ]);
  adminServerId = unwrap(
    await admin.handlers.servers.signIn({ url: started.server.url, email: ann.email, password: ann.password }),
  ).id;
});

afterAll(async () => {
  await Promise.all([admin, newcomer, member].map((host) => host?.services.close()));
  await started?.cleanup();
});

describe('invites through the host', () => {
  it('makes an invite with a link to this server, and reads it back from the link or the bare code', async () => {
    const made = unwrap(
      await admin.handlers.invites.create({
        serverId: adminServerId,
        spaceId: started.spaceId,
        invite: { role: 'member', expiresInHours: 24, singleUse: false },
      }),
    );
    expect(made.link).toBe(`${started.server.url}/join/${made.code}`);
    expect(made.invite).toMatchObject({ spaceId: started.spaceId, role: 'member', singleUse: false });

    const fromLink = unwrap(await newcomer.handlers.invites.preview({ invite: `  ${made.link}\n` }));
    expect(fromLink).toEqual({
      serverUrl: started.server.url,
      serverId: null,
      code: made.code,
      preview: {
        organisation: { name: 'Libraries Connected' },
        space: { id: started.spaceId, name: 'South West committee', nameCy: null },
        role: 'member',
        expiresAt: made.invite.expiresAt,
      },
    });
    // The device that has the server names its entry; a bare code is read on the server chosen.
    expect(unwrap(await admin.handlers.invites.preview({ invite: made.link })).serverId).toBe(adminServerId);
    expect(
      unwrap(await admin.handlers.invites.preview({ invite: made.code, serverId: adminServerId })).preview.role,
    ).toBe('member');

    expect(await newcomer.handlers.invites.preview({ invite: made.code })).toEqual({
      ok: false,
      error: 'invalid_request',
    });
    expect(await newcomer.handlers.invites.preview({ invite: made.code, serverId: 'server-unknown' })).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(await newcomer.handlers.invites.preview({ invite: 'see you at the library' })).toEqual({
      ok: false,
      error: 'invalid_request',
    });
    expect(await newcomer.handlers.invites.preview({ invite: `${started.server.url}/join/${'x'.repeat(43)}` })).toEqual(
      { ok: false, error: 'not_found' },
    );
  });

  it('signs a new person up with an invite: a new entry, shown, with the space cached', async () => {
    const made = unwrap(
      await admin.handlers.invites.create({
        serverId: adminServerId,
        spaceId: started.spaceId,
        invite: { role: 'observer', expiresInHours: 1, singleUse: true },
      }),
    );
    const info = unwrap(await newcomer.handlers.invites.preview({ invite: made.link }));
    const entry = unwrap(
      await newcomer.handlers.servers.signUp({
        url: info.serverUrl,
        code: info.code,
        email: 'dafydd@powys.example',
        name: 'Dafydd Rees',
        password: 'three random words',
      }),
    );
    expect(entry).toMatchObject({
      url: started.server.url,
      isActive: true,
      serverAdmin: false,
      organisation: { name: 'Libraries Connected' },
      user: { email: 'dafydd@powys.example' },
    });
    expect(newcomer.services.store.caches.peek(entry.id)?.spaces).toMatchObject([
      { id: started.spaceId, myRole: 'observer' },
    ]);
    expect(unwrap(await newcomer.handlers.spaces.list({ serverId: entry.id })).spaces).toMatchObject([
      { id: started.spaceId, myRole: 'observer' },
    ]);
    // Single use: gone for anyone else now.
    expect(await newcomer.handlers.invites.preview({ invite: made.link })).toEqual({ ok: false, error: 'gone' });
  });

  it('refuses a sign-up with an email that already has an account', async () => {
    const made = unwrap(
      await admin.handlers.invites.create({
        serverId: adminServerId,
        spaceId: started.spaceId,
        invite: { role: 'member', expiresInHours: 1, singleUse: false },
      }),
    );
    const answer = await member.handlers.servers.signUp({
      url: started.server.url,
      code: made.code,
      email: cai.email,
      name: cai.name,
      password: 'another long password',
    });
    expect(answer).toEqual({ ok: false, error: 'conflict' });
    expect(await member.handlers.servers.list(undefined)).toEqual([]);
  });

  it('lets someone already signed in accept an invite, and a revoked invite is gone', async () => {
    const serverId = unwrap(
      await member.handlers.servers.signIn({ url: started.server.url, email: cai.email, password: cai.password }),
    ).id;
    expect(unwrap(await member.handlers.spaces.list({ serverId })).spaces).toEqual([]);
    const made = unwrap(
      await admin.handlers.invites.create({
        serverId: adminServerId,
        spaceId: started.spaceId,
        invite: { role: 'member', expiresInHours: 1, singleUse: false },
      }),
    );
    expect(unwrap(await member.handlers.invites.accept({ serverId, code: made.code }))).toMatchObject({
      id: started.spaceId,
      myRole: 'member',
    });
    expect(member.services.store.caches.peek(serverId)?.spaces.map((space) => space.id)).toEqual([started.spaceId]);
    // Only space admins manage invites.
    expect(await member.handlers.invites.list({ serverId, spaceId: started.spaceId })).toEqual({
      ok: false,
      error: 'forbidden',
    });

    const live = unwrap(await admin.handlers.invites.list({ serverId: adminServerId, spaceId: started.spaceId }));
    expect(live.map((invite) => invite.id)).toContain(made.invite.id);
    expect(
      await admin.handlers.invites.revoke({
        serverId: adminServerId,
        spaceId: started.spaceId,
        inviteId: made.invite.id,
      }),
    ).toEqual({ ok: true, value: null });
    expect(
      unwrap(await admin.handlers.invites.list({ serverId: adminServerId, spaceId: started.spaceId })).map(
        (invite) => invite.id,
      ),
    ).not.toContain(made.invite.id);
    expect(await member.handlers.invites.accept({ serverId, code: made.code })).toEqual({ ok: false, error: 'gone' });
  });
});
