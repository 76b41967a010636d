import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type { SpaceSummary } from '../../../shared/api/spaces';
import { CloseCode } from '../../../shared/protocol';
import { host } from '../data/host';
import { keys } from '../data/keys';
import { rememberSpace } from '../data/spaces';
import { nextAccessView, type DocumentAccessView } from './access-view';

/**
 * Whether this person may write in the document. Asked when it opens, and again each time the
 * provider connects: a socket's access is settled when it opens, so the answer then is the one
 * that counts (after a 4309 "access changed" close the provider reconnects by itself, and a role
 * may change while the socket is down). "No access" (4403, or the host saying so) stops the
 * provider for good and the document becomes read-only. `recheck` asks again on demand.
 */
export function useDocumentAccess(
  serverId: string,
  serverAdmin: boolean,
  documentId: string,
  initialSpace: SpaceSummary,
  provider: WebsocketProvider | null,
) {
  const client = useQueryClient();
  const [view, setView] = useState<DocumentAccessView>({ access: null, space: initialSpace, change: null });
  const spaceId = initialSpace.id;

  const recheck = useCallback(
    (announce: boolean) => {
      const api = host();
      return Promise.all([api.documents.access({ serverId, documentId }), api.spaces.get({ serverId, spaceId })]).then(
        ([answer, space]) => {
          performance.mark('branchline:open:access');
          // What the server said now (a new title, say) shows everywhere the window shows it.
          if (answer.ok && !answer.value.fromCache) {
            client.setQueryData(keys.document(serverId, documentId), answer.value);
            if (space.ok) rememberSpace(client, serverId, space.value);
          }
          setView((current) => nextAccessView(current, answer, space, serverAdmin, announce));
        },
      );
    },
    [client, serverId, serverAdmin, documentId, spaceId],
  );

  useEffect(() => {
    void recheck(false);
  }, [recheck]);

  useEffect(() => {
    if (!provider) return;
    const onStatus = ({ status }: { status: string }) => status === 'connected' && void recheck(true);
    const onClose = (event: CloseEvent | null) => {
      if (event?.code === CloseCode.forbidden) setView((current) => ({ ...current, access: 'removed', change: null }));
    };
    provider.on('status', onStatus);
    provider.on('connection-close', onClose);
    return () => {
      provider.off('status', onStatus);
      provider.off('connection-close', onClose);
    };
  }, [provider, recheck]);

  const recheckNow = useCallback(() => void recheck(true), [recheck]);
  const removed = view.access === 'removed';
  useEffect(() => {
    if (removed) provider?.disconnect();
  }, [removed, provider]);

  return { ...view, recheck: recheckNow };
}
