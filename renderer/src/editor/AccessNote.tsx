import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../i18n/en';
import type { AccessChange } from '../collab/access-view';
import type { ReadOnlyReason } from './read-only-reason';

const NOTE: Record<ReadOnlyReason, MessageKey> = {
  observer: 'access.observer',
  archived: 'access.archived',
  other: 'access.readOnly',
};

/**
 * Why the document cannot be changed. Removed from the space is an alert with a way out; read-only
 * is a calm note. A change while the document is open is also said in a live region.
 */
export function AccessNote({
  reason,
  removed,
  change,
  onBackToSpaces,
}: {
  reason: ReadOnlyReason | null;
  removed: boolean;
  change: AccessChange;
  onBackToSpaces: () => void;
}) {
  const { t } = useTranslation();
  const changeText = change === 'now-write' ? t('access.nowWrite') : change === 'now-read' ? t('access.nowRead') : '';
  return (
    <>
      <p className="visually-hidden" role="status">
        {changeText && `${changeText} ${reason ? t(NOTE[reason]) : ''}`.trim()}
      </p>
      {removed ? (
        <div className="access-removed" role="alert" data-testid="access-note">
          <p>{t('access.removed')}</p>
          <button type="button" className="primary" onClick={onBackToSpaces}>
            {t('access.backToSpaces')}
          </button>
        </div>
      ) : (
        reason && (
          <p className="note" data-testid="access-note">
            {t(NOTE[reason])}
          </p>
        )
      )}
    </>
  );
}
