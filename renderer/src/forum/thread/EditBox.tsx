import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostView } from '../../../../shared/forum/forum-rooms';
import { Composer, type ComposerHandle } from '../composer/Composer';
import { draftKey } from '../composer/draft-keys';
import { useStoredDraft } from '../composer/drafts';
import type { Mentionable } from '../composer/mention-match';
import { useForumChange } from './forum-change';

/** One's own post, edited in place: its draft (if one was kept), else the post as it is. */
export function EditBox({
  serverId,
  spaceId,
  threadId,
  post,
  people,
  onDone,
}: {
  serverId: string;
  spaceId: string;
  threadId: string;
  post: PostView;
  people: readonly Mentionable[];
  onDone: (announcement: string | null) => void;
}) {
  const { t } = useTranslation();
  const key = draftKey({ edit: post.id });
  const draft = useStoredDraft(serverId, key);
  const send = useForumChange(serverId);
  const handle = useRef<ComposerHandle>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (draft === undefined) return <p className="muted">{t('common.loading')}</p>;
  return (
    <Composer
      serverId={serverId}
      draftKey={key}
      label={t('forumEdit.label')}
      initialState={draft?.editorState ?? (post.body ? JSON.stringify(post.body) : null)}
      extras={{ title: '', replyTo: null }}
      people={people}
      submitLabel={t('forumEdit.save')}
      busy={busy}
      error={error}
      handleRef={handle}
      onCancel={() => {
        handle.current?.clear();
        onDone(null);
      }}
      onSubmit={(body) => {
        setBusy(true);
        void send({ kind: 'forum-edit-post', spaceId, threadId, postId: post.id, body }).then((result) => {
          setBusy(false);
          if (!result.ok) return setError(t(`errors.${result.error}`));
          handle.current?.clear();
          onDone(t(result.value.status === 'saved' ? 'forumEdit.saved' : 'forumEdit.queued'));
        });
      }}
    />
  );
}
