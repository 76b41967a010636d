import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { ServerEntry } from '../../../../shared/ipc/contract';
import { CategoryRoomsReader, useCategoryThreads } from '../../forum/data/CategoryRooms';
import { usePersonForum } from '../../forum/data/rooms';
import { unreadTotals } from '../../forum/forum-lists';
import { paths } from '../paths';

/** A count beside a sidebar link: shown as a number, read as words ("Unread threads: 3"). */
export function NavCount({ count, label }: { count: number; label: string }) {
  if (count === 0) return null;
  return (
    <>
      <span className="count-badge" aria-hidden="true">
        {count}
      </span>
      <span className="visually-hidden"> ({label})</span>
    </>
  );
}

/** The server's "New and unread" and the notifications inbox, with the unread notifications counted. */
export function ForumServerLinks({ server }: { server: ServerEntry & { user: NonNullable<ServerEntry['user']> } }) {
  const { t } = useTranslation();
  const person = usePersonForum(server.id, server.user.id);
  const unread = person.value?.notifications.filter((notification) => !notification.read).length ?? 0;
  return (
    <>
      <li>
        <NavLink to={paths.unread(server.id)} className="nav-link">
          {t('forum.newAndUnread')}
        </NavLink>
      </li>
      <li>
        <NavLink to={paths.notifications(server.id)} className="nav-link nav-counted">
          <span>{t('forum.notificationsHeading')}</span>
          <NavCount count={unread} label={t('forum.notificationsUnread', { count: unread })} />
        </NavLink>
      </li>
    </>
  );
}

/** How many threads of a space's forum have unread posts (opens its category rooms; renders them as nothing). */
export function useSpaceUnread(server: ServerEntry, spaceId: string) {
  const userId = server.user?.id ?? '';
  const person = usePersonForum(server.id, userId);
  const [byKey, report] = useCategoryThreads();
  const read = person.value?.read;
  const count = useMemo(
    () => [...byKey.values()].reduce((sum, entry) => sum + unreadTotals(entry.threads, read ?? new Map()).threads, 0),
    [byKey, read],
  );
  const readers = <CategoryRoomsReader serverId={server.id} spaceId={spaceId} categories={null} onRead={report} />;
  return { count, readers };
}
