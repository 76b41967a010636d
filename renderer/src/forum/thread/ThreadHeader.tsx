import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CategoryView, PostView, ThreadDetails } from '../../../../shared/forum/forum-rooms';
import { useLocale } from '../../i18n/useLocale';
import { spaceName } from '../../spaces/space-text';
import { WatchSelect } from '../WatchSelect';
import type { useForumChange } from './forum-change';
import { ThreadModeration } from './ThreadModeration';
import { ThreadToDocument } from './ThreadToDocument';

/**
 * The top of a thread: its title, its category, whether it is pinned or locked, "Make a document"
 * (writers), the moderator's menu, and how closely the person watches it.
 */
export function ThreadHeader({
  serverId,
  spaceId,
  threadId,
  me,
  details,
  category,
  categories,
  canWrite,
  canModerate,
  send,
  headingRef,
  onAnnounce,
  onModerated,
  posts,
  nameOf,
}: {
  /** The thread's posts as shown, for choosing which to quote in a document. */
  posts: readonly PostView[];
  nameOf: (userId: string) => string;
  serverId: string;
  spaceId: string;
  threadId: string;
  me: string;
  details: ThreadDetails;
  /** The thread's category's name in the UI's language and its address, if this device knows it. */
  category: { name: string; path: string } | null;
  /** The forum's categories, for moving the thread. */
  categories: readonly CategoryView[];
  canWrite: boolean;
  canModerate: boolean;
  send: ReturnType<typeof useForumChange>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAnnounce: (text: string) => void;
  onModerated: (announcement: string, deleted?: boolean) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="thread-header">
      <h2 ref={headingRef} tabIndex={-1} className="thread-title">
        {details.title}
      </h2>
      <p className="thread-meta">
        {category && <Link to={category.path}>{t('forumThread.inCategory', { category: category.name })}</Link>}
        {details.pinned && <span className="badge">{t('forumThread.pinned')}</span>}
        {details.locked && <span className="badge">{t('forumThread.locked')}</span>}
      </p>
      {canWrite && (
        <ThreadToDocument
          serverId={serverId}
          spaceId={spaceId}
          threadId={threadId}
          title={details.title}
          posts={posts}
          nameOf={nameOf}
          onAnnounce={onAnnounce}
        />
      )}
      {canModerate && (
        <ThreadModeration
          spaceId={spaceId}
          threadId={threadId}
          details={details}
          categories={categories}
          categoryName={(one) => spaceName(one, locale).text}
          send={send}
          onDone={onModerated}
        />
      )}
      <WatchSelect serverId={serverId} userId={me} spaceId={spaceId} target={{ threadId }} />
    </div>
  );
}
