export type ConnectionState = 'connecting' | 'online' | 'offline';
export type ProviderStatus = 'connecting' | 'connected' | 'disconnected';

/**
 * Folds the provider's status events into what a person should be told. Once a connection
 * has dropped, its reconnection attempts do not flip the status back to "connecting" every
 * few seconds: it stays "offline" until it is really back, so a screen reader is told once.
 */
export function nextConnectionState(
  current: ConnectionState,
  status: ProviderStatus,
  browserOnline: boolean,
): ConnectionState {
  if (status === 'connected') return 'online';
  if (status === 'disconnected' || !browserOnline) return 'offline';
  return current === 'offline' ? 'offline' : 'connecting';
}
