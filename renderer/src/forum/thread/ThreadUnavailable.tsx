import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServerRoomView } from '../../collab/useServerRoom';

/**
 * A thread's screen when there is no thread to show: deleted, refused, still loading, not on the
 * server, or not yet synced to this device; with the way back to the forum. `children`: what
 * follows (the person's changes to it still in the outbox, the live region).
 */
export function ThreadUnavailable({
  deleted,
  room,
  forumPath,
  headingRef,
  children,
}: {
  deleted: boolean;
  room: ServerRoomView<unknown>;
  forumPath: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const message = deleted
    ? t('forumThread.deleted')
    : room.refused
      ? t('forumThread.refused')
      : room.value === null && !room.error
        ? t('forumThread.loading')
        : room.synced
          ? t('forumThread.missing')
          : t('forumThread.notYetSynced');
  return (
    <section className="thread-screen">
      <h2 ref={headingRef} tabIndex={-1}>
        {message}
      </h2>
      <p>
        <Link to={forumPath}>{t('forumThread.backToForum')}</Link>
      </p>
      {children}
    </section>
  );
}
