import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { ServerEntry } from '../../../../shared/ipc/contract';
import { Avatar } from '../../components/Avatar';
import { paths } from '../paths';
import { serverLabel } from '../server-entries';
import { QuickFindButton } from '../../quick-find/QuickFindButton';
import { ServerRail } from './ServerRail';
import { ForumServerLinks } from './ForumNav';
import { SpaceNav } from './SpaceNav';

/** Where the person is: the server switcher, then this server's spaces, then themselves and the settings. */
export function Sidebar({ server, className, onFind }: { server: ServerEntry; className: string; onFind: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={`sidebar ${className}`}>
      <ServerRail shown={server} />
      <nav className="sidebar-panel" aria-label={t('nav.label')}>
        <p className="sidebar-server">{serverLabel(server)}</p>
        <QuickFindButton onOpen={onFind} />
        <div className="sidebar-nav">
          <ul className="nav-list">
            <li>
              <NavLink to={paths.server(server.id)} end className="nav-link">
                {t('nav.home')}
              </NavLink>
            </li>
            {server.user && <ForumServerLinks server={{ ...server, user: server.user }} />}
          </ul>
          <SpaceNav server={server} />
        </div>
        <ul className="sidebar-footer nav-list">
          {server.user && (
            <li>
              <NavLink to={paths.profile(server.id)} className="nav-link nav-person">
                <Avatar initials={server.user.initials} colour={server.user.color} />
                <span>
                  {server.user.name}
                  <span className="visually-hidden"> – {t('app.profile')}</span>
                </span>
              </NavLink>
            </li>
          )}
          <li>
            <NavLink to={paths.settings()} className="nav-link">
              {t('settings.open')}
            </NavLink>
          </li>
        </ul>
      </nav>
    </div>
  );
}
