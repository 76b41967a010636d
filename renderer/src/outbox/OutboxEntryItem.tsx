import { useTranslation } from 'react-i18next';
import type { OutboxEntry } from '../../../shared/ipc/contract';
import { formatDateTime } from '../i18n/format';

/** One change in the outbox: what it is, whether it waits or was refused (and why), when it was made; Discard. */
export function OutboxEntryItem({
  entry,
  what,
  onDiscard,
}: {
  entry: OutboxEntry;
  /** The change in words ("Create “Title” in Space"). */
  what: string;
  onDiscard: () => void;
}) {
  const { t, i18n } = useTranslation();
  const refused = entry.state === 'refused';
  return (
    <li className={refused ? 'outbox-entry refused' : 'outbox-entry'}>
      <div className="outbox-entry-text">
        <p className="outbox-what">{what}</p>
        <p className="outbox-state">
          <span className={refused ? 'badge refused' : 'badge waiting'}>
            {t(refused ? 'outbox.stateRefused' : 'outbox.stateWaiting')}
          </span>
          <span>{t('outbox.queuedAt', { date: formatDateTime(entry.queuedAt, i18n.language) })}</span>
          {!refused && entry.lastTriedAt && (
            <span>
              {t('outbox.lastTried', { date: formatDateTime(entry.lastTriedAt, i18n.language), count: entry.attempts })}
            </span>
          )}
        </p>
        {refused && entry.refusal && <p className="outbox-refusal">{t(`errors.${entry.refusal}`)}</p>}
      </div>
      <button
        type="button"
        className="quiet danger-text"
        aria-label={t('outbox.discardFor', { change: what })}
        onClick={onDiscard}
      >
        {t('outbox.discard')}
      </button>
    </li>
  );
}
