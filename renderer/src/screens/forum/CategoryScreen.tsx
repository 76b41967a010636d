import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { can } from '../../../../shared/spaces/permissions';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { paths } from '../../app/paths';
import { useServer } from '../../app/server-context';
import { useScreenHeading } from '../../app/useScreenHeading';
import { WatchSelect } from '../../forum/WatchSelect';
import { useCategory, useForum, usePersonForum } from '../../forum/data/rooms';
import { THREAD_PAGE, withUnread } from '../../forum/forum-lists';
import { useLocale } from '../../i18n/useLocale';
import { langAttribute, spaceDescription, spaceName } from '../../spaces/space-text';
import { useSpaceContext } from '../space/space-context';
import { RoomState } from './RoomState';
import { ThreadRow } from './ThreadRow';
import { usePeopleById } from './usePeopleById';

/**
 * A category's threads: pinned first, then latest activity first, each with its replies,
 * people, last activity and unread count. Shown 100 at a time ("Show more"), so a category
 * of 10,000 threads opens as fast as a small one. "New thread" for those who may post;
 * watching, normal or muted for the category.
 */
export function CategoryScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const server = useServer();
  const { space, actor } = useSpaceContext();
  const { categoryId = '' } = useParams();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const forum = useForum(server.id, space.id);
  const room = useCategory(server.id, space.id, categoryId);
  const person = usePersonForum(server.id, server.user.id);
  const people = usePeopleById(server.id);
  const [shown, setShown] = useState(THREAD_PAGE);
  const category = forum.value?.find((candidate) => candidate.id === categoryId) ?? null;
  const name = category ? spaceName(category, locale) : null;
  useWindowTitle(name?.text, spaceName(space, locale).text);

  const read = person.value?.read;
  const threads = room.value?.threads;
  const items = useMemo(
    () => withUnread(threads ?? [], read ?? new Map(), { spaceId: space.id, categoryId }),
    [threads, read, space.id, categoryId],
  );

  if (forum.value && forum.synced && !category) {
    return (
      <>
        <h2 ref={heading} tabIndex={-1}>
          {t('forum.categoryGoneTitle')}
        </h2>
        <p>{t('forum.categoryGone')}</p>
        <Link to={paths.forum(server.id, space.id)}>{t('forum.backToForum')}</Link>
      </>
    );
  }

  const description = category ? spaceDescription(category, locale) : null;
  return (
    <>
      {/* The space's own breadcrumbs are the page's "where you are"; this is one step back within it. */}
      <p className="back-link">
        <Link to={paths.forum(server.id, space.id)}>{t('forum.backToForum')}</Link>
      </p>
      <h2 ref={heading} tabIndex={-1} lang={name ? langAttribute(name, locale) : undefined}>
        {name?.text ?? t('common.loading')}
      </h2>
      {description?.text && (
        <p className="category-description" lang={langAttribute(description, locale)}>
          {description.text}
        </p>
      )}
      <div className="forum-actions">
        {can(actor, 'post', space) && (
          <Link to={paths.forumNewThread(server.id, space.id, categoryId)} className="button-link primary">
            {t('forum.newThread')}
          </Link>
        )}
        <Link to={paths.forumUnread(server.id, space.id)} className="button-link">
          {t('forum.newAndUnread')}
        </Link>
        <WatchSelect serverId={server.id} userId={server.user.id} spaceId={space.id} target={{ categoryId }} />
      </div>
      <RoomState room={room} empty={items.length === 0} />
      {room.value && items.length === 0 && <p>{t('forum.noThreads')}</p>}
      {items.length > 0 && (
        <ul className="thread-list" aria-label={t('forum.threadsLabel')}>
          {items.slice(0, shown).map((thread) => (
            <ThreadRow key={thread.id} serverId={server.id} thread={thread} people={people} />
          ))}
        </ul>
      )}
      {items.length > THREAD_PAGE && (
        <div className="show-more">
          <p role="status">{t('forum.showing', { shown: Math.min(shown, items.length), total: items.length })}</p>
          {shown < items.length && (
            <Button onPress={() => setShown((count) => count + THREAD_PAGE)}>{t('forum.showMore')}</Button>
          )}
        </div>
      )}
    </>
  );
}
