import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiAs, buildCast, type Cast } from '../testing/cast';
import { startTempServer } from '../testing/temp-server';

/**
 * Changes that race: several real HTTP requests sent at once to a real server. A rule checked
 * before a change ("a space keeps one admin") must hold however the requests interleave, and
 * changes made together must all be kept.
 */
describe('changes sent at once', () => {
  let context: Awaited<ReturnType<typeof startTempServer>>;
  let cast: Cast;
  const as = (who: keyof Cast['tokens']) => apiAs(context.server.url, cast.tokens[who]);

  beforeEach(async () => {
    context = await startTempServer({ loginBurst: 100 });
    cast = await buildCast(context.server);
  }, 60_000);
  afterEach(() => context.cleanup());

  const admins = (spaceId: string) =>
    context.server.directory.file.data.memberships.filter((m) => m.spaceId === spaceId && m.role === 'admin');
  const storedAdmins = async (spaceId: string) =>
    (
      JSON.parse(await readFile(path.join(context.dataDir, 'accounts.json'), 'utf8')) as {
        memberships: Array<{ spaceId: string; role: string }>;
      }
    ).memberships.filter((m) => m.spaceId === spaceId && m.role === 'admin');

  /** The matrix space with two admins: the cast's admin and the member, made admin. */
  async function twoAdmins() {
    for (const who of ['admin', 'member'] as const)
      await context.server.directory.spaces.setRole(cast.spaceId, cast.userIds[who], 'admin');
    expect(admins(cast.spaceId)).toHaveLength(2);
  }

  it('keeps one admin when both admins step down at once', async () => {
    await twoAdmins();
    const answers = await Promise.all(
      (['admin', 'member'] as const).map((who) =>
        as(who)('PUT', `/api/spaces/${cast.spaceId}/members/${cast.userIds[who]}`, { role: 'member' }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(admins(cast.spaceId)).toHaveLength(1);
    expect(await storedAdmins(cast.spaceId)).toHaveLength(1);
  });

  it('keeps one admin when both admins leave at once, or one leaves as the other steps down', async () => {
    await twoAdmins();
    const leaving = await Promise.all(
      (['admin', 'member'] as const).map((who) =>
        as(who)('DELETE', `/api/spaces/${cast.spaceId}/members/${cast.userIds[who]}`),
      ),
    );
    expect(leaving.map((answer) => answer.status).sort()).toEqual([204, 409]);
    expect(admins(cast.spaceId)).toHaveLength(1);

    await twoAdmins();
    const [left, steppedDown] = await Promise.all([
      as('admin')('DELETE', `/api/spaces/${cast.spaceId}/members/${cast.userIds.admin}`),
      as('member')('PUT', `/api/spaces/${cast.spaceId}/members/${cast.userIds.member}`, { role: 'observer' }),
    ]);
    expect([left!.status, steppedDown!.status].filter((status) => status === 409)).toHaveLength(1);
    expect(admins(cast.spaceId)).toHaveLength(1);
    expect(await storedAdmins(cast.spaceId)).toHaveLength(1);
  });

  it('keeps one admin when each of two admins removes the other at once', async () => {
    await twoAdmins();
    const answers = await Promise.all([
      as('admin')('DELETE', `/api/spaces/${cast.spaceId}/members/${cast.userIds.member}`),
      as('member')('DELETE', `/api/spaces/${cast.spaceId}/members/${cast.userIds.admin}`),
    ]);
    // Whoever is removed first can no longer remove anyone (403), or could not remove the last admin (409).
    const [first, second] = answers.map((answer) => answer.status).sort();
    expect(first).toBe(204);
    expect([403, 409]).toContain(second);
    expect(admins(cast.spaceId)).toHaveLength(1);
    expect(await storedAdmins(cast.spaceId)).toHaveLength(1);
  });

  it('keeps every space and invite created at once', async () => {
    const spaces = await Promise.all(
      [1, 2, 3].map((n) => as('serverAdmin')('POST', '/api/spaces', { name: `At once ${n}` })),
    );
    const invites = await Promise.all(
      [1, 2, 3].map(() =>
        as('admin')('POST', `/api/spaces/${cast.spaceId}/invites`, {
          role: 'member',
          expiresInHours: 24,
          singleUse: true,
        }),
      ),
    );
    expect([...spaces, ...invites].map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const stored = JSON.parse(await readFile(path.join(context.dataDir, 'accounts.json'), 'utf8')) as {
      spaces: Array<{ name: string }>;
      invites: Array<{ spaceId: string }>;
    };
    expect(
      stored.spaces
        .filter((space) => space.name.startsWith('At once'))
        .map((space) => space.name)
        .sort(),
    ).toEqual(['At once 1', 'At once 2', 'At once 3']);
    expect(stored.invites.filter((invite) => invite.spaceId === cast.spaceId)).toHaveLength(3);
  });
});
