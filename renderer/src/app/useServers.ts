import { useCallback, useEffect, useRef, useState } from 'react';
import type { ServerEntry } from '../../../shared/ipc/contract';
import { nextEndedSessions } from './server-entries';

/**
 * The servers this device knows, kept in step with the host ('servers:changed'), and which of
 * them had a session end by itself (so sign-in can say why it is back).
 */
export function useServers(initial: ServerEntry[]) {
  const api = window.branchline;
  const [entries, setEntries] = useState(initial);
  const [ended, setEnded] = useState<ReadonlySet<string>>(() => new Set());
  const previous = useRef(initial);
  // A session the person ends themselves is not "ended" in the sense sign-in reports.
  const signingOut = useRef(new Set<string>());

  const apply = useCallback((next: ServerEntry[]) => {
    const before = previous.current;
    const ignoring = new Set(signingOut.current);
    previous.current = next;
    setEnded((current) => nextEndedSessions(before, next, current, ignoring));
    setEntries(next);
  }, []);

  useEffect(() => api.on('servers:changed', apply), [api, apply]);

  const activate = useCallback(
    async (serverId: string) => apply(await api.servers.activate({ serverId })),
    [api, apply],
  );

  /** Signs out of one server; if another is still signed in, the window shows that one. */
  const signOut = useCallback(
    async (serverId: string) => {
      signingOut.current.add(serverId);
      try {
        await api.servers.signOut({ serverId });
        let next = await api.servers.list();
        const other = next.find((entry) => entry.user && entry.id !== serverId);
        if (other) next = await api.servers.activate({ serverId: other.id });
        apply(next);
      } finally {
        signingOut.current.delete(serverId);
      }
    },
    [api, apply],
  );

  return { entries, ended, apply, activate, signOut };
}
