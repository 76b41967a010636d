import { useTranslation } from 'react-i18next';
import type { ServerEntry } from '../../../shared/ipc/contract';
import { labelInitials, serverLabel } from './server-entries';

/**
 * The servers this app is signed in to, like a workspace switcher: the shown one is marked
 * current; one with news has a dot and says so in words; "Add a server" signs in to another.
 */
export function ServerSwitcher({
  entries,
  shownId,
  onChoose,
  onAdd,
}: {
  entries: readonly ServerEntry[];
  shownId: string | null;
  onChoose: (serverId: string) => void;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="server-switcher" aria-label={t('servers.nav')}>
      <ul>
        {entries.map((entry) => {
          const label = serverLabel(entry);
          const current = entry.id === shownId;
          const activity = entry.hasActivity && !current;
          return (
            <li key={entry.id}>
              <button
                type="button"
                className="server-choice"
                aria-current={current ? 'true' : undefined}
                onClick={() => onChoose(entry.id)}
              >
                <span className="server-avatar" aria-hidden="true">
                  {labelInitials(label)}
                </span>
                <span className="server-label">
                  {/* Read as part of the name: "Gwynedd Libraries (new activity)". */}
                  <span className="server-name">
                    {label}
                    {activity && <span className="visually-hidden"> {t('servers.activity')}</span>}
                  </span>
                  {!entry.user && <span className="server-state">{t('servers.signedOut')}</span>}
                </span>
                {activity && <span className="activity-dot" aria-hidden="true" title={t('servers.activity')} />}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="server-add" onClick={onAdd}>
        <span aria-hidden="true">+ </span>
        {t('servers.add')}
      </button>
    </nav>
  );
}
