import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { WatchLevel, watchingKey } from '../../../../shared/forum/forum-rooms';
import { can } from '../../../../shared/spaces/permissions';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { paths } from '../../app/paths';
import { useServer } from '../../app/server-context';
import { useScreenHeading } from '../../app/useScreenHeading';
import { useWatchCategory } from '../../forum/data/changes';
import { useCategory, useForum, usePersonForum } from '../../forum/data/rooms';
import { THREAD_PAGE, withUnread } from '../../forum/forum-lists';
import type { MessageKey } from '../../i18n/en';
import { useLocale } from '../../i18n/useLocale';
import { langAttribute, spaceDescription, spaceName } from '../../spaces/space-text';
import { useSpaceContext } from '../space/space-context';
import { RoomState } from './RoomState';
import { ThreadRow } from './ThreadRow';
import { usePeopleById } from './usePeopleById';

const WATCH_LABELS: Record<WatchLevel, MessageKey> = {
  watch: 'forum.watchWatch',
  normal: 'forum.watchNormal',
  mute: 'forum.watchMute',
};

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
        <WatchCategory
          serverId={server.id}
          spaceId={space.id}
          categoryId={categoryId}
          level={person.value?.watching.get(watchingKey({ categoryId })) ?? 'normal'}
        />
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

/** Watch, normal or mute for the category: a React Aria select; the person room shows the level the server keeps. */
function WatchCategory({
  serverId,
  spaceId,
  categoryId,
  level,
}: {
  serverId: string;
  spaceId: string;
  categoryId: string;
  level: WatchLevel;
}) {
  const { t } = useTranslation();
  const watch = useWatchCategory(serverId, spaceId, categoryId);
  const [error, setError] = useState<string | null>(null);
  // Shown at once when chosen; the room's level takes over when it arrives.
  const [chosen, setChosen] = useState<WatchLevel | null>(null);
  const choose = async (next: WatchLevel) => {
    setChosen(next);
    const outcome = await watch.mutateAsync(next);
    setError(outcome.ok ? null : t(`errors.${outcome.error}`));
    if (!outcome.ok) setChosen(null);
  };
  return (
    <div className="watch-select">
      <Select
        selectedKey={chosen ?? level}
        onSelectionChange={(key) => {
          const next = WatchLevel.safeParse(key);
          if (next.success) void choose(next.data);
        }}
      >
        <Label>{t('forum.watchLabel')}</Label>
        <Button className="select-button">
          <SelectValue />
          <span aria-hidden="true"> ▾</span>
        </Button>
        <Popover className="menu-popover">
          <ListBox className="menu">
            {WatchLevel.options.map((option) => (
              <ListBoxItem key={option} id={option} className="menu-item">
                {t(WATCH_LABELS[option])}
              </ListBoxItem>
            ))}
          </ListBox>
        </Popover>
      </Select>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
