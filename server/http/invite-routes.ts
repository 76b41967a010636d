import { Hono, type Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { CreateInviteRequest, SignupRequest } from '../../shared/api/spaces';
import { ROLES, type Role } from '../../shared/spaces/permissions';
import { EmailTaken, publicUser } from '../accounts/accounts';
import { hashPassword } from '../accounts/passwords';
import type { StoredInvite } from '../accounts/schema';
import { toInvite, type InviteClaim } from '../spaces/invites';
import type { ApiDeps } from './api';
import { spaceAccess } from './guard';
import { clientAddress, fail, type Env } from './respond';
import { inviteCodeParam, jsonBody, spaceIdParam, spaceInviteParams } from './validate';

/** Roles from strongest to weakest: joining by invite never lowers a role someone already has. */
const stronger = (a: Role, b: Role) => (ROLES.indexOf(a) <= ROLES.indexOf(b) ? a : b);

// Managing an archived space's people stays allowed; inviting more waits until it is restored.
const RESTORE_FIRST = 'Restore the space before inviting people to it.';

const GONE = 'This invite has expired, been withdrawn or been used.';
const ARCHIVED = 'The space this invite is for is archived.';
const EMAIL_TAKEN = 'There is already an account with this email: sign in, then join with the invite.';

type WithCode = { out: { param: { code: string } } };

/** The invite named by the (validated) `:code`, if it can still be used; else the refusal to send. */
function usableInvite<E extends Env>(c: Context<E, string, WithCode>, deps: ApiDeps): StoredInvite | Response {
  const found = deps.directory.invites.lookup(c.req.valid('param').code);
  if (found.status === 'missing') return fail(c, 'not_found', 'There is no such invite. Check the link or code.');
  if (found.status === 'gone') return fail(c, 'gone', GONE);
  const space = deps.directory.spaces.find(found.invite.spaceId);
  if (!space || space.archived) return fail(c, 'gone', ARCHIVED);
  return found.invite;
}

/**
 * Using an invite: one use is reserved in the same turn as the lookup, before anything is
 * awaited (Invites.claim), and given back when the request ends unless the handler counted it.
 * So a single-use invite sent eight times at once is used once, and a failed use (a taken
 * email, a bad body, a refused write) leaves it usable.
 */
function claimedInvite(deps: ApiDeps) {
  return createMiddleware<Env & { Variables: { claim: InviteClaim } }, string, WithCode>(async (c, next) => {
    const invite = usableInvite(c, deps);
    if (invite instanceof Response) return invite;
    const claim = deps.directory.invites.claim(invite);
    c.set('claim', claim);
    try {
      await next();
    } finally {
      claim.release();
    }
  });
}

/** Reading an invite, and signing up with one: no session needed, the code is the credential. */
export function publicInviteRoutes(deps: ApiDeps): Hono<Env> {
  const { accounts, spaces, invites, file } = deps.directory;
  const app = new Hono<Env>();

  app.get('/api/invites/:code', inviteCodeParam, (c) => {
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

  // Every attempt spends one of the address's sign-in tries, whatever it sends.
  const signupAllowance = createMiddleware<Env>(async (c, next) => {
    if (!deps.signInAllowances.take(`address:${clientAddress(c)}`))
      return fail(c, 'rate_limited', 'Too many attempts. Wait a minute and try again.');
    await next();
  });

  app.post(
    '/api/invites/:code/signup',
    signupAllowance,
    inviteCodeParam,
    claimedInvite(deps),
    jsonBody(SignupRequest),
    async (c) => {
      const { claim } = c.var;
      const { invite } = claim;
      const body = c.req.valid('json');
      if (accounts.findUserByEmail(body.email)) return fail(c, 'conflict', EMAIL_TAKEN);
      const password = await hashPassword(body.password);
      // Asked again after the slow step: the invite may have been withdrawn, or its space archived, meanwhile.
      if (!invites.holds(claim)) return fail(c, 'gone', GONE);
      if (spaces.find(invite.spaceId)?.archived !== false) return fail(c, 'gone', ARCHIVED);
      // The account, its place in the space, the invite's use and the session: one write, whole or not at all.
      const made = await file
        .inOneWrite(async () => {
          const created = await accounts.addUserWithHash(body, password);
          await spaces.setRole(invite.spaceId, created.id, invite.role);
          await invites.used(claim);
          return { userId: created.id, session: await accounts.createSession(created.id, deps.sessionTtlMs) };
        })
        .catch((error: unknown) => {
          if (error instanceof EmailTaken) return null;
          throw error;
        });
      if (!made) return fail(c, 'conflict', EMAIL_TAKEN);
      const user = accounts.findUser(made.userId)!;
      return c.json(
        {
          ...made.session,
          user: publicUser(user),
          organisation: accounts.organisation,
          serverAdmin: user.serverAdmin,
          space: spaces.summary(spaces.find(invite.spaceId)!, user),
        },
        201,
      );
    },
  );

  return app;
}

/** Accepting an invite as oneself, and a space admin's invites. */
export function inviteRoutes(deps: ApiDeps): Hono<Env> {
  const { directory } = deps;
  const { spaces, invites } = directory;
  const app = new Hono<Env>();

  app.post('/api/invites/:code/accept', inviteCodeParam, claimedInvite(deps), async (c) => {
    const { claim } = c.var;
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
  });

  app.get('/api/spaces/:spaceId/invites', spaceIdParam, spaceAccess(directory, 'manage-people'), (c) => {
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    return c.json({ invites: invites.live(allowed.space.id).map(toInvite) });
  });

  app.post(
    '/api/spaces/:spaceId/invites',
    spaceIdParam,
    spaceAccess(directory, 'manage-people', (space) => (space.archived ? RESTORE_FIRST : null)),
    jsonBody(CreateInviteRequest),
    async (c) => {
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      const body = c.req.valid('json');
      const { invite, code } = await invites.create({ ...body, spaceId: allowed.space.id, createdBy: allowed.user.id });
      return c.json({ invite: toInvite(invite), code }, 201);
    },
  );

  app.delete(
    '/api/spaces/:spaceId/invites/:inviteId',
    spaceInviteParams,
    spaceAccess(directory, 'manage-people'),
    async (c) => {
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      if (!(await invites.revoke(allowed.space.id, c.req.valid('param').inviteId)))
        return fail(c, 'not_found', 'No such invite.');
      return c.body(null, 204);
    },
  );

  return app;
}
