import { useCallback, useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type { SpaceSummary } from '../../../shared/api/spaces';
import { CloseCode } from '../../../shared/protocol';
import { nextAccessView, type DocumentAccessView } from './access-view';

/**
 * Whether this person may write in the document: asked when it opens, and again whenever the
 * server closes the socket with "access changed" (4309; the provider reconnects by itself).
 * "No access" (4403) stops the provider for good and the document becomes read-only.
 */
export function useDocumentAccess(serverId: string, serverAdmin: boolean, documentId: string, initialSpace: SpaceSummary, provider: WebsocketProvider | null): DocumentAccessView {
  const [view, setView] = useState<DocumentAccessView>({ access: null, space: initialSpace, change: null });
  const spaceId = initialSpace.id;

  const askHost = useCallback(() => {
    const api = window.branchline;
    return Promise.all([api.documents.access({ serverId, documentId }), api.spaces.get({ serverId, spaceId })]);
  }, [serverId, documentId, spaceId]);

  useEffect(() => {
    let live = true;
    void askHost().then(([answer, space]) => live && setView((current) => nextAccessView(current, answer, space, serverAdmin, false)));
    return () => {
      live = false;
    };
  }, [askHost, serverAdmin]);

  useEffect(() => {
    if (!provider) return;
    const onClose = (event: CloseEvent | null) => {
      if (event?.code === CloseCode.forbidden) {
        provider.disconnect();
        setView((current) => ({ ...current, access: 'removed', change: null }));
      } else if (event?.code === CloseCode.accessChanged) {
        void askHost().then(([answer, space]) => setView((current) => nextAccessView(current, answer, space, serverAdmin, true)));
      }
    };
    provider.on('connection-close', onClose);
    return () => provider.off('connection-close', onClose);
  }, [provider, askHost, serverAdmin]);

  return view;
}
