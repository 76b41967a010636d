import { Hono, type Context } from 'hono';
import { CreateInviteRequest, SignupRequest } from '../../shared/api/spaces';
import { InviteId } from '../../shared/ids';
import { InviteCode } from '../../shared/spaces/invite-link';
import { ROLES, type Role } from '../../shared/spaces/permissions';
import { EmailTaken, publicUser } from '../accounts/accounts';
import type { StoredInvite } from '../accounts/schema';
import { toInvite, type InviteClaim } from '../spaces/invites';
import type { ApiDeps } from './api';
import { guardSpace } from './guard';
import { clientAddress, fail, param, readBody, type Env } from './respond';

/** Roles from strongest to weakest: joining by invite never lowers a role someone already has. */
const stronger = (a: Role, b: Role) => (ROLES.indexOf(a) <= ROLES.indexOf(b) ? a : b);

function usableInvite(c: Context<Env>, deps: ApiDeps): StoredInvite | Response {
  const code = param(c, 'code', InviteCode);
  const found = code ? deps.directory.invites.lookup(code) : { status: 'missing' as const };
  if (found.status === 'missing') return fail(c, 'not_found', 'There is no such invite. Check the link or code.');
  if (found.status === 'gone') return fail(c, 'gone', 'This invite has expired, been withdrawn or been used.');
  const space = deps.directory.spaces.find(found.invite.spaceId);
  if (!space || space.archived) return fail(c, 'gone', 'The space this invite is for is archived.');
  return found.invite;
}

/** A usable invite with one use reserved for this request (Invites.claim), or the refusal to send. */
function claimInvite(c: Context<Env>, deps: ApiDeps): InviteClaim | Response {
  const invite = usableInvite(c, deps);
  return invite instanceof Response ? invite : deps.directory.invites.claim(invite);
}

/** Reading an invite, and signing up with one: no session needed, the code is the credential. */
export function publicInviteRoutes(deps: ApiDeps): Hono<Env> {
  const { accounts, spaces, invites, file } = deps.directory;
  const app = new Hono<Env>();

  app.get('/api/invites/:code', (c) => {
    const invite = usableInvite(c, deps);
    if (invite instanceof Response) return invite;
    const space = spaces.find(invite.spaceId)!;
    return c.json({
      organisation: accounts.organisation,
      space: { id: space.id, name: space.name, nameCy: space.nameCy },
      role: invite.role,
      expiresAt: invite.expiresAt,
    });
  });

  app.post('/api/invites/:code/signup', async (c) => {
    if (!deps.loginLimiter.take(`address:${clientAddress(c)}`)) {
      return fail(c, 'rate_limited', 'Too many attempts. Wait a minute and try again.');
    }
    // The use is reserved before anything is awaited, and given back unless the sign-up is made.
    const claim = claimInvite(c, deps);
    if (claim instanceof Response) return claim;
    try {
      const body = await readBody(c, SignupRequest);
      if (body instanceof Response) return body;
      const { invite } = claim;
      // The account, its place in the space, the invite's use and the session: one write, whole or not at all.
      const made = await file
        .inOneWrite(async () => {
          const created = await accounts.addUser(body);
          await spaces.setRole(invite.spaceId, created.id, invite.role);
          await invites.used(claim);
          return { userId: created.id, session: await accounts.createSession(created.id, deps.sessionTtlMs) };
        })
        .catch((error: unknown) => {
          if (error instanceof EmailTaken) return null;
          throw error;
        });
      if (!made) {
        return fail(c, 'conflict', 'There is already an account with this email: sign in, then join with the invite.');
      }
      const user = accounts.findUser(made.userId)!;
      const space = spaces.find(invite.spaceId)!;
      return c.json(
        {
          ...made.session,
          user: publicUser(user),
          organisation: accounts.organisation,
          serverAdmin: user.serverAdmin,
          space: spaces.summary(space, user),
        },
        201,
      );
    } finally {
      claim.release();
    }
  });

  return app;
}

/** Accepting an invite as oneself, and a space admin's invites. */
export function inviteRoutes(deps: ApiDeps): Hono<Env> {
  const { directory } = deps;
  const { spaces, invites } = directory;
  const app = new Hono<Env>();

  app.post('/api/invites/:code/accept', async (c) => {
    const claim = claimInvite(c, deps);
    if (claim instanceof Response) return claim;
    try {
      const { invite } = claim;
      const user = c.get('user');
      const current = spaces.roleOf(invite.spaceId, user.id);
      const role = current ? stronger(current, invite.role) : invite.role;
      await directory.file.inOneWrite(async () => {
        if (role !== current) await spaces.setRole(invite.spaceId, user.id, role);
        await invites.used(claim);
      });
      deps.accessChanged();
      return c.json({ space: spaces.summary(spaces.find(invite.spaceId)!, user) });
    } finally {
      claim.release();
    }
  });

  app.get('/api/spaces/:spaceId/invites', (c) => {
    const allowed = guardSpace(c, directory, 'manage-people');
    if (allowed instanceof Response) return allowed;
    return c.json({ invites: invites.live(allowed.space.id).map(toInvite) });
  });

  app.post('/api/spaces/:spaceId/invites', async (c) => {
    const allowed = guardSpace(c, directory, 'manage-people');
    if (allowed instanceof Response) return allowed;
    if (allowed.space.archived) return fail(c, 'forbidden', 'Restore the space before inviting people to it.');
    const body = await readBody(c, CreateInviteRequest);
    if (body instanceof Response) return body;
    const { invite, code } = await invites.create({ ...body, spaceId: allowed.space.id, createdBy: allowed.user.id });
    return c.json({ invite: toInvite(invite), code }, 201);
  });

  app.delete('/api/spaces/:spaceId/invites/:inviteId', async (c) => {
    const allowed = guardSpace(c, directory, 'manage-people');
    if (allowed instanceof Response) return allowed;
    const id = param(c, 'inviteId', InviteId);
    if (!id || !(await invites.revoke(allowed.space.id, id))) return fail(c, 'not_found', 'No such invite.');
    return c.body(null, 204);
  });

  return app;
}
