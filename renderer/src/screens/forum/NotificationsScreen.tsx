import { useState } from 'react';
import { notificationPath } from '../../comments/comment-link';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { useServer } from '../../app/server-context';
import { serverLabel } from '../../app/server-entries';
import { useScreenHeading } from '../../app/useScreenHeading';
import { Avatar } from '../../components/Avatar';
import { useNotificationsRead } from '../../forum/data/changes';
import { usePersonForum } from '../../forum/data/rooms';
import { desktopNoticesAllowed } from '../../forum/DesktopNotices';
import { notificationMessage } from '../../forum/notification-text';
import { translate } from '../../i18n/message';
import { ForumTime } from './ForumTime';
import { RoomState } from './RoomState';
import { usePeopleById } from './usePeopleById';

/**
 * One's notifications on this server (mentions, replies, posts in watched threads, posts of
 * one's own hidden, with the reason), newest first, unread ones marked. Opening one goes to
 * the post and marks it read; "Mark all read"; and the choice to have desktop notifications.
 */
export function NotificationsScreen() {
  const { t } = useTranslation();
  const server = useServer();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const person = usePersonForum(server.id, server.user.id);
  const people = usePeopleById(server.id);
  const markRead = useNotificationsRead(server.id);
  const [announcement, setAnnouncement] = useState('');
  useWindowTitle(t('forum.notificationsHeading'), serverLabel(server));
  const notifications = person.value?.notifications ?? [];
  const unread = notifications.filter((notification) => !notification.read).length;

  const markAll = async () => {
    const outcome = await markRead.mutateAsync({ all: true });
    setAnnouncement(outcome.ok ? t('forum.markedAllRead') : t(`errors.${outcome.error}`));
  };

  return (
    <section className="screen" aria-labelledby="notifications-title">
      <h1 id="notifications-title" ref={heading} tabIndex={-1}>
        {t('forum.notificationsHeading')}
      </h1>
      <div className="forum-actions">
        {unread > 0 && <Button onPress={() => void markAll()}>{t('forum.markAllRead')}</Button>}
        <DesktopNoticesChoice />
      </div>
      <RoomState room={person} empty={notifications.length === 0} />
      {person.value && notifications.length === 0 && <p>{t('forum.noNotifications')}</p>}
      {notifications.length > 0 && (
        <ul className="notification-list" aria-label={t('forum.notificationsListLabel')}>
          {notifications.map((notification) => {
            const by = people.get(notification.by);
            const text = translate(t, notificationMessage(notification, by?.name ?? t('forum.someone')));
            return (
              <li key={notification.id} className={notification.read ? 'notification' : 'notification unread'}>
                <Avatar initials={by?.initials ?? '?'} colour={by?.color ?? 'var(--muted)'} />
                <div className="notification-body">
                  <Link
                    to={notificationPath(server.id, notification)}
                    onClick={() => !notification.read && markRead.mutate({ ids: [notification.id] })}
                  >
                    {!notification.read && <span className="visually-hidden">{t('forum.unreadMarker')}: </span>}
                    {text}
                  </Link>
                  {notification.excerpt && (
                    <p className="notification-excerpt">
                      {notification.kind === 'hidden'
                        ? t('forum.hiddenReason', { reason: notification.excerpt })
                        : notification.excerpt}
                    </p>
                  )}
                  <p className="notification-when">
                    <ForumTime iso={notification.at} />
                  </p>
                </div>
                {!notification.read && (
                  <span className="badge badge-unread" aria-hidden="true">
                    {t('forum.unreadMarker')}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div role="status">{announcement && <p className="note">{announcement}</p>}</div>
    </section>
  );
}

/** Asks for permission to show desktop notifications, only when the person presses the button. */
function DesktopNoticesChoice() {
  const { t } = useTranslation();
  const supported = typeof Notification !== 'undefined';
  const [permission, setPermission] = useState(supported ? Notification.permission : 'denied');
  if (!supported) return <p className="note">{t('forum.desktopNoticesUnsupported')}</p>;
  if (permission === 'granted' || desktopNoticesAllowed()) return <p className="note">{t('forum.desktopNoticesOn')}</p>;
  if (permission === 'denied') return <p className="note">{t('forum.desktopNoticesDenied')}</p>;
  return (
    <Button onPress={() => void Notification.requestPermission().then(setPermission)}>
      {t('forum.desktopNotices')}
    </Button>
  );
}
