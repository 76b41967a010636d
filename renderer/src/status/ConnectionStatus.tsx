import { useTranslation } from 'react-i18next';
import type { ConnectionState } from './connection-state';

const LABEL = { online: 'status.online', offline: 'status.offline', connecting: 'status.connecting' } as const;

/**
 * The connection badge, always visible, and a full-width banner when offline. The live region
 * holds one short sentence that changes only when the state does, so it never chatters.
 */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  const { t } = useTranslation();
  return (
    <>
      <p className={`status-badge status-${state}`} data-testid="connection-status" data-state={state} role="status">
        <span className="status-dot" aria-hidden="true" />
        {t(LABEL[state])}
      </p>
      {state === 'offline' && <p className="offline-banner">{t('status.offlineBanner')}</p>}
    </>
  );
}
