import type { PublicUser } from '../../../../shared/api/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { Avatar } from '../../components/Avatar';
import type { ThreadListItem } from '../../forum/forum-lists';
import { ForumTime } from './ForumTime';

/**
 * One thread in a list: its title (the link, read first), badges (pinned, locked, unread),
 * who started it, replies, the people taking part and the last activity. `where` names its
 * category (and space) in lists that mix them.
 */
export function ThreadRow({
  serverId,
  thread,
  people,
  where,
}: {
  serverId: string;
  thread: ThreadListItem;
  people: ReadonlyMap<string, PublicUser>;
  where?: string;
}) {
  const { t } = useTranslation();
  const name = (userId: string) => people.get(userId)?.name ?? t('forum.someone');
  const shown = thread.participants.slice(0, 5);
  return (
    <li className={thread.unread > 0 ? 'thread-row unread' : 'thread-row'}>
      <div className="thread-main">
        <Link to={paths.forumThread(serverId, thread.spaceId, thread.id)} className="thread-title">
          {thread.title}
        </Link>
        <span className="thread-badges">
          {thread.pinned && <span className="badge">{t('forum.pinned')}</span>}
          {thread.locked && <span className="badge">{t('forum.locked')}</span>}
          {thread.unread > 0 && (
            <span className="badge badge-unread">{t('forum.unreadPosts', { count: thread.unread })}</span>
          )}
        </span>
      </div>
      <ul className="thread-meta">
        {where && <li>{where}</li>}
        <li>{t('forum.startedBy', { name: name(thread.authorId) })}</li>
        <li>{t('forum.replies', { count: Math.max(0, thread.postCount - 1) })}</li>
        <li className="thread-people">
          <span className="visually-hidden">
            {t('forum.participantsLabel', { count: thread.participantCount })}:{' '}
            {thread.participants.map(name).join(', ')}
          </span>
          <span className="avatar-stack" aria-hidden="true" title={thread.participants.map(name).join(', ')}>
            {shown.map((userId) => {
              const person = people.get(userId);
              return (
                <Avatar key={userId} initials={person?.initials ?? '?'} colour={person?.color ?? 'var(--muted)'} />
              );
            })}
            {thread.participantCount > shown.length && (
              <span className="avatar-more">+{thread.participantCount - shown.length}</span>
            )}
          </span>
        </li>
        <li>
          {t('forum.lastActivity')} <ForumTime iso={thread.lastPostAt} />
        </li>
      </ul>
    </li>
  );
}
