import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import type { CategoryView } from '../../../../shared/forum/forum-rooms';
import { can } from '../../../../shared/spaces/permissions';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { paths } from '../../app/paths';
import { useServer } from '../../app/server-context';
import { useScreenHeading } from '../../app/useScreenHeading';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useForumChange } from '../../forum/data/changes';
import { CategoryRoomsReader, useCategoryThreads } from '../../forum/data/CategoryRooms';
import { useForum, usePersonForum } from '../../forum/data/rooms';
import { newForumId, unreadTotals } from '../../forum/forum-lists';
import { useLocale } from '../../i18n/useLocale';
import { langAttribute, spaceDescription, spaceName } from '../../spaces/space-text';
import { useSpaceContext } from '../space/space-context';
import { CategoryDialog, categoryChanges, type CategoryFields } from './CategoryDialog';
import { ForumTime } from './ForumTime';
import { MarkAllReadButton } from './MarkAllReadButton';
import { RoomState } from './RoomState';

/**
 * A space's forum: its categories in order, each with its counts, last activity and how many
 * of its threads one has unread; "New and unread" and "Mark all read". Moderators and admins
 * create, edit and delete categories (one with threads cannot be deleted: it says so).
 */
export function ForumHomeScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const server = useServer();
  const { space, actor } = useSpaceContext();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const forum = useForum(server.id, space.id);
  const person = usePersonForum(server.id, server.user.id);
  const [threadsByKey, report] = useCategoryThreads();
  const change = useForumChange(server.id);
  const manage = can(actor, 'moderate', space);
  const [editing, setEditing] = useState<CategoryView | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CategoryView | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const newButton = useRef<HTMLButtonElement>(null);
  useWindowTitle(t('forum.tab'), spaceName(space, locale).text);

  const categories = forum.value ?? [];
  const read = person.value?.read ?? new Map();
  const unreadIn = (category: CategoryView) => {
    const threads = threadsByKey.get(`${space.id}.${category.id}`)?.threads;
    return threads ? unreadTotals(threads, read).threads : 0;
  };
  const totalUnread = categories.reduce((sum, category) => sum + unreadIn(category), 0);

  const save = async (fields: CategoryFields) => {
    const before = editing === 'new' ? null : editing;
    if (before) {
      const changes = categoryChanges(before, fields);
      if (!changes) return 'unchanged' as const;
      const outcome = await change.mutateAsync({
        kind: 'forum-update-category',
        spaceId: space.id,
        categoryId: before.id,
        changes,
      });
      if (outcome.ok) announce(outcome.value.status, t('forum.categorySaved', { name: fields.name }));
      return outcome;
    }
    const outcome = await change.mutateAsync({
      kind: 'forum-create-category',
      spaceId: space.id,
      request: { categoryId: newForumId(), ...fields },
    });
    if (outcome.ok) announce(outcome.value.status, t('forum.categoryCreated', { name: fields.name }));
    return outcome;
  };

  const announce = (status: 'saved' | 'queued', saved: string) =>
    setAnnouncement(status === 'queued' ? t('forum.changeQueued') : saved);

  const askDelete = (category: CategoryView) => {
    setDeleteError(
      category.threadCount > 0
        ? t('forum.deleteCategoryHasThreads', { name: category.name, count: category.threadCount })
        : null,
    );
    setDeleting(category);
  };

  const remove = async () => {
    if (!deleting) return;
    const outcome = await change.mutateAsync({
      kind: 'forum-delete-category',
      spaceId: space.id,
      categoryId: deleting.id,
    });
    if (!outcome.ok) return setDeleteError(t(`errors.${outcome.error}`));
    announce(outcome.value.status, t('forum.categoryDeleted', { name: deleting.name }));
    setDeleting(null);
  };

  return (
    <>
      <h2 ref={heading} tabIndex={-1}>
        {t('forum.tab')}
      </h2>
      <CategoryRoomsReader serverId={server.id} spaceId={space.id} categories={forum.value} onRead={report} />
      <div className="forum-actions">
        <Link to={paths.forumUnread(server.id, space.id)} className="button-link">
          {t('forum.newAndUnread')}
          {totalUnread > 0 && (
            <>
              {' '}
              <span className="count-badge" aria-hidden="true">
                {totalUnread}
              </span>
              <span className="visually-hidden">({t('forum.unreadThreadsCount', { count: totalUnread })})</span>
            </>
          )}
        </Link>
        <MarkAllReadButton serverId={server.id} spaceIds={[space.id]} onDone={setAnnouncement} />
        <Link to={paths.forumSearch(server.id, space.id)} className="button-link">
          {t('forumSearch.open')}
        </Link>
        {manage && (
          <Link to={paths.forumLog(server.id, space.id)} className="button-link">
            {t('forumLog.open')}
          </Link>
        )}
        {manage && (
          <Button ref={newButton} className="primary" onPress={() => setEditing('new')}>
            {t('forum.newCategory')}
          </Button>
        )}
      </div>
      <RoomState room={forum} empty={categories.length === 0} />
      {forum.value && categories.length === 0 && (
        <p>{manage ? t('forum.noCategoriesManage') : t('forum.noCategories')}</p>
      )}
      {categories.length > 0 && (
        <ul className="category-list" aria-label={t('forum.categoriesLabel')}>
          {categories.map((category) => {
            const name = spaceName(category, locale);
            const description = spaceDescription(category, locale);
            const unread = unreadIn(category);
            return (
              <li key={category.id} className="category-card">
                <div className="category-heading">
                  <h3 lang={langAttribute(name, locale)}>
                    <Link to={paths.forumCategory(server.id, space.id, category.id)}>{name.text}</Link>
                  </h3>
                  {unread > 0 && (
                    <span className="badge badge-unread">{t('forum.unreadBadge', { count: unread })}</span>
                  )}
                </div>
                {description.text && (
                  <p className="category-description" lang={langAttribute(description, locale)}>
                    {description.text}
                  </p>
                )}
                <ul className="thread-meta">
                  <li>{t('forum.threadCount', { count: category.threadCount })}</li>
                  <li>{t('forum.postCount', { count: category.postCount })}</li>
                  <li>
                    {category.lastPostAt ? (
                      <>
                        {t('forum.lastActivity')} <ForumTime iso={category.lastPostAt} />
                      </>
                    ) : (
                      t('forum.noActivity')
                    )}
                  </li>
                </ul>
                {manage && (
                  <div className="category-manage">
                    <Button
                      aria-label={t('forum.editCategoryFor', { name: name.text })}
                      onPress={() => setEditing(category)}
                    >
                      {t('forum.editCategory')}
                    </Button>
                    <Button
                      className="danger"
                      aria-label={t('forum.deleteCategoryFor', { name: name.text })}
                      onPress={() => askDelete(category)}
                    >
                      {t('forum.deleteCategory')}
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editing && (
        <CategoryDialog
          category={editing === 'new' ? null : editing}
          nextOrder={categories.reduce((max, category) => Math.max(max, category.order + 1), 0)}
          onSubmit={save}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('forum.deleteCategoryTitle')}
          message={t('forum.deleteCategoryBody', { name: spaceName(deleting, locale).text })}
          confirmLabel={t('forum.deleteCategory')}
          busy={change.isPending || deleting.threadCount > 0}
          error={deleteError}
          onConfirm={() => void remove()}
          onCancel={() => setDeleting(null)}
          fallbackFocus={heading}
        />
      )}
      <div role="status">{announcement && <p className="note">{announcement}</p>}</div>
    </>
  );
}
