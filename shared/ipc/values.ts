import { z } from 'zod';
import { ServerId } from '../ids';
import { DocumentAccess, DocumentMeta, ErrorCode, Organisation, PublicUser } from '../api/schemas';
import { Invite, InvitePreview, SpaceSummary } from '../api/spaces';
import { InviteCode } from '../spaces/invite-link';

/** The values that cross the IPC contract (./contract.ts), besides the HTTP API's own. */

export const Bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes');

/** A failure the user should see, as a catalogue key, never a stack trace. */
export const Failure = z.object({ ok: z.literal(false), error: ErrorCode });
export type Failure = z.infer<typeof Failure>;
export const result = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), Failure]);
export type Result<T> = { ok: true; value: T } | Failure;

export const Locale = z.enum(['en', 'cy']);
export type Locale = z.infer<typeof Locale>;
export const LocaleSetting = z.enum(['system', 'en', 'cy']);
export type LocaleSetting = z.infer<typeof LocaleSetting>;

export const Settings = z.object({ locale: LocaleSetting });
export type Settings = z.infer<typeof Settings>;

export const AppInfo = z.object({
  host: z.enum(['electron', 'web']),
  version: z.string(),
  platform: z.string(),
  systemLocale: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const HttpUrl = z
  .string()
  .max(2048)
  .url()
  .refine((value) => /^https?:$/.test(new URL(value).protocol), 'http or https only');

export const ServerEntry = z.object({
  id: ServerId,
  url: HttpUrl,
  isDefault: z.boolean(),
  /** The server the window shows. */
  isActive: z.boolean(),
  organisation: Organisation.nullable(),
  /** The person signed in there; null when signed out. */
  user: PublicUser.nullable(),
  serverAdmin: z.boolean(),
  /** Something changed there since the person last looked (for the switcher's dot). */
  hasActivity: z.boolean(),
});
export type ServerEntry = z.infer<typeof ServerEntry>;

export const Connection = z.object({ syncUrl: z.string(), token: z.string(), user: PublicUser });
export type Connection = z.infer<typeof Connection>;

export const SpaceList = z.object({ spaces: z.array(SpaceSummary), fromCache: z.boolean() });
export type SpaceList = z.infer<typeof SpaceList>;

export const DocumentList = z.object({ documents: z.array(DocumentMeta), fromCache: z.boolean() });
export type DocumentList = z.infer<typeof DocumentList>;

export const DocumentAccessInfo = z.object({ document: DocumentMeta, access: DocumentAccess, fromCache: z.boolean() });
export type DocumentAccessInfo = z.infer<typeof DocumentAccessInfo>;

/** What a pasted invite says, and where it leads. `serverId` is the entry for its server, if any. */
export const InviteInfo = z.object({
  serverUrl: HttpUrl,
  serverId: ServerId.nullable(),
  code: InviteCode,
  preview: InvitePreview,
});
export type InviteInfo = z.infer<typeof InviteInfo>;

/** A new invite: its code is shown once, as a link and as the bare code. */
export const NewInvite = z.object({ invite: Invite, code: InviteCode, link: HttpUrl });
export type NewInvite = z.infer<typeof NewInvite>;

/** Why this device's store cannot write (or read) now: the person is told, and it keeps trying. */
export const StoreWriteProblem = z.object({
  kind: z.enum(['read-only', 'disk-full', 'io']),
  /** The file or room concerned and the system's own words, for the log and support. */
  detail: z.string(),
});
export type StoreWriteProblem = z.infer<typeof StoreWriteProblem>;

/** A file found damaged on this device, and where it (or its damaged part) was kept. */
export const StoreDamage = z.object({
  what: z.enum(['settings', 'server-cache', 'outbox', 'room-log', 'secret-key']),
  /** The copy kept aside; null when it could not be moved, so it was left where it was. */
  keptAs: z.string().nullable(),
  detail: z.string(),
});
export type StoreDamage = z.infer<typeof StoreDamage>;

/**
 * What is wrong with the device's store: `writing` while any write is failing (it clears
 * when writes work again), and damage found since the person last dismissed it.
 */
export const StoreHealth = z.object({ writing: StoreWriteProblem.nullable(), damaged: z.array(StoreDamage) });
export type StoreHealth = z.infer<typeof StoreHealth>;
