import { z } from 'zod';
import { InviteId, SpaceId, UserId } from '../ids';
import { InviteCode } from '../spaces/invite-link';
import { Role } from '../spaces/permissions';
import { DisplayName, Email, LoginResponse, Organisation, PublicUser } from './schemas';

/** Spaces, their people and their invites: the HTTP API's schemas (routes in ./routes.ts). */

export const SpaceName = z.string().trim().min(1).max(120);
export const SpaceDescription = z.string().trim().max(2000);

export const Space = z.object({
  id: SpaceId,
  name: SpaceName,
  description: SpaceDescription,
  /** Welsh name and description, where the space has them. */
  nameCy: SpaceName.nullable(),
  descriptionCy: SpaceDescription.nullable(),
  archived: z.boolean(),
  /** Whether the space's observers may comment on its documents (set by its admins; absent: no). */
  observersMayComment: z.boolean().optional(),
  createdAt: z.string().datetime(),
  /** When anything in the space last changed: a document's text or title, or its people. */
  lastActivityAt: z.string().datetime(),
});
export type Space = z.infer<typeof Space>;

/** A space as one person sees it. `myRole` is null for a server admin who is not a member. */
export const SpaceSummary = Space.extend({
  myRole: Role.nullable(),
  memberCount: z.number().int().nonnegative(),
  documentCount: z.number().int().nonnegative(),
});
export type SpaceSummary = z.infer<typeof SpaceSummary>;

// GET /api/spaces: the spaces one is in (server admins: every space)
export const SpaceListResponse = z.object({ spaces: z.array(SpaceSummary) });
export type SpaceListResponse = z.infer<typeof SpaceListResponse>;

// POST /api/spaces (server admins)
export const CreateSpaceRequest = z.object({
  name: SpaceName,
  description: SpaceDescription.default(''),
  nameCy: SpaceName.nullable().default(null),
  descriptionCy: SpaceDescription.nullable().default(null),
});
export type CreateSpaceRequest = z.input<typeof CreateSpaceRequest>;

// PATCH /api/spaces/:id (space admins): details, or archive / restore
export const UpdateSpaceRequest = z
  .object({
    name: SpaceName,
    description: SpaceDescription,
    nameCy: SpaceName.nullable(),
    descriptionCy: SpaceDescription.nullable(),
    archived: z.boolean(),
    observersMayComment: z.boolean(),
  })
  .partial();
export type UpdateSpaceRequest = z.infer<typeof UpdateSpaceRequest>;

// GET /api/spaces/:id, and the answer to POST and PATCH
export const SpaceResponse = z.object({ space: SpaceSummary });
export type SpaceResponse = z.infer<typeof SpaceResponse>;

export const Member = z.object({ user: PublicUser, role: Role, joinedAt: z.string().datetime() });
export type Member = z.infer<typeof Member>;

// GET /api/spaces/:id/members
export const MemberListResponse = z.object({ members: z.array(Member) });
export type MemberListResponse = z.infer<typeof MemberListResponse>;

// PUT /api/spaces/:id/members/:userId (space admins); DELETE removes, or leaves when it is oneself
export const SetRoleRequest = z.object({ role: Role });
export type SetRoleRequest = z.infer<typeof SetRoleRequest>;
export const MemberResponse = z.object({ member: Member });
export type MemberResponse = z.infer<typeof MemberResponse>;

export const Invite = z.object({
  id: InviteId,
  spaceId: SpaceId,
  role: Role,
  expiresAt: z.string().datetime(),
  singleUse: z.boolean(),
  uses: z.number().int().nonnegative(),
  revoked: z.boolean(),
  createdAt: z.string().datetime(),
  createdBy: UserId,
});
export type Invite = z.infer<typeof Invite>;

/** The longest an invite may last: 30 days. */
export const MAX_INVITE_HOURS = 30 * 24;

// POST /api/spaces/:id/invites (space admins); the code is shown once, the server keeps its hash
export const CreateInviteRequest = z.object({
  role: Role,
  expiresInHours: z.number().int().min(1).max(MAX_INVITE_HOURS),
  singleUse: z.boolean(),
});
export type CreateInviteRequest = z.infer<typeof CreateInviteRequest>;
export const CreateInviteResponse = z.object({ invite: Invite, code: InviteCode });
export type CreateInviteResponse = z.infer<typeof CreateInviteResponse>;

// GET /api/spaces/:id/invites: invites still usable (not expired, revoked or used up)
export const InviteListResponse = z.object({ invites: z.array(Invite) });
export type InviteListResponse = z.infer<typeof InviteListResponse>;

// GET /api/invites/:code (no sign-in needed: the code is the secret)
export const InvitePreview = z.object({
  organisation: Organisation,
  space: Space.pick({ id: true, name: true, nameCy: true }),
  role: Role,
  expiresAt: z.string().datetime(),
});
export type InvitePreview = z.infer<typeof InvitePreview>;

// POST /api/invites/:code/accept (signed in): joins the space
export const AcceptInviteResponse = z.object({ space: SpaceSummary });
export type AcceptInviteResponse = z.infer<typeof AcceptInviteResponse>;

/** A new person's password: long enough to be three random words. */
export const NewPassword = z.string().min(10).max(1024);

// POST /api/invites/:code/signup (no sign-in): makes the account, joins, and signs in
export const SignupRequest = z.object({ email: Email, name: DisplayName, password: NewPassword });
export type SignupRequest = z.infer<typeof SignupRequest>;
export const SignupResponse = LoginResponse.extend({ space: SpaceSummary });
export type SignupResponse = z.infer<typeof SignupResponse>;
