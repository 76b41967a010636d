import { z } from 'zod';
import { ServerId } from '../../../shared/ids';
import { Organisation, ProfileDetail, PublicUser } from '../../../shared/api/schemas';
import { HttpUrl, Settings } from '../../../shared/ipc/contract';

/** What `branchline.json` holds. Read from disk, so validated every time it is loaded. */
export const MAX_EARLIER_URLS = 10;

export const StoredToken = z.object({ sealed: z.string().min(1), expiresAt: z.string().datetime() });
export type StoredToken = z.infer<typeof StoredToken>;

export const StoredServer = z.object({
  id: ServerId,
  url: HttpUrl,
  isDefault: z.boolean(),
  organisation: Organisation.nullable(),
  user: PublicUser.nullable(),
  /** Whether the person signed in there is a server admin (creates spaces, sees them all). */
  serverAdmin: z.boolean(),
  token: StoredToken.nullable(),
  /**
   * Addresses this entry had before, newest first (the embedded server's earlier ports): a link
   * made for one of them is for this server (links.resolve, invites.preview).
   */
  earlierUrls: z.array(HttpUrl).max(MAX_EARLIER_URLS),
});
export type StoredServer = z.infer<typeof StoredServer>;

export const LocalState = z.object({
  version: z.literal(3),
  settings: Settings,
  servers: z.array(StoredServer),
  /** The server the window shows; null before any is chosen. */
  activeServerId: ServerId.nullable(),
  /** Servers whose demo account this device has signed in to once; never again automatically. */
  demoSignedIn: z.array(ServerId),
});
export type LocalState = z.infer<typeof LocalState>;

export function defaultLocalState(): LocalState {
  return { version: 3, settings: { locale: 'system' }, servers: [], activeServerId: null, demoSignedIn: [] };
}

/** What version 2 wrote: no earlier addresses. */
export const LocalStateV2 = LocalState.extend({
  version: z.literal(2),
  servers: z.array(StoredServer.omit({ earlierUrls: true })),
});
export type LocalStateV2 = z.infer<typeof LocalStateV2>;

/**
 * What version 1 wrote (before spaces): no admin flag or active server, people without a
 * service or region, and each server's documents index inside this file.
 */
const StoredServerV1 = StoredServer.omit({ serverAdmin: true, user: true, earlierUrls: true }).extend({
  user: PublicUser.extend({ service: ProfileDetail.default(''), region: ProfileDetail.default('') }).nullable(),
});

export const LocalStateV1 = z.object({
  version: z.literal(1),
  settings: Settings,
  servers: z.array(StoredServerV1),
  // Checked where it moves to (each server's cache), so one bad entry does not lose the settings.
  documentIndex: z.record(ServerId, z.array(z.unknown())),
  demoSignedIn: z.array(ServerId),
});
export type LocalStateV1 = z.infer<typeof LocalStateV1>;
