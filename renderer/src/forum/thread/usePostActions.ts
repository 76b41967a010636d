import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PostView, Reaction } from '../../../../shared/forum/forum-rooms';
import { paths } from '../../app/paths';
import { host } from '../../data/host';
import type { ComposerHandle } from '../composer/Composer';
import { draftKey } from '../composer/draft-keys';
import type { PostToDeleteOrHide } from './DeleteOrHidePostDialog';
import type { useForumChange } from './forum-change';
import type { PostActions } from './PostItem';
import { postExcerpt, type PendingForumEntry } from './thread-view';

export type PostActionsOptions = {
  serverId: string;
  spaceId: string;
  threadId: string;
  send: ReturnType<typeof useForumChange>;
  /** Takes an entry out of the outbox (useOutbox's `discard`). */
  discard: (entryId: string) => Promise<void>;
  nameOf: (userId: string) => string;
  /** Shows a post by its id (`?post=`), scrolling to it again even if it was the last one asked for. */
  jumpTo: (postId: string) => void;
  /** Says the outcome in the screen's live region. */
  announce: (text: string) => void;
};

/**
 * What a thread's posts can have done to them, and the state that follows: the post a reply
 * answers, the post being edited, the delete or hide question and its error, the post whose
 * earlier versions are open, and the reply box's composer. `editAgain` puts a refused change
 * from the outbox back into its composer.
 */
export function usePostActions({
  serverId,
  spaceId,
  threadId,
  send,
  discard,
  nameOf,
  jumpTo,
  announce,
}: PostActionsOptions) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [dialog, setDialog] = useState<PostToDeleteOrHide | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [versionsOf, setVersionsOf] = useState<PostView | null>(null);
  const [replyBoxKey, setReplyBoxKey] = useState(0);
  const composer = useRef<ComposerHandle>(null);

  const latest = useRef({ send, spaceId, threadId, nameOf, jumpTo });
  useEffect(() => {
    latest.current = { send, spaceId, threadId, nameOf, jumpTo };
  });

  // One object for every post, so a post re-renders only when what it shows changes.
  const actions = useMemo<PostActions>(
    () => ({
      reply: (post) => {
        setReplyTo(post.id);
        composer.current?.focus();
      },
      quote: (post, text) => {
        setReplyTo(post.id);
        composer.current?.insertQuote(text);
      },
      quoteWhole: (post) => {
        setReplyTo(post.id);
        composer.current?.insertQuote(postExcerpt(post, 2_000) ?? '');
      },
      edit: (post) => setEditing(post.id),
      remove: (post) => setDialog({ kind: 'delete', post }),
      hide: (post) => setDialog({ kind: 'hide', post }),
      unhide: (post) => {
        const { send, spaceId, threadId } = latest.current;
        void send({
          kind: 'forum-hide-post',
          spaceId,
          threadId,
          postId: post.id,
          request: { hidden: false },
        }).then((result) =>
          announce(
            result.ok
              ? t(result.value.status === 'saved' ? 'forumModeration.done' : 'forumModeration.queued')
              : t(`errors.${result.error}`),
          ),
        );
      },
      react: (post, reaction: Reaction, on) => {
        const { send, spaceId, threadId } = latest.current;
        void send({ kind: 'forum-react', spaceId, threadId, postId: post.id, reaction, on }).then(
          (result) => !result.ok && announce(t(`errors.${result.error}`)),
        );
      },
      jumpTo: (postId) => latest.current.jumpTo(postId),
      nameOf: (userId) => latest.current.nameOf(userId),
      earlierVersions: (post) => setVersionsOf(post),
    }),
    [t, announce],
  );

  const confirmPostDialog = async (reason: string | null) => {
    if (!dialog) return;
    const { post } = dialog;
    const result = await send(
      dialog.kind === 'delete'
        ? { kind: 'forum-delete-post', spaceId, threadId, postId: post.id, reason }
        : {
            kind: 'forum-hide-post',
            spaceId,
            threadId,
            postId: post.id,
            request: { hidden: true, reason: reason ?? '' },
          },
    );
    if (!result.ok) return setDialogError(t(`errors.${result.error}`));
    setDialog(null);
    setDialogError(null);
    announce(t(result.value.status === 'saved' ? 'forumModeration.done' : 'forumModeration.queued'));
  };

  const cancelPostDialog = () => {
    setDialog(null);
    setDialogError(null);
  };

  // A refused change goes back into its composer (by way of its draft), and leaves the outbox.
  const editAgain = async (entry: PendingForumEntry) => {
    const change = entry.change;
    const savedAt = new Date().toISOString();
    if (change.kind === 'forum-reply') {
      const draft = {
        title: '',
        replyTo: change.request.replyTo ?? null,
        editorState: JSON.stringify(change.request.body),
        savedAt,
      };
      await host().drafts.put({ serverId, key: draftKey({ reply: threadId }), draft });
      await discard(entry.id);
      setReplyBoxKey((key) => key + 1);
    } else if (change.kind === 'forum-edit-post') {
      const draft = { title: '', replyTo: null, editorState: JSON.stringify(change.body), savedAt };
      await host().drafts.put({ serverId, key: draftKey({ edit: change.postId }), draft });
      await discard(entry.id);
      setEditing(change.postId);
    } else if (change.kind === 'forum-create-thread') {
      const { request } = change;
      const draft = { title: request.title, replyTo: null, editorState: JSON.stringify(request.body), savedAt };
      await host().drafts.put({ serverId, key: draftKey({ newThread: request.categoryId }), draft });
      await discard(entry.id);
      navigate(paths.forumNewThread(serverId, spaceId, request.categoryId));
    }
  };

  return {
    actions,
    composer,
    replyTo,
    setReplyTo,
    editing,
    stopEditing: () => setEditing(null),
    replyBoxKey,
    versionsOf,
    closeVersions: () => setVersionsOf(null),
    dialog,
    dialogError,
    confirmPostDialog,
    cancelPostDialog,
    editAgain,
  };
}
