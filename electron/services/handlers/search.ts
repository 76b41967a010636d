import type { HostHandlers } from '../../../shared/ipc/contract';
import type { SearchHost } from '../search/search-host';
import { findServer, type HandlerContext } from './context';
import { fetchPeople } from './people';

/** How often quick find asks a server for its people in the background (they are found from the cache). */
const PEOPLE_REFRESH_MS = 5 * 60_000;

export function searchHandlers(context: HandlerContext, search: SearchHost): HostHandlers['search'] {
  const peopleAskedAt = new Map<string, number>();
  return {
    async query(query) {
      const server = findServer(context, query.serverId);
      // Signed out: the device keeps its copy, but shows none of it until someone signs in.
      if (!server?.user) return { hits: [], indexing: false };
      const asked = peopleAskedAt.get(query.serverId);
      if (asked === undefined || Date.now() - asked > PEOPLE_REFRESH_MS) {
        peopleAskedAt.set(query.serverId, Date.now());
        void fetchPeople(context, query.serverId).catch(() => undefined);
      }
      return search.query(query);
    },
  };
}
