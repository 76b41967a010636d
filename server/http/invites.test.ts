import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiAs, buildCast, type Cast } from '../testing/cast';
import { setImmutable, whyNoImmutableFiles } from '../testing/privileges';
import { startTempServer } from '../testing/temp-server';

const noChattr = await whyNoImmutableFiles();
const needsChattr = noChattr ? it.skip : it;
const skipped = noChattr ? ` (skipped: ${noChattr})` : '';

describe('invites', () => {
  let context: Awaited<ReturnType<typeof startTempServer>>;
  let cast: Cast;
  let admin: ReturnType<typeof apiAs>;
  const anonymous = () => apiAs(context.server.url);

  beforeEach(async () => {
    context = await startTempServer();
    cast = await buildCast(context.server);
    admin = apiAs(context.server.url, cast.tokens.admin);
  }, 60_000);
  afterEach(() => context.cleanup());

  const invite = async (body: { role: string; expiresInHours?: number; singleUse?: boolean }) => {
    const answer = await admin('POST', `/api/spaces/${cast.spaceId}/invites`, {
      expiresInHours: 24,
      singleUse: true,
      ...body,
    });
    expect(answer.status).toBe(201);
    return answer.body as { invite: { id: string; role: string }; code: string };
  };

  it('shows what an invite is for, and signs a new person up with its role', async () => {
    const { code } = await invite({ role: 'observer' });
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Opened in a browser, the link explains itself in both languages.
    const page = await fetch(`${context.server.url}/join/${code}`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('Ymuno â gofod');
    expect(await anonymous()('GET', `/api/invites/${code}`)).toMatchObject({
      status: 200,
      body: { role: 'observer', space: { name: 'Matrix space' } },
    });
    const signup = await anonymous()('POST', `/api/invites/${code}/signup`, {
      email: 'New@Person.example',
      name: 'Nia Evans',
      password: 'three random words',
    });
    expect(signup).toMatchObject({
      status: 201,
      body: {
        user: { email: 'new@person.example' },
        space: { id: cast.spaceId, myRole: 'observer' },
        serverAdmin: false,
      },
    });
    const token = (signup.body as { token: string }).token;
    expect(await apiAs(context.server.url, token)('GET', `/api/documents/${cast.documentId}`)).toMatchObject({
      status: 200,
      body: { access: 'read' },
    });
    // Single use: the code is spent.
    expect((await anonymous()('GET', `/api/invites/${code}`)).status).toBe(410);
    expect(
      (
        await anonymous()('POST', `/api/invites/${code}/signup`, {
          email: 'b@person.example',
          name: 'B',
          password: 'three random words',
        })
      ).status,
    ).toBe(410);
  });

  it('lets a signed-in person join, never lowering a role they already hold', async () => {
    const { code } = await invite({ role: 'observer', singleUse: false });
    const outsider = apiAs(context.server.url, cast.tokens.outsider);
    expect(await outsider('POST', `/api/invites/${code}/accept`)).toMatchObject({
      status: 200,
      body: { space: { myRole: 'observer' } },
    });
    const moderator = apiAs(context.server.url, cast.tokens.moderator);
    expect(await moderator('POST', `/api/invites/${code}/accept`)).toMatchObject({
      status: 200,
      body: { space: { myRole: 'moderator' } },
    });
    expect((await anonymous()('POST', `/api/invites/${code}/accept`)).status).toBe(401);
  });

  it('refuses expired, revoked, unknown and malformed invites without changing anything', async () => {
    const expired = await invite({ role: 'member', singleUse: false });
    const stored = context.server.directory.file.data.invites.find((candidate) => candidate.id === expired.invite.id)!;
    stored.expiresAt = new Date(Date.now() - 1000).toISOString();
    const outsider = apiAs(context.server.url, cast.tokens.outsider);
    expect(await outsider('POST', `/api/invites/${expired.code}/accept`)).toMatchObject({
      status: 410,
      body: { error: 'gone' },
    });
    expect((await anonymous()('GET', `/api/invites/${expired.code}`)).status).toBe(410);

    const revoked = await invite({ role: 'admin', singleUse: false });
    expect((await admin('GET', `/api/spaces/${cast.spaceId}/invites`)).body).toMatchObject({
      invites: [{ id: revoked.invite.id }],
    });
    expect((await admin('DELETE', `/api/spaces/${cast.spaceId}/invites/${revoked.invite.id}`)).status).toBe(204);
    expect((await outsider('POST', `/api/invites/${revoked.code}/accept`)).status).toBe(410);
    expect((await admin('GET', `/api/spaces/${cast.spaceId}/invites`)).body).toEqual({ invites: [] });

    expect((await outsider('POST', `/api/invites/${'A'.repeat(43)}/accept`)).status).toBe(404);
    for (const bad of ['..%2F..%2Faccounts.json', 'short', 'x'.repeat(500)]) {
      expect((await anonymous()('GET', `/api/invites/${bad}`)).status).toBe(404);
    }
    expect((await apiAs(context.server.url, cast.tokens.outsider)('GET', `/api/spaces/${cast.spaceId}`)).status).toBe(
      403,
    );
    // Stored codes are hashes: the file never holds a usable code.
    expect(JSON.stringify(context.server.directory.file.data)).not.toContain(revoked.code);
  });

  it('refuses a sign-up for an email that already has an account, and a weak password', async () => {
    const { code } = await invite({ role: 'member', singleUse: false });
    expect(
      await anonymous()('POST', `/api/invites/${code}/signup`, {
        email: 'member@cast.example',
        name: 'Copy',
        password: 'three random words',
      }),
    ).toMatchObject({ status: 409, body: { error: 'conflict' } });
    expect(
      (
        await anonymous()('POST', `/api/invites/${code}/signup`, {
          email: 'new@x.example',
          name: 'New',
          password: 'short',
        })
      ).status,
    ).toBe(400);
    expect((await anonymous()('GET', `/api/invites/${code}`)).status).toBe(200);
  });

  it('lets people change their own profile, within its rules', async () => {
    const me = apiAs(context.server.url, cast.tokens.member);
    const changed = await me('PATCH', '/api/me', {
      name: 'Mari Lewis',
      service: 'Conwy Libraries',
      region: 'Wales',
      color: '#2e7d32',
    });
    expect(changed).toMatchObject({
      status: 200,
      body: {
        user: { name: 'Mari Lewis', initials: 'ML', service: 'Conwy Libraries', region: 'Wales', color: '#2e7d32' },
      },
    });
    for (const bad of [{ color: '#ffffff' }, { initials: 'ABCD' }, { initials: '<b>' }, { name: '' }]) {
      expect((await me('PATCH', '/api/me', bad)).status).toBe(400);
    }
  });
});

/** An invite used by several requests at once, over real HTTP to a real server: its uses are counted before any await. */
describe('invites used at once', () => {
  let context: Awaited<ReturnType<typeof startTempServer>>;
  let cast: Cast;
  let admin: ReturnType<typeof apiAs>;
  const anonymous = () => apiAs(context.server.url);

  beforeEach(async () => {
    context = await startTempServer({ loginBurst: 100 });
    cast = await buildCast(context.server);
    admin = apiAs(context.server.url, cast.tokens.admin);
  }, 60_000);
  afterEach(() => context.cleanup());

  const singleUse = async () =>
    (
      (
        await admin('POST', `/api/spaces/${cast.spaceId}/invites`, {
          role: 'member',
          expiresInHours: 24,
          singleUse: true,
        })
      ).body as { code: string }
    ).code;
  const signup = (code: string, email: string) =>
    anonymous()('POST', `/api/invites/${code}/signup`, { email, name: 'New Person', password: 'three random words' });

  it('makes one account from eight sign-ups with a single-use invite, and refuses seven as gone', async () => {
    const code = await singleUse();
    const users = context.server.directory.file.data.users.length;
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => signup(code, `racer-${i}@person.example`)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 410, 410, 410, 410, 410, 410, 410]);
    for (const answer of answers.filter((a) => a.status === 410)) expect(answer.body).toMatchObject({ error: 'gone' });
    expect(context.server.directory.file.data.users.length).toBe(users + 1);
    const stored = JSON.parse(await readFile(path.join(context.dataDir, 'accounts.json'), 'utf8')) as {
      users: unknown[];
      invites: Array<{ uses: number; singleUse: boolean }>;
    };
    expect(stored.users.length).toBe(users + 1);
    expect(stored.invites.filter((invite) => invite.singleUse).map((invite) => invite.uses)).toEqual([1]);
  });

  it('lets one of three people join with a single-use invite accepted at once', async () => {
    const code = await singleUse();
    const joiners = ['outsider', 'removed', 'observer'] as const;
    // The observer is in the matrix space already; this invite's space must be new to all three.
    await context.server.directory.spaces.remove(cast.spaceId, cast.userIds.observer);
    const before = context.server.directory.file.data.memberships.filter((m) => m.spaceId === cast.spaceId).length;
    const answers = await Promise.all(
      joiners.map((who) => apiAs(context.server.url, cast.tokens[who])('POST', `/api/invites/${code}/accept`)),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 410, 410]);
    const after = context.server.directory.file.data.memberships.filter((m) => m.spaceId === cast.spaceId).length;
    expect(after).toBe(before + 1);
  });

  it('makes one account from sign-ups with the same email at once, refusing the others as taken', async () => {
    const { code } = (
      await admin('POST', `/api/spaces/${cast.spaceId}/invites`, {
        role: 'member',
        expiresInHours: 24,
        singleUse: false,
      })
    ).body as { code: string };
    const answers = await Promise.all(Array.from({ length: 4 }, () => signup(code, 'same@person.example')));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409]);
    expect(context.server.directory.file.data.users.filter((u) => u.email === 'same@person.example')).toHaveLength(1);
  });

  it('gives the use back when a sign-up fails: an email already taken, a body that breaks the schema', async () => {
    const code = await singleUse();
    expect(await signup(code, 'member@cast.example')).toMatchObject({ status: 409, body: { error: 'conflict' } });
    expect((await anonymous()('GET', `/api/invites/${code}`)).status).toBe(200);
    expect(
      (await anonymous()('POST', `/api/invites/${code}/signup`, { email: 'x@person.example', password: 'short' }))
        .status,
    ).toBe(400);
    expect((await anonymous()('GET', `/api/invites/${code}`)).status).toBe(200);
    expect((await signup(code, 'finally@person.example')).status).toBe(201);
    expect((await signup(code, 'too-late@person.example')).status).toBe(410);
  });

  it('refuses a sign-up whose invite is withdrawn, or whose space is archived, while its password is hashed', async () => {
    for (const withdraw of ['revoke', 'archive'] as const) {
      const created = (
        await admin('POST', `/api/spaces/${cast.spaceId}/invites`, {
          role: 'member',
          expiresInHours: 24,
          singleUse: false,
        })
      ).body as { invite: { id: string }; code: string };
      const users = context.server.directory.file.data.users.length;
      // Password checks run one at a time: wrong guesses queued first hold the sign-up's hashing back a while.
      const guesses = Array.from({ length: 6 }, () =>
        anonymous()('POST', '/api/session', { email: 'member@cast.example', password: 'a wrong guess' }),
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
      const order: string[] = [];
      const signingUp = signup(created.code, `late-${withdraw}@person.example`).then((answer) => {
        order.push('sign-up');
        return answer;
      });
      await new Promise((resolve) => setTimeout(resolve, 30));
      const withdrawn =
        withdraw === 'revoke'
          ? await admin('DELETE', `/api/spaces/${cast.spaceId}/invites/${created.invite.id}`)
          : await admin('PATCH', `/api/spaces/${cast.spaceId}`, { archived: true });
      order.push(withdraw);
      expect(withdrawn.status).toBeLessThan(300);
      expect(await signingUp).toMatchObject({ status: 410, body: { error: 'gone' } });
      expect(order).toEqual([withdraw, 'sign-up']);
      expect(context.server.directory.file.data.users.length).toBe(users);
      await Promise.all(guesses);
      if (withdraw === 'archive') await admin('PATCH', `/api/spaces/${cast.spaceId}`, { archived: false });
    }
  });

  needsChattr(`gives the use back when the disk refuses the sign-up, and keeps nothing of it${skipped}`, async () => {
    const code = await singleUse();
    const file = path.join(context.dataDir, 'accounts.json');
    const before = await readFile(file, 'utf8');
    const users = context.server.directory.file.data.users.length;
    await setImmutable([context.dataDir, file], true);
    try {
      expect(await signup(code, 'disk@person.example')).toMatchObject({ status: 503, body: { error: 'internal' } });
    } finally {
      await setImmutable([context.dataDir, file], false);
    }
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(context.server.directory.file.data.users.length).toBe(users);
    expect(context.server.accounts.findUserByEmail('disk@person.example')).toBeUndefined();
    expect((await anonymous()('GET', `/api/invites/${code}`)).status).toBe(200);
    expect((await signup(code, 'disk@person.example')).status).toBe(201);
  });
});
