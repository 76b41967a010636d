import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { REACTION_EMOJI } from '../../../../shared/forum/forum-rooms';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { Message } from '../../i18n/message';
import { translate } from '../../i18n/message';
import { renderPostBody } from './post-body-render';
import type { PendingForumEntry } from './thread-view';

/** What a waiting change is, in words. */
export function pendingMessage(entry: PendingForumEntry): Message {
  const change = entry.change;
  switch (change.kind) {
    case 'forum-create-thread':
      return { key: 'forumPending.createThread', values: { title: change.request.title } };
    case 'forum-reply':
      return { key: 'forumPending.reply' };
    case 'forum-edit-post':
      return { key: 'forumPending.edit' };
    case 'forum-delete-post':
      return { key: 'forumPending.deletePost' };
    case 'forum-hide-post':
      return { key: 'forumPending.hidePost' };
    case 'forum-react':
      return { key: 'forumPending.react', values: { emoji: REACTION_EMOJI[change.reaction] } };
    case 'forum-delete-thread':
      return { key: 'forumPending.deleteThread' };
    default:
      return { key: 'forumPending.moderate' };
  }
}

/** Whether a refused change holds writing that can go back into a composer. */
export function canEditAgain(entry: PendingForumEntry): boolean {
  return ['forum-reply', 'forum-edit-post', 'forum-create-thread'].includes(entry.change.kind);
}

/**
 * The person's changes to this thread still in the outbox, where their posts will appear: each
 * with its state (waiting, or refused with the server's reason), the text it carries, and
 * what can be done: send now, edit a refused one (back into its composer), discard.
 */
export function PendingItems({
  entries,
  onRetry,
  onDiscard,
  onEditAgain,
}: {
  entries: readonly PendingForumEntry[];
  onRetry: () => void;
  onDiscard: (entry: PendingForumEntry) => Promise<void>;
  onEditAgain: (entry: PendingForumEntry) => void;
}) {
  const { t } = useTranslation();
  const [discarding, setDiscarding] = useState<PendingForumEntry | null>(null);
  const labels = { checked: t('forumPost.checked'), unchecked: t('forumPost.unchecked') };
  if (entries.length === 0) return null;
  return (
    <section className="pending-items" aria-labelledby="pending-heading">
      <h3 id="pending-heading">{t('forumPending.heading')}</h3>
      <p className="muted">{t('forumPending.intro')}</p>
      <ul>
        {entries.map((entry) => {
          const change = entry.change;
          const body =
            change.kind === 'forum-reply' || change.kind === 'forum-create-thread'
              ? change.request.body
              : change.kind === 'forum-edit-post'
                ? change.body
                : null;
          const refused = entry.state === 'refused';
          return (
            <li key={entry.id} className={refused ? 'pending-item refused' : 'pending-item'} data-entry-id={entry.id}>
              <p className="pending-what">
                <strong>{translate(t, pendingMessage(entry))}</strong>{' '}
                <span className={refused ? 'badge refused' : 'badge waiting'}>
                  {refused
                    ? t('forumPending.refused', { reason: t(`errors.${entry.refusal ?? 'unexpected'}`) })
                    : entry.attempts > 0
                      ? t('forumPending.retrying', { count: entry.attempts })
                      : t('forumPending.waiting')}
                </span>
              </p>
              {body && <div className="post-body pending-body">{renderPostBody(body, labels)}</div>}
              <div className="pending-actions">
                {!refused && <Button onPress={onRetry}>{t('forumPending.retry')}</Button>}
                {refused && canEditAgain(entry) && (
                  <Button onPress={() => onEditAgain(entry)}>{t('forumPending.editAgain')}</Button>
                )}
                <Button className="danger-quiet" onPress={() => setDiscarding(entry)}>
                  {t('forumPending.discard')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      {discarding && (
        <ConfirmDialog
          title={t('forumPending.discardTitle')}
          message={t('forumPending.discardMessage')}
          confirmLabel={t('forumPending.discardConfirm')}
          onCancel={() => setDiscarding(null)}
          onConfirm={() => void onDiscard(discarding).finally(() => setDiscarding(null))}
        />
      )}
    </section>
  );
}
