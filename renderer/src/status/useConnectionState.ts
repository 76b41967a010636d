import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { nextConnectionState, type ConnectionState, type ProviderStatus } from './connection-state';

/** The connection state of a room's provider, as a person should hear about it. */
export function useConnectionState(provider: WebsocketProvider | null): ConnectionState {
  const [state, setState] = useState<ConnectionState>(navigator.onLine ? 'connecting' : 'offline');
  useEffect(() => {
    if (!provider) return;
    // A session's provider starts unconnected (it waits for the local copy), so the initial state holds.
    let current: ConnectionState = navigator.onLine ? 'connecting' : 'offline';
    const update = (status: ProviderStatus) => {
      current = nextConnectionState(current, status, navigator.onLine);
      setState(current);
    };
    const onStatus = ({ status }: { status: ProviderStatus }) => update(status);
    const onClose = () => update('disconnected');
    const onOffline = () => update('disconnected');
    // A first connection that fails never reports 'disconnected' as a status, only a close.
    const firstTry = setTimeout(() => !provider.wsconnected && update('disconnected'), 4000);
    provider.on('status', onStatus);
    provider.on('connection-close', onClose);
    window.addEventListener('offline', onOffline);
    return () => {
      clearTimeout(firstTry);
      provider.off('status', onStatus);
      provider.off('connection-close', onClose);
      window.removeEventListener('offline', onOffline);
    };
  }, [provider]);
  return state;
}
