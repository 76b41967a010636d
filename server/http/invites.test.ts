import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiAs, buildCast, type Cast } from '../testing/cast';
import { startTempServer } from '../testing/temp-server';

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
