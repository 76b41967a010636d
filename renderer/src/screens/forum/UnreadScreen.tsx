import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useParams } from 'react-router';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import { can } from '../../../../shared/spaces/permissions';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { useServer } from '../../app/server-context';
import { serverLabel } from '../../app/server-entries';
import { actorIn } from '../../app/space-sections';
import { useScreenHeading } from '../../app/useScreenHeading';
import { useSpaces } from '../../data/spaces';
import { CategoryRoomsReader, useCategoryThreads } from '../../forum/data/CategoryRooms';
import { usePersonForum } from '../../forum/data/rooms';
import { THREAD_PAGE, unreadThreads, withUnread } from '../../forum/forum-lists';
import { useLocale } from '../../i18n/useLocale';
import { spaceName } from '../../spaces/space-text';
import { useSpaceContext } from '../space/space-context';
import { MarkAllReadButton } from './MarkAllReadButton';
import { ThreadRow } from './ThreadRow';
import { usePeopleById } from './usePeopleById';

/** "New and unread": in one space's forum (inside the space's layout), or across every space of the server. */
export function UnreadScreen() {
  const { spaceId } = useParams();
  return spaceId ? <SpaceUnread /> : <ServerUnread />;
}

function SpaceUnread() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { space } = useSpaceContext();
  const heading = useScreenHeading<HTMLHeadingElement>();
  useWindowTitle(t('forum.unreadHeading'), spaceName(space, locale).text);
  return (
    <>
      <h2 ref={heading} tabIndex={-1}>
        {t('forum.unreadHeading')}
      </h2>
      <UnreadList spaces={[space]} />
    </>
  );
}

function ServerUnread() {
  const { t } = useTranslation();
  const server = useServer();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const all = useSpaces(server.id).data?.spaces;
  const spaces = useMemo(
    () => (all ?? []).filter((space) => can(actorIn(server, space), 'view', space)),
    [all, server],
  );
  useWindowTitle(t('forum.unreadServerHeading'), serverLabel(server));
  return (
    <section className="screen" aria-labelledby="unread-title">
      <h1 id="unread-title" ref={heading} tabIndex={-1}>
        {t('forum.unreadServerHeading')}
      </h1>
      {all === undefined ? <p>{t('common.loading')}</p> : <UnreadList spaces={spaces} named />}
    </section>
  );
}

/** The unread threads of these spaces' forums, latest activity first, with "Mark all read"; `named` says each one's space. */
function UnreadList({ spaces, named = false }: { spaces: readonly SpaceSummary[]; named?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const server = useServer();
  const person = usePersonForum(server.id, server.user.id);
  const people = usePeopleById(server.id);
  const [byKey, report] = useCategoryThreads();
  const [shown, setShown] = useState(THREAD_PAGE);
  const [announcement, setAnnouncement] = useState('');
  const read = person.value?.read;
  const threads = useMemo(
    () =>
      unreadThreads(
        [...byKey.values()].map((entry) =>
          withUnread(entry.threads, read ?? new Map(), { spaceId: entry.spaceId, categoryId: entry.category.id }),
        ),
      ),
    [byKey, read],
  );
  const where = (spaceId: string, categoryId: string) => {
    const category = byKey.get(`${spaceId}.${categoryId}`)?.category;
    const categoryName = category ? spaceName(category, locale).text : '';
    const space = spaces.find((candidate) => candidate.id === spaceId);
    return named && space
      ? t('forum.inSpaceCategory', { space: spaceName(space, locale).text, category: categoryName })
      : t('forum.inCategory', { category: categoryName });
  };

  return (
    <>
      {spaces.map((space) => (
        <CategoryRoomsReader key={space.id} serverId={server.id} spaceId={space.id} categories={null} onRead={report} />
      ))}
      <div className="forum-actions">
        <MarkAllReadButton serverId={server.id} spaceIds={spaces.map((space) => space.id)} onDone={setAnnouncement} />
      </div>
      {person.value === null ? (
        <p>{t('common.loading')}</p>
      ) : threads.length === 0 ? (
        <p>{t('forum.nothingUnread')}</p>
      ) : (
        <ul className="thread-list" aria-label={t('forum.unreadListLabel')}>
          {threads.slice(0, shown).map((thread) => (
            <ThreadRow
              key={`${thread.spaceId}.${thread.id}`}
              serverId={server.id}
              thread={thread}
              people={people}
              where={where(thread.spaceId, thread.categoryId)}
            />
          ))}
        </ul>
      )}
      {threads.length > shown && (
        <div className="show-more">
          <Button onPress={() => setShown((count) => count + THREAD_PAGE)}>{t('forum.showMore')}</Button>
        </div>
      )}
      <div role="status">{announcement && <p className="note">{announcement}</p>}</div>
    </>
  );
}
