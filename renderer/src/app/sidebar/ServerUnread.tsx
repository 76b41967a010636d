import { useTranslation } from 'react-i18next';
import { usePersonForum } from '../../forum/data/rooms';

/**
 * A server's unread notifications on its rail button (its person room, live and offline):
 * shown as a number, read with the server's name. One small room per server, so every
 * server in the switcher can say what waits there.
 */
export function ServerUnread({ serverId, userId }: { serverId: string; userId: string }) {
  const { t } = useTranslation();
  const person = usePersonForum(serverId, userId);
  const unread = person.value?.notifications.filter((notification) => !notification.read).length ?? 0;
  if (unread === 0) return null;
  return (
    <>
      <span className="visually-hidden"> ({t('forum.notificationsUnread', { count: unread })})</span>
      <span className="server-count" aria-hidden="true">
        {unread > 99 ? '99+' : unread}
      </span>
    </>
  );
}
