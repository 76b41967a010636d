import { z } from 'zod';
import { Colour, DisplayName, DocumentMeta, Email, Organisation } from '../../shared/api/schemas';
import { UserId } from '../../shared/ids';

/** The shape of accounts.json, checked every time it is read from disk. */
export const PasswordHash = z.object({
  salt: z.string().min(16),
  hash: z.string().min(32),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
});
export type PasswordHash = z.infer<typeof PasswordHash>;

export const StoredUser = z.object({
  id: UserId,
  email: Email,
  name: DisplayName,
  initials: z.string().min(1).max(3),
  color: Colour,
  password: PasswordHash,
  createdAt: z.string().datetime(),
});
export type StoredUser = z.infer<typeof StoredUser>;

export const StoredSession = z.object({
  tokenHash: z.string().length(64),
  userId: UserId,
  expiresAt: z.string().datetime(),
});
export type StoredSession = z.infer<typeof StoredSession>;

export const AccountsData = z.object({
  version: z.literal(1),
  organisation: Organisation,
  users: z.array(StoredUser),
  sessions: z.array(StoredSession),
  documents: z.array(DocumentMeta),
});
export type AccountsData = z.infer<typeof AccountsData>;

export const emptyAccounts = (): AccountsData => ({
  version: 1,
  organisation: { name: 'Branchline' },
  users: [],
  sessions: [],
  documents: [],
});
