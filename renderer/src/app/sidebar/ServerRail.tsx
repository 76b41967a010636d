import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServerEntry } from '../../../../shared/ipc/contract';
import { useServers } from '../../data/servers';
import { paths } from '../paths';
import { ServerUnread } from './ServerUnread';
import { labelInitials, serverLabel } from '../server-entries';

/**
 * The servers this app is signed in to, like a workspace switcher: the shown one is marked
 * current; one with news has a dot and says so in words, and its unread notifications are
 * counted; "Add a server" signs in to another.
 */
export function ServerRail({ shown }: { shown: ServerEntry }) {
  const { t } = useTranslation();
  const { entries } = useServers();
  return (
    <nav className="server-rail" aria-label={t('servers.nav')}>
      <ul>
        {entries.map((entry) => {
          const label = serverLabel(entry);
          const current = entry.id === shown.id;
          const activity = entry.hasActivity && !current;
          return (
            <li key={entry.id}>
              <Link
                to={entry.user ? paths.server(entry.id) : paths.signIn(entry.id)}
                className="server-choice"
                aria-current={current ? 'true' : undefined}
                title={label}
              >
                <span className="server-avatar" aria-hidden="true">
                  {labelInitials(label)}
                </span>
                {/* The rail shows initials; the names are read (and shown as a tooltip) but not laid out. */}
                <span className="server-label visually-hidden">
                  {/* Read as part of the name: "Gwynedd Libraries (new activity)". */}
                  <span className="server-name">
                    {label}
                    {activity && <span className="visually-hidden"> {t('servers.activity')}</span>}
                  </span>
                  {!entry.user && <span className="server-state">{t('servers.signedOut')}</span>}
                </span>
                {entry.user && <ServerUnread serverId={entry.id} userId={entry.user.id} />}
                {activity && <span className="activity-dot" aria-hidden="true" />}
              </Link>
            </li>
          );
        })}
      </ul>
      <Link to={paths.addServer()} className="server-add" title={t('servers.add')}>
        <span className="server-avatar" aria-hidden="true">
          +
        </span>
        <span className="visually-hidden">{t('servers.add')}</span>
      </Link>
    </nav>
  );
}
