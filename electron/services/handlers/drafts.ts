import type { HostHandlers } from '../../../shared/ipc/contract';
import { findServer, type HandlerContext } from './context';

/**
 * Drafts of the forum's composers, kept on this device per server and person (nothing is
 * sent): `put` resolves once the draft is on disk. Signed out of a server, there are none.
 */
export function draftsHandlers(context: HandlerContext): HostHandlers['drafts'] {
  const signedIn = (serverId: string) => findServer(context, serverId)?.user?.id ?? null;
  return {
    async get({ serverId, key }) {
      const userId = signedIn(serverId);
      return userId ? context.store.drafts.get(serverId, userId, key) : null;
    },
    async put({ serverId, key, draft }) {
      const userId = signedIn(serverId);
      if (!userId) {
        context.log(`A draft for server ${serverId} was not kept: nobody is signed in there.`);
        return undefined;
      }
      await context.store.drafts.put(serverId, userId, key, draft);
      return undefined;
    },
  };
}
