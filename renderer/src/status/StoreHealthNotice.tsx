import { useTranslation } from 'react-i18next';
import { useStoreHealth } from '../data/store-health';

/**
 * Tells the person when this device cannot save (an alert: their work is only in memory until
 * it clears, which it does by itself) and which damaged files were found and kept aside (a
 * status they dismiss once read).
 */
export function StoreHealthNotice() {
  const { t } = useTranslation();
  const { health, dismissDamage } = useStoreHealth();
  if (!health) return null;
  return (
    <>
      {health.writing && (
        <p className="store-problem" role="alert" data-testid="store-writing-problem" data-kind={health.writing.kind}>
          {t(`store.writing.${health.writing.kind}`)}
        </p>
      )}
      {health.damaged.length > 0 && (
        <div className="store-problem" role="status" data-testid="store-damage">
          <ul>
            {health.damaged.map((damage, index) => (
              <li key={index}>
                {t(`store.damaged.${damage.what}`)}{' '}
                {damage.keptAs ? t('store.keptAs', { file: damage.keptAs }) : t('store.leftInPlace')}
              </li>
            ))}
          </ul>
          <button type="button" className="quiet" onClick={() => void dismissDamage()}>
            {t('store.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
