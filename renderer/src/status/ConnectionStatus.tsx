import { useTranslation } from 'react-i18next';
import type { ConnectionState } from './connection-state';
import { useStoreHealth } from '../data/store-health';

const LABEL = { online: 'status.online', offline: 'status.offline', connecting: 'status.connecting' } as const;

/**
 * The connection badge, always visible, and a full-width banner when offline. The live region
 * holds one short sentence that changes only when the state does, so it never chatters. The
 * banner promises "saved on this device" only while the device is saving; when it cannot, the
 * store's alert says what is happening instead.
 */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  const { t } = useTranslation();
  const { health } = useStoreHealth();
  const banner = health?.writing ? 'status.offlineBannerNotSaving' : 'status.offlineBanner';
  return (
    <>
      <p className={`status-badge status-${state}`} data-testid="connection-status" data-state={state} role="status">
        <span className="status-dot" aria-hidden="true" />
        {t(LABEL[state])}
      </p>
      {state === 'offline' && <p className="offline-banner">{t(banner)}</p>}
    </>
  );
}
