import { useCallback, useEffect, useState, type Ref } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { PostBody } from '../../../../shared/forum/post-body';
import { Composer, type ComposerHandle } from '../composer/Composer';
import { draftKey, newForumId } from '../composer/draft-keys';
import { useStoredDraft } from '../composer/drafts';
import type { Mentionable } from '../composer/mention-match';
import { useForumChange } from './forum-change';

/**
 * The reply composer under a thread: the draft kept for this thread comes back when it opens
 * (with the post it answered); "Reply" on a post sets that post, shown above the text and
 * removable. Sending clears text and draft; offline, the reply waits in the outbox.
 */
export function ReplyBox({
  serverId,
  spaceId,
  threadId,
  replyTo,
  replyToName,
  onReplyToChange,
  people,
  handleRef,
  onAnnounce,
}: {
  serverId: string;
  spaceId: string;
  threadId: string;
  replyTo: string | null;
  replyToName: string | null;
  onReplyToChange: (postId: string | null) => void;
  people: readonly Mentionable[];
  handleRef: Ref<ComposerHandle>;
  onAnnounce: (text: string) => void;
}) {
  const { t } = useTranslation();
  const key = draftKey({ reply: threadId });
  const draft = useStoredDraft(serverId, key);
  const send = useForumChange(serverId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const handle = handleRef as { current: ComposerHandle | null };

  // The post the draft answered comes back with it, unless a Reply was pressed meanwhile.
  useEffect(() => {
    if (draft?.replyTo) onReplyToChange(draft.replyTo);
    // Only when the draft arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft]);

  const submit = useCallback(
    async (body: PostBody) => {
      setBusy(true);
      setError(null);
      const result = await send({
        kind: 'forum-reply',
        spaceId,
        threadId,
        request: { postId: newForumId(), body, replyTo },
      });
      setBusy(false);
      if (!result.ok) return setError(t(`errors.${result.error}`));
      handle.current?.clear();
      onReplyToChange(null);
      onAnnounce(t(result.value.status === 'saved' ? 'forumReply.sent' : 'forumReply.queued'));
    },
    [send, spaceId, threadId, replyTo, t, handle, onReplyToChange, onAnnounce],
  );

  if (draft === undefined) return <p className="muted">{t('common.loading')}</p>;
  return (
    <section className="reply-box" aria-labelledby="reply-heading">
      <h3 id="reply-heading" className="visually-hidden">
        {t('forumReply.heading')}
      </h3>
      <Composer
        serverId={serverId}
        draftKey={key}
        label={t('forumReply.label')}
        initialState={draft?.editorState ?? null}
        extras={{ title: '', replyTo }}
        people={people}
        submitLabel={t('forumReply.send')}
        busy={busy}
        error={error}
        onSubmit={(body) => void submit(body)}
        handleRef={handleRef}
        above={
          replyTo && (
            <p className="replying-to">
              <span>{t('forumReply.replyingTo', { name: replyToName ?? t('forumPost.formerMember') })}</span>
              <Button
                className="quiet small"
                aria-label={t('forumReply.removeReplyTo', { name: replyToName ?? t('forumPost.formerMember') })}
                onPress={() => {
                  onReplyToChange(null);
                  handle.current?.focus();
                }}
              >
                <span aria-hidden="true">×</span>
              </Button>
            </p>
          )
        }
      />
    </section>
  );
}
