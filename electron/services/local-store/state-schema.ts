import { z } from 'zod';
import { ServerId } from '../../../shared/ids';
import { DocumentMeta, Organisation, PublicUser } from '../../../shared/api/schemas';
import { HttpUrl, Settings } from '../../../shared/ipc/contract';

/** What `branchline.json` holds. Read from disk, so validated every time it is loaded. */
export const StoredToken = z.object({ sealed: z.string().min(1), expiresAt: z.string().datetime() });
export type StoredToken = z.infer<typeof StoredToken>;

export const StoredServer = z.object({
  id: ServerId,
  url: HttpUrl,
  isDefault: z.boolean(),
  organisation: Organisation.nullable(),
  user: PublicUser.nullable(),
  token: StoredToken.nullable(),
});
export type StoredServer = z.infer<typeof StoredServer>;

export const LocalState = z.object({
  version: z.literal(1),
  settings: Settings,
  servers: z.array(StoredServer),
  /** Per server: the documents list from the last successful fetch, for offline use. */
  documentIndex: z.record(ServerId, z.array(DocumentMeta)),
  /** Servers whose demo account this device has signed in to once; never again automatically. */
  demoSignedIn: z.array(ServerId),
});
export type LocalState = z.infer<typeof LocalState>;

export function defaultLocalState(): LocalState {
  return { version: 1, settings: { locale: 'system' }, servers: [], documentIndex: {}, demoSignedIn: [] };
}
