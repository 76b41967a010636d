import { createContext, useContext } from 'react';
import type { ServerEntry } from '../../../shared/ipc/contract';

/** The signed-in server whose screens show (the `:serverId` of the address). */
export const ServerContext = createContext<ServerEntry | null>(null);

export function useServer(): ServerEntry & { user: NonNullable<ServerEntry['user']> } {
  const server = useContext(ServerContext);
  if (!server?.user) throw new Error('useServer outside a signed-in server’s screens');
  return server as ServerEntry & { user: NonNullable<ServerEntry['user']> };
}
