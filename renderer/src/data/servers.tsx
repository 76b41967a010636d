import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ServerEntry } from '../../../shared/ipc/contract';
import { nextEndedSessions } from '../app/server-entries';
import { host } from './host';
import { ofServer } from './keys';

type Servers = {
  /** The servers this device knows, as the host last said ('servers:changed'). */
  entries: readonly ServerEntry[];
  /** Servers whose session ended by itself (so sign-in can say why it is back). */
  ended: ReadonlySet<string>;
  apply: (entries: ServerEntry[]) => void;
  /** Makes a server the one the window shows (its news counts as seen). */
  activate: (serverId: string) => Promise<void>;
  /** Signs out of one server; what the window cached for it goes too. */
  signOut: (serverId: string) => Promise<void>;
};

const ServersContext = createContext<Servers | null>(null);

/** The device's servers for the whole window, kept in step with the host. */
export function ServersProvider({ initial, children }: { initial: ServerEntry[]; children: ReactNode }) {
  const client = useQueryClient();
  const [entries, setEntries] = useState<readonly ServerEntry[]>(initial);
  const [ended, setEnded] = useState<ReadonlySet<string>>(() => new Set());
  const previous = useRef<readonly ServerEntry[]>(initial);
  // A session the person ends themselves is not "ended" in the sense sign-in reports.
  const signingOut = useRef(new Set<string>());

  const apply = useCallback(
    (next: ServerEntry[]) => {
      const before = previous.current;
      const ignoring = new Set(signingOut.current);
      previous.current = next;
      setEnded((current) => nextEndedSessions(before, next, current, ignoring));
      setEntries(next);
      // A server signed out of (by the person or by the server) keeps nothing cached in the window.
      for (const entry of next) if (!entry.user) client.removeQueries(ofServer(entry.id));
    },
    [client],
  );

  useEffect(() => host().on('servers:changed', apply), [apply]);

  const activate = useCallback(async (serverId: string) => apply(await host().servers.activate({ serverId })), [apply]);

  const signOut = useCallback(
    async (serverId: string) => {
      signingOut.current.add(serverId);
      try {
        await host().servers.signOut({ serverId });
        apply(await host().servers.list());
      } finally {
        signingOut.current.delete(serverId);
      }
    },
    [apply],
  );

  const value = useMemo(
    () => ({ entries, ended, apply, activate, signOut }),
    [entries, ended, apply, activate, signOut],
  );
  return <ServersContext.Provider value={value}>{children}</ServersContext.Provider>;
}

export function useServers(): Servers {
  const servers = useContext(ServersContext);
  if (!servers) throw new Error('useServers outside ServersProvider');
  return servers;
}
