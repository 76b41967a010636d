import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CommentView } from '../../../shared/comments/comment-rooms';
import type { PostBody } from '../../../shared/forum/post-body';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Composer } from '../forum/composer/Composer';
import { draftKey } from '../forum/composer/draft-keys';
import type { Mentionable } from '../forum/composer/mention-match';
import { relativeTime } from '../forum/relative-time';
import { renderedPostBody } from '../forum/thread/post-body-render';
import { translate } from '../i18n/message';

/** When, as lists say it: "5 minutes ago", else the date in figures (Chromium has no Welsh month names). */
export function commentTime(t: Parameters<typeof translate>[0], iso: string): string {
  const relative = relativeTime(iso, Date.now());
  return relative ? translate(t, relative) : new Date(iso).toLocaleDateString('en-GB');
}

/** One comment in a thread: who, when, what; its author edits it, its author or a moderator deletes it. */
export function CommentItem({
  serverId,
  comment,
  authorName,
  mine,
  mayDelete,
  isFirst,
  people,
  busy,
  onEdit,
  onDelete,
}: {
  serverId: string;
  comment: CommentView;
  authorName: string;
  mine: boolean;
  mayDelete: boolean;
  /** The thread's first comment: deleting it deletes the thread. */
  isFirst: boolean;
  people: readonly Mentionable[];
  busy: boolean;
  onEdit: (body: PostBody) => Promise<boolean>;
  onDelete: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const labels = { checked: t('editor.checked'), unchecked: t('editor.unchecked') };
  return (
    <div className="comment-item">
      <p className="comment-meta">
        <strong>{authorName}</strong> <span className="muted">{commentTime(t, comment.createdAt)}</span>
        {comment.editedAt && <span className="muted"> · {t('comments.edited')}</span>}
      </p>
      {editing ? (
        <Composer
          serverId={serverId}
          draftKey={draftKey({ edit: `c.${comment.id}` })}
          label={t('comments.editLabel')}
          initialState={JSON.stringify(comment.body)}
          extras={{ title: '', replyTo: null }}
          people={people}
          submitLabel={t('comments.save')}
          busy={busy}
          error={null}
          onSubmit={(body) => void onEdit(body).then((done) => done && setEditing(false))}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="comment-body">
          {renderedPostBody(`comment:${comment.id}:${comment.editedAt ?? comment.createdAt}`, comment.body, labels)}
        </div>
      )}
      {!editing && (mine || mayDelete) && (
        <div className="comment-actions">
          {mine && (
            <Button className="quiet small" onPress={() => setEditing(true)}>
              {t('comments.edit')}
            </Button>
          )}
          {mayDelete && (
            <Button className="quiet small" onPress={() => setConfirming(true)}>
              {isFirst ? t('comments.deleteThread') : t('comments.delete')}
            </Button>
          )}
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={isFirst ? t('comments.deleteThreadTitle') : t('comments.deleteTitle')}
          message={isFirst ? t('comments.deleteThreadMessage') : t('comments.deleteMessage')}
          confirmLabel={t('comments.delete')}
          busy={busy}
          onConfirm={() => void onDelete().then(() => setConfirming(false))}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
