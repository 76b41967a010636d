import { z } from 'zod';
import { Colour, DisplayName, DocumentMeta, Email, Organisation, ProfileDetail } from '../../shared/api/schemas';
import { SpaceTemplate } from '../../shared/api/document-library';
import { Space } from '../../shared/api/spaces';
import { ChangeKey, InviteId, SpaceId, UserId } from '../../shared/ids';
import { Role } from '../../shared/spaces/permissions';

/** The shape of accounts.json, checked every time it is read from disk. */
export const PasswordHash = z.object({
  salt: z.string().min(16),
  hash: z.string().min(32),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
});
export type PasswordHash = z.infer<typeof PasswordHash>;

const UserV1 = z.object({
  id: UserId,
  email: Email,
  name: DisplayName,
  initials: z.string().min(1).max(3),
  color: Colour,
  password: PasswordHash,
  createdAt: z.string().datetime(),
});

export const StoredUser = UserV1.extend({
  serverAdmin: z.boolean(),
  service: ProfileDetail,
  region: ProfileDetail,
});
export type StoredUser = z.infer<typeof StoredUser>;

export const StoredSession = z.object({
  tokenHash: z.string().length(64),
  userId: UserId,
  expiresAt: z.string().datetime(),
});
export type StoredSession = z.infer<typeof StoredSession>;

export const StoredSpace = Space.extend({ createdBy: UserId });
export type StoredSpace = z.infer<typeof StoredSpace>;

export const StoredMembership = z.object({
  spaceId: SpaceId,
  userId: UserId,
  role: Role,
  joinedAt: z.string().datetime(),
});
export type StoredMembership = z.infer<typeof StoredMembership>;

export const StoredInvite = z.object({
  id: InviteId,
  /** SHA-256 of the code; the code itself is shown once and never stored. */
  codeHash: z.string().length(64),
  spaceId: SpaceId,
  role: Role,
  expiresAt: z.string().datetime(),
  singleUse: z.boolean(),
  uses: z.number().int().nonnegative(),
  revoked: z.boolean(),
  createdAt: z.string().datetime(),
  createdBy: UserId,
});
export type StoredInvite = z.infer<typeof StoredInvite>;

/** The largest first answer a receipt keeps; a bigger one is replayed as `already_done`. */
export const MAX_RECEIPT_ANSWER_CHARS = 16 * 1024;

/** A change made with an Idempotency-Key, kept so that sending it again changes nothing (see http/idempotency.ts). */
export const StoredReceipt = z.object({
  userId: UserId,
  key: ChangeKey,
  /** SHA-256 of the method, path and body: the same key with another request is refused. */
  request: z.string().length(64),
  at: z.string().datetime(),
  /** The first answer; null if the server stopped after making the change but before keeping its answer. */
  answer: z
    .object({ status: z.number().int().min(200).max(599), body: z.string().max(MAX_RECEIPT_ANSWER_CHARS) })
    .nullable(),
});
export type StoredReceipt = z.infer<typeof StoredReceipt>;

export const DirectoryData = z.object({
  version: z.literal(2),
  organisation: Organisation,
  users: z.array(StoredUser),
  sessions: z.array(StoredSession),
  spaces: z.array(StoredSpace),
  memberships: z.array(StoredMembership),
  invites: z.array(StoredInvite),
  documents: z.array(DocumentMeta),
  // Files written before receipts existed have none.
  receipts: z.array(StoredReceipt).default([]),
  // Files written before the document library (issue 14) have none; their documents read with the new fields'
  // defaults (shared/api/schemas.ts DocumentMeta): English, not binned, no translation, no editors known.
  templates: z.array(SpaceTemplate).default([]),
});
export type DirectoryData = z.infer<typeof DirectoryData>;

/** What issue 2's servers wrote: no spaces, every document open to every person. */
export const DirectoryDataV1 = z.object({
  version: z.literal(1),
  organisation: Organisation,
  users: z.array(UserV1),
  sessions: z.array(StoredSession),
  documents: z.array(DocumentMeta.omit({ spaceId: true })),
});
export type DirectoryDataV1 = z.infer<typeof DirectoryDataV1>;

export const emptyDirectory = (): DirectoryData => ({
  version: 2,
  organisation: { name: 'Branchline' },
  users: [],
  sessions: [],
  spaces: [],
  memberships: [],
  invites: [],
  documents: [],
  receipts: [],
  templates: [],
});
