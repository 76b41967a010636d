import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PeopleResponse } from '../../shared/api/people';
import { ApiRoutes } from '../../shared/api/schemas';
import { apiAs, buildCast, type Cast, type CastMember } from '../testing/cast';
import { startTempServer } from '../testing/temp-server';

/** GET /api/people as membership changes: who one sees follows the spaces one is in. */
describe('GET /api/people', () => {
  let context: Awaited<ReturnType<typeof startTempServer>>;
  let cast: Cast;
  const as = (who: CastMember) => apiAs(context.server.url, cast.tokens[who]);
  const seenBy = async (who: CastMember) =>
    PeopleResponse.parse((await as(who)('GET', ApiRoutes.people)).body).people.map((person) => ({
      id: person.user.id,
      spaces: person.spaces.map((space) => space.spaceId).sort(),
    }));

  beforeEach(async () => {
    context = await startTempServer({ loginBurst: 100 });
    cast = await buildCast(context.server);
  }, 60_000);
  afterEach(() => context.cleanup());

  it('shows a person joining a space to its people, and hides them all again once removed', async () => {
    const { code } = (
      await as('admin')('POST', ApiRoutes.invites(cast.spaceId), { role: 'member', expiresInHours: 1, singleUse: true })
    ).body as { code: string };
    expect(await seenBy('outsider')).toEqual([]);
    expect((await as('outsider')('POST', ApiRoutes.acceptInvite(code))).status).toBe(200);
    // Only the space they share is listed, though the others are in two more.
    const seen = await seenBy('outsider');
    expect(seen).toContainEqual({ id: cast.userIds.member, spaces: [cast.spaceId] });
    expect(seen).toContainEqual({ id: cast.userIds.outsider, spaces: [cast.spaceId] });
    expect(await seenBy('member')).toContainEqual({ id: cast.userIds.outsider, spaces: [cast.spaceId] });

    expect((await as('admin')('DELETE', ApiRoutes.member(cast.spaceId, cast.userIds.outsider))).status).toBe(204);
    expect(await seenBy('outsider')).toEqual([]);
    expect((await seenBy('member')).map((person) => person.id)).not.toContain(cast.userIds.outsider);
  });

  it('needs a session', async () => {
    expect((await apiAs(context.server.url)('GET', ApiRoutes.people)).status).toBe(401);
  });
});
