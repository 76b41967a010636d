import { forwardRef, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { postText, type PostBody } from '../../../shared/forum/post-body';
import type { CommentOutboxChange, OutboxEntry } from '../../../shared/ipc/contract';
import { Composer, type ComposerHandle } from '../forum/composer/Composer';
import { draftKey, newForumId } from '../forum/composer/draft-keys';
import type { Mentionable } from '../forum/composer/mention-match';
import { CommentItem } from './CommentItem';
import type { ShownThread } from './pending-comments';

export type Send = (change: CommentOutboxChange, said: string) => Promise<boolean>;

/**
 * One thread: the words it is on (or that they were deleted), its comments, and what one may do:
 * reply, resolve or reopen (anyone who may comment), edit one's own, delete one's own (moderators:
 * any). Replies still in the outbox show below, as waiting.
 */
export const CommentThreadCard = forwardRef<
  HTMLElement,
  {
    serverId: string;
    documentId: string;
    thread: ShownThread;
    active: boolean;
    detached: boolean;
    placed: boolean;
    me: string;
    canComment: boolean;
    canModerate: boolean;
    nameOf: (userId: string) => string;
    people: readonly Mentionable[];
    pending: readonly OutboxEntry[];
    onShow: () => void;
    send: Send;
  }
>(function CommentThreadCard(props, ref) {
  const { serverId, documentId, thread, active, detached, placed, me, canComment, canModerate, nameOf } = props;
  const { t } = useTranslation();
  const [replying, setReplying] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingId = `comment-thread-${thread.id}`;
  const replyBox = useRef<ComposerHandle | null>(null);
  // The reply box takes the keyboard as it opens.
  useEffect(() => {
    if (!replying) return;
    const frame = requestAnimationFrame(() => replyBox.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [replying]);
  const act = async (change: CommentOutboxChange, said: string) => {
    setBusy(true);
    const done = await props.send(change, said);
    setBusy(false);
    return done;
  };
  const onThread = { documentId, threadId: thread.id };
  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={`comment-thread${active ? ' active' : ''}${thread.resolved ? ' resolved' : ''}`}
      aria-labelledby={headingId}
      data-testid="comment-thread"
    >
      <h3 id={headingId} className="comment-quote">
        <span className="visually-hidden">{t('comments.threadLabel', { quote: thread.quote })}</span>
        <q aria-hidden="true">{thread.quote}</q>
      </h3>
      {detached && <p className="note comment-detached">{t('comments.detached')}</p>}
      {thread.waiting && <p className="muted">{t('comments.waiting')}</p>}
      {thread.resolved && thread.resolvedBy && (
        <p className="muted">{t('comments.resolvedBy', { name: nameOf(thread.resolvedBy) })}</p>
      )}
      <ol className="comment-list">
        {thread.comments.map((comment, index) => (
          <li key={comment.id}>
            <CommentItem
              serverId={serverId}
              comment={comment}
              authorName={nameOf(comment.authorId)}
              mine={canComment && comment.authorId === me}
              mayDelete={canComment && (comment.authorId === me || canModerate)}
              isFirst={index === 0}
              people={props.people}
              busy={busy}
              onEdit={(body) =>
                act({ kind: 'comment-edit', ...onThread, commentId: comment.id, body }, t('comments.announceSaved'))
              }
              onDelete={() =>
                act({ kind: 'comment-delete', ...onThread, commentId: comment.id }, t('comments.announceDeleted'))
              }
            />
          </li>
        ))}
        {props.pending.map((entry) =>
          entry.change.kind === 'comment-reply' ? (
            <li key={entry.id} className="comment-item pending">
              <p className="comment-meta">
                <strong>{nameOf(me)}</strong>{' '}
                <span className="muted">
                  {entry.state === 'refused'
                    ? t('comments.refused', { reason: t(`errors.${entry.refusal ?? 'internal'}`) })
                    : t('comments.waiting')}
                </span>
              </p>
              <p>{postText(entry.change.request.body as PostBody)}</p>
            </li>
          ) : null,
        )}
      </ol>
      <div className="comment-actions">
        {placed && (
          <Button className="quiet small" onPress={props.onShow}>
            {t('comments.showInText')}
          </Button>
        )}
        {canComment && !replying && (
          <Button className="quiet small" onPress={() => setReplying(true)}>
            {t('comments.reply')}
          </Button>
        )}
        {canComment && (
          <Button
            className="quiet small"
            isDisabled={busy}
            onPress={() =>
              void act(
                { kind: 'comment-resolve', ...onThread, resolved: !thread.resolved },
                t(thread.resolved ? 'comments.announceReopened' : 'comments.announceResolved'),
              )
            }
          >
            {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
          </Button>
        )}
      </div>
      {replying && (
        <Composer
          serverId={serverId}
          draftKey={draftKey({ reply: `c.${thread.id}` })}
          label={t('comments.replyLabel')}
          initialState={null}
          extras={{ title: '', replyTo: null }}
          people={props.people}
          submitLabel={t('comments.sendReply')}
          busy={busy}
          error={null}
          onSubmit={(body) =>
            void act(
              { kind: 'comment-reply', ...onThread, request: { commentId: newForumId(), body } },
              t('comments.announceReplied'),
            ).then((done) => done && setReplying(false))
          }
          onCancel={() => setReplying(false)}
          handleRef={replyBox}
        />
      )}
    </article>
  );
});
