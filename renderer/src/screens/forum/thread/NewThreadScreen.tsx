import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { PostBody } from '../../../../../shared/forum/post-body';
import { readForum, ThreadTitle } from '../../../../../shared/forum/forum-rooms';
import { forumRoom } from '../../../../../shared/rooms';
import { can } from '../../../../../shared/spaces/permissions';
import { useWindowTitle } from '../../../app/navigation/useWindowTitle';
import { paths } from '../../../app/paths';
import { useServer } from '../../../app/server-context';
import { useScreenHeading } from '../../../app/useScreenHeading';
import { useServerRoom } from '../../../collab/useServerRoom';
import { TextField } from '../../../components/TextField';
import { useMembers } from '../../../data/members';
import { Composer, type ComposerHandle } from '../../../forum/composer/Composer';
import { draftKey, newForumId } from '../../../forum/composer/draft-keys';
import { useStoredDraft } from '../../../forum/composer/drafts';
import { useForumChange } from '../../../forum/thread/forum-change';
import { useLocale } from '../../../i18n/useLocale';
import { spaceName } from '../../../spaces/space-text';
import { useSpaceContext } from '../../space/space-context';

/**
 * A new thread in the category of the address: a title and the first post. Its ids are made
 * here, so whether the server took it at once or it waits in the outbox, the thread opens
 * (a waiting one shows there as waiting). The draft (title and text) is kept as one types.
 */
export function NewThreadScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const server = useServer();
  const { space, actor } = useSpaceContext();
  const { categoryId = '' } = useParams();
  const navigate = useNavigate();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const forum = useServerRoom(server.id, forumRoom(space.id), readForum);
  const category = forum.value?.find((one) => one.id === categoryId) ?? null;
  const categoryLabel = category ? spaceName(category, locale).text : '';
  const key = draftKey({ newThread: categoryId });
  const draft = useStoredDraft(server.id, key);
  const members = useMembers(server.id, space.id).data ?? [];
  const people = members
    .filter((member) => member.user.id !== server.user.id)
    .map((member) => ({
      id: member.user.id,
      name: member.user.name,
      initials: member.user.initials,
      color: member.user.color,
    }));
  const send = useForumChange(server.id);
  const composer = useRef<ComposerHandle>(null);
  const [title, setTitle] = useState<string | null>(null);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shownTitle = title ?? draft?.title ?? '';
  useWindowTitle(t('forumNewThread.heading'), spaceName(space, locale).text);

  const submit = async (body: PostBody) => {
    const checked = ThreadTitle.safeParse(shownTitle);
    if (!checked.success) return setTitleError(t('forumNewThread.titleRequired'));
    setTitleError(null);
    setBusy(true);
    const threadId = newForumId();
    const result = await send({
      kind: 'forum-create-thread',
      spaceId: space.id,
      request: { threadId, postId: newForumId(), categoryId, title: checked.data, body },
    });
    setBusy(false);
    if (!result.ok) return setError(t(`errors.${result.error}`));
    composer.current?.clear();
    navigate(paths.forumThread(server.id, space.id, threadId), { replace: true });
  };

  return (
    <section className="thread-screen new-thread">
      <h2 ref={heading} tabIndex={-1}>
        {t('forumNewThread.heading')}
      </h2>
      {category && (
        <p className="thread-meta">
          <Link to={paths.forumCategory(server.id, space.id, categoryId)}>
            {t('forumNewThread.in', { category: categoryLabel })}
          </Link>
        </p>
      )}
      {!can(actor, 'post', space) ? (
        <p>{t('forumNewThread.readOnly')}</p>
      ) : draft === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <>
          <TextField
            label={t('forumNewThread.title')}
            value={shownTitle}
            onChange={(value) => {
              setTitle(value);
              setTitleError(null);
            }}
            maxLength={200}
            required
            error={titleError}
          />
          <h3 className="composer-label">{t('forumNewThread.body')}</h3>
          <Composer
            serverId={server.id}
            draftKey={key}
            label={t('forumNewThread.body')}
            initialState={draft?.editorState ?? null}
            extras={{ title: shownTitle, replyTo: null }}
            people={people}
            submitLabel={t('forumNewThread.send')}
            busy={busy}
            error={error}
            handleRef={composer}
            onSubmit={(body) => void submit(body)}
          />
        </>
      )}
    </section>
  );
}
