import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { readForum, readThread, type PostView, type Reaction } from '../../../../../shared/forum/forum-rooms';
import { forumRoom, threadRoom } from '../../../../../shared/rooms';
import { can } from '../../../../../shared/spaces/permissions';
import { useWindowTitle } from '../../../app/navigation/useWindowTitle';
import { paths } from '../../../app/paths';
import { useServer } from '../../../app/server-context';
import { useScreenHeading } from '../../../app/useScreenHeading';
import { useServerRoom } from '../../../collab/useServerRoom';
import { host } from '../../../data/host';
import { useMembers } from '../../../data/members';
import { normaliseLinkUrl } from '../../../editor/link-url';
import { useOutbox } from '../../../data/outbox';
import { useLocale } from '../../../i18n/useLocale';
import { spaceName } from '../../../spaces/space-text';
import type { ComposerHandle } from '../../../forum/composer/Composer';
import { draftKey } from '../../../forum/composer/draft-keys';
import type { Mentionable } from '../../../forum/composer/mention-match';
import { useModeration } from '../../../forum/data/rooms';
import { EarlierVersionsDialog } from '../../../forum/thread/EarlierVersionsDialog';
import { EditBox } from '../../../forum/thread/EditBox';
import { markRead, useForumChange } from '../../../forum/thread/forum-change';
import { PendingItems } from '../../../forum/thread/PendingItems';
import { PostItem, type PersonLook, type PostActions } from '../../../forum/thread/PostItem';
import { ReasonDialog } from '../../../forum/thread/ReasonDialog';
import { ReplyBox } from '../../../forum/thread/ReplyBox';
import { ThreadModeration } from '../../../forum/thread/ThreadModeration';
import { ThreadToDocument } from '../../../forum/thread/ThreadToDocument';
import { WatchSelect } from '../../../forum/WatchSelect';
import {
  highestSeq,
  pendingInThread,
  pendingReactions,
  postExcerpt,
  postVersion,
  POSTS_PAGE,
  visiblePosts,
  type PendingForumEntry,
} from '../../../forum/thread/thread-view';
import { useSelectedPostText } from '../../../forum/thread/useSelectedPostText';
import { useSpaceContext } from '../../space/space-context';

type PostDialog = { kind: 'delete' | 'hide'; post: PostView } | null;

/**
 * A thread: its title and state, its posts in order (the last POSTS_PAGE, with "Show earlier
 * posts"), the person's own changes still in the outbox, and the reply box (or why it is
 * locked). Read live from the thread's room, and offline from the device's copy. `?post=`
 * scrolls to that post and highlights it. Viewing it marks it read up to the last post shown.
 */
export function ThreadScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const server = useServer();
  const { space, actor } = useSpaceContext();
  const { threadId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const focusPost = search.get('post');
  // The words a search led here with: marked in that post.
  const find = search.get('find');
  const navigate = useNavigate();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const room = useServerRoom(server.id, threadRoom(space.id, threadId), readThread);
  const forum = useServerRoom(server.id, forumRoom(space.id), readForum);
  const members = useMembers(server.id, space.id).data;
  const outbox = useOutbox(server.id);
  const send = useForumChange(server.id);
  const me = server.user.id;
  const canPost = can(actor, 'post', space);
  const canModerate = can(actor, 'moderate', space);
  const moderation = useModeration(server.id, canModerate ? space.id : null);
  const [versionsOf, setVersionsOf] = useState<PostView | null>(null);
  const versionsFor = (postId: string) =>
    (moderation.value?.versions.get(postId) ?? []).filter((version) => version.threadId === threadId);

  const [shown, setShown] = useState(POSTS_PAGE);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [dialog, setDialog] = useState<PostDialog>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [replyBoxKey, setReplyBoxKey] = useState(0);
  const composer = useRef<ComposerHandle>(null);
  const list = useRef<HTMLOListElement>(null);
  const selected = useSelectedPostText(list);

  const details = room.value?.details ?? null;
  const posts = useMemo(() => room.value?.posts ?? [], [room.value]);
  const category = forum.value?.find((one) => one.id === details?.categoryId) ?? null;
  const categoryLabel = category ? spaceName(category, locale).text : null;

  const people = useMemo(() => {
    const byId = new Map<string, PersonLook>();
    for (const member of members ?? [])
      byId.set(member.user.id, { name: member.user.name, initials: member.user.initials, color: member.user.color });
    return byId;
  }, [members]);
  const mentionable = useMemo<Mentionable[]>(
    () =>
      (members ?? [])
        .filter((member) => member.user.id !== me)
        .map((member) => ({ id: member.user.id, ...people.get(member.user.id)! })),
    [members, people, me],
  );
  const nameOf = useCallback((userId: string) => people.get(userId)?.name ?? t('forumPost.formerMember'), [people, t]);

  const pending = useMemo(() => pendingInThread(outbox.entries ?? [], threadId), [outbox.entries, threadId]);
  const queuedTitle = pending.find((entry) => entry.change.kind === 'forum-create-thread');
  useWindowTitle(
    details?.title ??
      (queuedTitle?.change.kind === 'forum-create-thread' ? queuedTitle.change.request.title : undefined),
    spaceName(space, locale).text,
  );
  const reactionsPending = useMemo(() => pendingReactions(pending), [pending]);
  const { posts: visible, hiddenBefore } = visiblePosts(posts, shown, focusPost);
  const byId = useMemo(() => new Map(posts.map((post) => [post.id, post])), [posts]);

  // Mark read up to the last post shown, whenever more arrive while the thread is open.
  const lastShown = highestSeq(visible);
  useEffect(() => {
    if (lastShown > 0 && room.synced) markRead(server.id, space.id, threadId, lastShown);
  }, [lastShown, room.synced, server.id, space.id, threadId]);

  // `?post=`: scroll to that post and move focus to it, once it is there.
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (!focusPost || scrolledTo.current === focusPost) return;
    const element = document.getElementById(`post-${focusPost}`);
    if (!element) return;
    scrolledTo.current = focusPost;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [focusPost, visible]);

  const latest = useRef({ send, space, threadId, nameOf, byId, setSearch });
  useEffect(() => {
    latest.current = { send, space, threadId, nameOf, byId, setSearch };
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
        const { send, space, threadId } = latest.current;
        void send({
          kind: 'forum-hide-post',
          spaceId: space.id,
          threadId,
          postId: post.id,
          request: { hidden: false },
        }).then((result) =>
          setAnnouncement(
            result.ok
              ? t(result.value.status === 'saved' ? 'forumModeration.done' : 'forumModeration.queued')
              : t(`errors.${result.error}`),
          ),
        );
      },
      react: (post, reaction: Reaction, on) => {
        const { send, space, threadId } = latest.current;
        void send({ kind: 'forum-react', spaceId: space.id, threadId, postId: post.id, reaction, on }).then(
          (result) => !result.ok && setAnnouncement(t(`errors.${result.error}`)),
        );
      },
      jumpTo: (postId) => {
        scrolledTo.current = null;
        latest.current.setSearch({ post: postId }, { replace: true });
      },
      nameOf: (userId) => latest.current.nameOf(userId),
      earlierVersions: (post) => setVersionsOf(post),
    }),
    [t],
  );

  const confirmPostDialog = async (reason: string | null) => {
    if (!dialog) return;
    const { post } = dialog;
    const result = await send(
      dialog.kind === 'delete'
        ? { kind: 'forum-delete-post', spaceId: space.id, threadId, postId: post.id, reason }
        : {
            kind: 'forum-hide-post',
            spaceId: space.id,
            threadId,
            postId: post.id,
            request: { hidden: true, reason: reason ?? '' },
          },
    );
    if (!result.ok) return setDialogError(t(`errors.${result.error}`));
    setDialog(null);
    setDialogError(null);
    setAnnouncement(t(result.value.status === 'saved' ? 'forumModeration.done' : 'forumModeration.queued'));
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
      await host().drafts.put({ serverId: server.id, key: draftKey({ reply: threadId }), draft });
      await outbox.discard(entry.id);
      setReplyBoxKey((key) => key + 1);
    } else if (change.kind === 'forum-edit-post') {
      const draft = { title: '', replyTo: null, editorState: JSON.stringify(change.body), savedAt };
      await host().drafts.put({ serverId: server.id, key: draftKey({ edit: change.postId }), draft });
      await outbox.discard(entry.id);
      setEditing(change.postId);
    } else if (change.kind === 'forum-create-thread') {
      const { request } = change;
      const draft = { title: request.title, replyTo: null, editorState: JSON.stringify(request.body), savedAt };
      await host().drafts.put({ serverId: server.id, key: draftKey({ newThread: request.categoryId }), draft });
      await outbox.discard(entry.id);
      navigate(paths.forumNewThread(server.id, space.id, request.categoryId));
    }
  };

  const openPostLink = (event: MouseEvent) => {
    const anchor = (event.target as HTMLElement).closest('a[data-external-link]');
    if (!anchor) return;
    event.preventDefault();
    const url = normaliseLinkUrl(anchor.getAttribute('href') ?? '');
    if (url) void window.branchline.shell.openExternal({ url }); // eng-disable OPEN_EXTERNAL_JS_CHECK
  };

  const pendingList = (
    <PendingItems
      entries={pending}
      onRetry={() => void outbox.retry()}
      onDiscard={(entry) => outbox.discard(entry.id)}
      onEditAgain={(entry) => void editAgain(entry)}
    />
  );
  const live = (
    <p className="visually-hidden" role="status">
      {announcement}
    </p>
  );

  const replyBox = (answering: PostView | null) => (
    <ReplyBox
      key={replyBoxKey}
      serverId={server.id}
      spaceId={space.id}
      threadId={threadId}
      replyTo={answering ? replyTo : null}
      replyToName={answering ? nameOf(answering.authorId) : null}
      onReplyToChange={setReplyTo}
      people={mentionable}
      handleRef={composer}
      onAnnounce={setAnnouncement}
    />
  );

  // A thread written on this device that the server does not have yet: shown from the outbox, and replies can follow it there.
  const queued = pending.find((entry) => entry.change.kind === 'forum-create-thread')?.change;
  if (!details && queued?.kind === 'forum-create-thread') {
    const queuedCategory = forum.value?.find((one) => one.id === queued.request.categoryId) ?? null;
    return (
      <section className="thread-screen">
        <div className="thread-header">
          <h2 ref={heading} tabIndex={-1} className="thread-title">
            {queued.request.title}
          </h2>
          {queuedCategory && (
            <p className="thread-meta">
              <Link to={paths.forumCategory(server.id, space.id, queuedCategory.id)}>
                {t('forumThread.inCategory', { category: spaceName(queuedCategory, locale).text })}
              </Link>
            </p>
          )}
        </div>
        {pendingList}
        {canPost && replyBox(null)}
        {live}
      </section>
    );
  }

  if (!details || details.deleted) {
    const message = details?.deleted
      ? t('forumThread.deleted')
      : room.refused
        ? t('forumThread.refused')
        : room.value === null && !room.error
          ? t('forumThread.loading')
          : room.synced
            ? t('forumThread.missing')
            : t('forumThread.notYetSynced');
    return (
      <section className="thread-screen">
        <h2 ref={heading} tabIndex={-1}>
          {message}
        </h2>
        <p>
          <Link to={paths.forum(server.id, space.id)}>{t('forumThread.backToForum')}</Link>
        </p>
        {pendingList}
        {live}
      </section>
    );
  }

  const locked = details.locked;
  const replyToPost = replyTo ? (byId.get(replyTo) ?? null) : null;

  return (
    <section className="thread-screen">
      <div className="thread-header">
        <h2 ref={heading} tabIndex={-1} className="thread-title">
          {details.title}
        </h2>
        <p className="thread-meta">
          {category && (
            <Link to={paths.forumCategory(server.id, space.id, category.id)}>
              {t('forumThread.inCategory', { category: categoryLabel ?? '' })}
            </Link>
          )}
          {details.pinned && <span className="badge">{t('forumThread.pinned')}</span>}
          {details.locked && <span className="badge">{t('forumThread.locked')}</span>}
        </p>
        {can(actor, 'write', space) && (
          <ThreadToDocument
            serverId={server.id}
            spaceId={space.id}
            threadId={threadId}
            title={details.title}
            onAnnounce={setAnnouncement}
          />
        )}
        {canModerate && (
          <ThreadModeration
            spaceId={space.id}
            threadId={threadId}
            details={details}
            categories={forum.value ?? []}
            categoryName={(one) => spaceName(one, locale).text}
            send={send}
            onDone={(text, deleted) => {
              setAnnouncement(text);
              if (deleted) navigate(paths.forumCategory(server.id, space.id, details.categoryId));
            }}
          />
        )}
        <WatchSelect serverId={server.id} userId={me} spaceId={space.id} target={{ threadId }} />
      </div>
      {hiddenBefore > 0 && (
        <Button className="show-earlier" onPress={() => setShown((count) => count + POSTS_PAGE)}>
          {t('forumThread.showEarlier', { count: hiddenBefore })}
        </Button>
      )}
      {/* Links in posts open in the system browser, through the host (which checks the scheme again). */}
      <ol className="post-list" ref={list} aria-label={t('forumThread.postsLabel')} onClick={openPostLink}>
        {visible.map((post) => {
          const answered = post.replyTo ? byId.get(post.replyTo) : undefined;
          const answers = post.replyTo
            ? answered
              ? { id: answered.id, name: nameOf(answered.authorId), excerpt: postExcerpt(answered, 100) }
              : ('gone' as const)
            : null;
          const reactions: Partial<Record<Reaction, readonly string[]>> = {};
          for (const [reaction, userIds] of Object.entries(post.reactions) as Array<[Reaction, string[]]>)
            reactions[reaction] = userIds;
          for (const [key, on] of reactionsPending) {
            const [postId, reaction] = key.split(':') as [string, Reaction];
            if (postId !== post.id) continue;
            const others = (reactions[reaction] ?? []).filter((id) => id !== me);
            reactions[reaction] = on ? [...others, me] : others;
          }
          const author = people.get(post.authorId) ?? null;
          const isEditing = editing === post.id;
          return (
            <PostItem
              key={post.id}
              post={post}
              author={author}
              answers={answers}
              reactions={reactions}
              me={me}
              canPost={canPost}
              canReply={canPost && (!details.locked || canModerate)}
              canModerate={canModerate}
              highlighted={focusPost === post.id}
              find={focusPost === post.id ? find : null}
              hasEarlierVersions={canModerate && versionsFor(post.id).length > 0}
              selectedText={selected?.postId === post.id ? selected.text : null}
              editor={
                isEditing ? (
                  <EditBox
                    serverId={server.id}
                    spaceId={space.id}
                    threadId={threadId}
                    post={post}
                    people={mentionable}
                    onDone={(text) => {
                      setEditing(null);
                      if (text) setAnnouncement(text);
                    }}
                  />
                ) : null
              }
              signature={[
                postVersion(post),
                JSON.stringify(reactions),
                answers === null || answers === 'gone' ? String(answers) : `${answers.name}${answers.excerpt}`,
                author?.name ?? '',
                canPost,
                details.locked,
                canModerate,
                locale,
              ].join('\u0000')}
              actions={actions}
            />
          );
        })}
      </ol>
      {pendingList}
      {locked && !canModerate ? (
        <p className="locked-note" role="note">
          {details.lockReason
            ? t('forumThread.lockedBecause', { reason: details.lockReason })
            : t('forumThread.lockedNote')}
        </p>
      ) : canPost ? (
        <>
          {locked && <p className="locked-note">{t('forumThread.lockedModerator')}</p>}
          {replyBox(replyToPost)}
        </>
      ) : (
        <p className="muted">{t('forumThread.readOnly')}</p>
      )}
      {versionsOf && (
        <EarlierVersionsDialog
          postId={versionsOf.id}
          authorName={nameOf(versionsOf.authorId)}
          versions={versionsFor(versionsOf.id)}
          onClose={() => setVersionsOf(null)}
        />
      )}
      {dialog && (
        <ReasonDialog
          title={t(dialog.kind === 'delete' ? 'forumDelete.title' : 'forumModeration.hideTitle')}
          message={dialog.kind === 'delete' ? t('forumDelete.message') : undefined}
          reasonLabel={
            dialog.kind === 'hide'
              ? t('forumModeration.hideReason')
              : dialog.post.authorId !== me
                ? t('forumModeration.deleteReason')
                : null
          }
          reasonRequired={dialog.kind === 'hide'}
          confirmLabel={t(dialog.kind === 'delete' ? 'forumDelete.confirm' : 'forumModeration.hideConfirm')}
          danger={dialog.kind === 'delete'}
          error={dialogError}
          onCancel={() => {
            setDialog(null);
            setDialogError(null);
          }}
          onConfirm={(reason) => void confirmPostDialog(reason)}
        />
      )}
      {live}
    </section>
  );
}
