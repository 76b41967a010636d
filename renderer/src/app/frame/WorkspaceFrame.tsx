import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { ServerEntry } from '../../../../shared/ipc/contract';
import { useServers } from '../../data/servers';
import { DesktopNotices } from '../../forum/DesktopNotices';
import { ForumPrefetch } from '../../forum/data/ForumPrefetch';
import { OutboxBar } from '../../outbox/OutboxBar';
import { StoreHealthNotice } from '../../status/StoreHealthNotice';
import { serverLabel } from '../server-entries';
import { ServerContext } from '../server-context';
import { QuickFind } from '../../quick-find/QuickFind';
import { QuickFindButton } from '../../quick-find/QuickFindButton';
import { useQuickFindKeys } from '../../quick-find/useQuickFindKeys';
import { NarrowMenu } from '../sidebar/NarrowMenu';
import { Sidebar } from '../sidebar/Sidebar';

/**
 * The workspace of a signed-in server: the sidebar (servers, then this server's spaces and,
 * inside the current space, its sections), and the main pane with the chosen screen. Narrower
 * than the sidebar can spare, the sidebar folds into a menu button at the top.
 */
export function WorkspaceFrame({ server, children }: { server: ServerEntry; children: ReactNode }) {
  const { t } = useTranslation();
  const { entries, ended } = useServers();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [finding, setFinding] = useState(false);
  const find = useCallback(() => {
    setMenuOpen(false);
    setFinding(true);
  }, []);
  useQuickFindKeys(find);
  // A choice made in the folded menu takes the person there and closes it.
  const [openedAt, setOpenedAt] = useState(location.key);
  if (openedAt !== location.key) {
    setOpenedAt(location.key);
    setMenuOpen(false);
  }
  // A session that ended on a server not on screen (the host moves on to one still signed in).
  const endedElsewhere = entries.find((entry) => entry.id !== server.id && ended.has(entry.id));

  return (
    <ServerContext.Provider value={server}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="workspace">
        <Sidebar server={server} className="sidebar-wide" onFind={find} />
        <div className="workspace-body">
          <header className="top-bar">
            <NarrowMenu open={menuOpen} onOpenChange={setMenuOpen}>
              <Sidebar server={server} className="sidebar-folded" onFind={find} />
            </NarrowMenu>
            <p className="top-bar-name">{serverLabel(server)}</p>
            <QuickFindButton onOpen={find} compact />
          </header>
          <main id="main" tabIndex={-1}>
            <StoreHealthNotice />
            {endedElsewhere && (
              <p className="note" role="status">
                {t('servers.sessionEnded', { server: serverLabel(endedElsewhere) })}
              </p>
            )}
            <OutboxBar key={server.id} serverId={server.id} />
            {children}
          </main>
        </div>
      </div>
      <QuickFind server={server} open={finding} onOpenChange={setFinding} />
      <DesktopNotices key={server.id} server={server} />
      <ForumPrefetch key={`prefetch-${server.id}`} serverId={server.id} />
    </ServerContext.Provider>
  );
}
