import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../../shared/spaces/permissions';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { paths } from '../../app/paths';
import { useServer } from '../../app/server-context';
import { useScreenHeading } from '../../app/useScreenHeading';
import { useForum, useModeration } from '../../forum/data/rooms';
import { moderationLogRows, type LogTarget } from '../../forum/moderation-log';
import { useLocale } from '../../i18n/useLocale';
import { spaceName } from '../../spaces/space-text';
import { useSpaceContext } from '../space/space-context';
import { ForumTime } from './ForumTime';
import { RoomState } from './RoomState';
import { usePeopleById } from './usePeopleById';

/** Entries shown at first, and added by "Show more". */
const LOG_PAGE = 100;

/**
 * The space's moderation log, for its moderators and admins: newest first, each entry who did
 * it, when, what, to which thread, post or category, and why. Read live from the moderation
 * room (the server lets only them read it), and offline from the device's copy.
 */
export function ModerationLogScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const server = useServer();
  const { space, actor } = useSpaceContext();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const allowed = can(actor, 'moderate', space);
  const room = useModeration(server.id, allowed ? space.id : null);
  const forum = useForum(server.id, space.id);
  const people = usePeopleById(server.id);
  const [shown, setShown] = useState(LOG_PAGE);
  useWindowTitle(t('forumLog.title'), spaceName(space, locale).text);

  const categories = forum.value;
  const log = room.value?.log;
  const rows = useMemo(() => {
    const names = new Map((categories ?? []).map((category) => [category.id, spaceName(category, locale).text]));
    return moderationLogRows(log ?? [], (id) => names.get(id) ?? null);
  }, [log, categories, locale]);

  // The space's breadcrumbs are above (SpaceLayout): a second "Where you are" would repeat its landmark.
  const breadcrumbs = (
    <p className="back-link">
      <Link to={paths.forum(server.id, space.id)}>{t('forumThread.backToForum')}</Link>
    </p>
  );

  if (!allowed)
    return (
      <>
        {breadcrumbs}
        <h2 ref={heading} tabIndex={-1}>
          {t('forumLog.title')}
        </h2>
        <p>{t('forumLog.notAllowed')}</p>
      </>
    );

  const target = (of: LogTarget) => {
    switch (of.kind) {
      case 'thread':
        return of.gone ? (
          <span>{t('forumLog.threadGone', { title: of.title })}</span>
        ) : (
          <Link to={paths.forumThread(server.id, space.id, of.threadId)}>{of.title}</Link>
        );
      case 'post':
        return (
          <Link to={paths.forumThread(server.id, space.id, of.threadId, of.postId)}>
            {t('forumLog.postIn', { title: of.title })}
          </Link>
        );
      case 'move':
        return (
          <>
            <Link to={paths.forumThread(server.id, space.id, of.threadId)}>{of.title}</Link>{' '}
            <span>
              {t('forumLog.movedFromTo', {
                from: of.from ?? t('forumLog.unknownCategory'),
                to: of.to ?? t('forumLog.unknownCategory'),
              })}
            </span>
          </>
        );
      case 'category':
        return <span>{t('forumLog.category', { name: of.name })}</span>;
      case 'none':
        return null;
    }
  };

  return (
    <>
      {breadcrumbs}
      <h2 ref={heading} tabIndex={-1}>
        {t('forumLog.title')}
      </h2>
      <p className="muted">{t('forumLog.intro')}</p>
      <RoomState room={room} empty={rows.length === 0} />
      {room.value && rows.length === 0 && <p>{t('forumLog.empty')}</p>}
      {rows.length > 0 && (
        <ol className="log-list" aria-label={t('forumLog.listLabel')}>
          {rows.slice(0, shown).map((row) => (
            <li key={row.id} className="log-entry">
              <p className="log-what">
                <strong>{people.get(row.by)?.name ?? t('forumPost.formerMember')}</strong> <span>{t(row.action)}</span>{' '}
                <ForumTime iso={row.at} />
              </p>
              <p className="log-target">{target(row.target)}</p>
              <p className="log-reason">
                {row.reason ? t('forumLog.reason', { reason: row.reason }) : t('forumLog.noReason')}
              </p>
            </li>
          ))}
        </ol>
      )}
      {rows.length > LOG_PAGE && (
        <div className="show-more">
          <p role="status">{t('forumLog.showing', { shown: Math.min(shown, rows.length), total: rows.length })}</p>
          {shown < rows.length && (
            <Button onPress={() => setShown((count) => count + LOG_PAGE)}>{t('forumLog.showMore')}</Button>
          )}
        </div>
      )}
    </>
  );
}
