import { useCallback, useEffect, useState } from 'react';
import type { ServerOutbox } from '../../../shared/ipc/contract';
import { emptyOutboxView, outboxChanged, outboxLoaded, type OutboxView } from './outbox-view';

/**
 * The person's outbox on this server: asked for once, then followed through 'outbox:changed'
 * (events for other servers are ignored). `apply` takes the outbox that discard or retry
 * answer with.
 */
export function useOutbox(serverId: string): OutboxView & { apply: (outbox: ServerOutbox) => void } {
  const api = window.branchline;
  const [view, setView] = useState(() => emptyOutboxView(serverId));
  // Another server's view is never shown, even for the render before the effect below runs.
  const forServer = useCallback(
    (current: OutboxView) => (current.serverId === serverId ? current : emptyOutboxView(serverId)),
    [serverId],
  );

  useEffect(() => {
    let live = true;
    const stop = api.on('outbox:changed', (outbox) => setView((current) => outboxChanged(forServer(current), outbox)));
    void api.outbox
      .list({ serverId })
      .then((outbox) => live && setView((current) => outboxLoaded(forServer(current), outbox)));
    return () => {
      live = false;
      stop();
    };
  }, [api, serverId, forServer]);

  const apply = useCallback(
    (outbox: ServerOutbox) => setView((current) => outboxChanged(forServer(current), outbox)),
    [forServer],
  );
  return { ...forServer(view), apply };
}
