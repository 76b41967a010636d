import { useEffect, useRef } from 'react';
import { notificationPath } from '../comments/comment-link';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ServerEntry } from '../../../shared/ipc/contract';
import { usePeople } from '../data/search';
import { translate } from '../i18n/message';
import { usePersonForum } from './data/rooms';
import { NO_NOTICES, noticesToShow, type NoticeState } from './desktop-notices';
import { notificationMessage } from './notification-text';

/** Whether this window may show desktop notifications (the web Notification API, in Electron's window and the browser host). */
export function desktopNoticesAllowed(): boolean {
  return typeof Notification !== 'undefined' && Notification.permission === 'granted';
}

/**
 * While the app is open, a desktop notification for each new unread forum notification of the
 * server on screen, never more than one per thread per minute; clicking it brings the window
 * forward at the post. Permission is only ever asked for from the inbox's button.
 */
export function DesktopNotices({ server }: { server: ServerEntry }) {
  if (!server.user) return null;
  return <Notices serverId={server.id} userId={server.user.id} />;
}

function Notices({ serverId, userId }: { serverId: string; userId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const person = usePersonForum(serverId, userId);
  const people = usePeople(serverId).data?.people;
  const state = useRef<NoticeState | null>(null);
  const notifications = person.value?.notifications ?? null;

  useEffect(() => {
    if (notifications === null) return;
    const first = state.current === null;
    const { show, state: next } = noticesToShow(state.current ?? NO_NOTICES, notifications, Date.now(), first);
    state.current = next;
    if (!desktopNoticesAllowed()) return;
    for (const notification of show) {
      const by = people?.find((person) => person.user.id === notification.by)?.user.name ?? t('forum.someone');
      const notice = new Notification(translate(t, notificationMessage(notification, by)), {
        body: notification.excerpt,
        tag: `${notification.spaceId}.${notification.threadId}`,
      });
      notice.onclick = () => {
        window.focus();
        void navigate(notificationPath(serverId, notification));
      };
    }
  }, [notifications, people, t, navigate, serverId]);

  return null;
}
