import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { readForum, type CategoryView, type PostView } from '../../../../../shared/forum/forum-rooms';
import { forumRoom, threadRoom } from '../../../../../shared/rooms';
import { can } from '../../../../../shared/spaces/permissions';
import { useWindowTitle } from '../../../app/navigation/useWindowTitle';
import { paths } from '../../../app/paths';
import { useServer } from '../../../app/server-context';
import { useScreenHeading } from '../../../app/useScreenHeading';
import { useServerRoom } from '../../../collab/useServerRoom';
import { useMembers } from '../../../data/members';
import { useOutbox } from '../../../data/outbox';
import { useLocale } from '../../../i18n/useLocale';
import { spaceName } from '../../../spaces/space-text';
import type { Mentionable } from '../../../forum/composer/mention-match';
import { useModeration } from '../../../forum/data/rooms';
import { DeleteOrHidePostDialog } from '../../../forum/thread/DeleteOrHidePostDialog';
import { EarlierVersionsDialog } from '../../../forum/thread/EarlierVersionsDialog';
import { EditBox } from '../../../forum/thread/EditBox';
import { markRead, useForumChange } from '../../../forum/thread/forum-change';
import { PendingItems } from '../../../forum/thread/PendingItems';
import type { PersonLook } from '../../../forum/thread/PostItem';
import { PostList } from '../../../forum/thread/PostList';
import { QueuedThread } from '../../../forum/thread/QueuedThread';
import { ReplyBox } from '../../../forum/thread/ReplyBox';
import { ThreadDocuments } from '../../../forum/thread/ThreadDocuments';
import { ThreadHeader } from '../../../forum/thread/ThreadHeader';
import { readThreadWithDocuments } from '../../../../../shared/forum/thread-documents';
import { ThreadUnavailable } from '../../../forum/thread/ThreadUnavailable';
import { usePostActions } from '../../../forum/thread/usePostActions';
import {
  highestSeq,
  pendingInThread,
  pendingReactions,
  POSTS_PAGE,
  visiblePosts,
} from '../../../forum/thread/thread-view';
import { useSpaceContext } from '../../space/space-context';

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
  const room = useServerRoom(server.id, threadRoom(space.id, threadId), readThreadWithDocuments);
  const forum = useServerRoom(server.id, forumRoom(space.id), readForum);
  const members = useMembers(server.id, space.id).data;
  const outbox = useOutbox(server.id);
  const send = useForumChange(server.id);
  const me = server.user.id;
  const canPost = can(actor, 'post', space);
  const canModerate = can(actor, 'moderate', space);
  const moderation = useModeration(server.id, canModerate ? space.id : null);
  const versionsFor = (postId: string) =>
    (moderation.value?.versions.get(postId) ?? []).filter((version) => version.threadId === threadId);

  const [shown, setShown] = useState(POSTS_PAGE);
  const [announcement, setAnnouncement] = useState('');

  const details = room.value?.details ?? null;
  const posts = useMemo(() => room.value?.posts ?? [], [room.value]);
  const category = forum.value?.find((one) => one.id === details?.categoryId) ?? null;
  const categoryLink = (one: CategoryView | null) =>
    one && { name: spaceName(one, locale).text, path: paths.forumCategory(server.id, space.id, one.id) };

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

  const postActions = usePostActions({
    serverId: server.id,
    spaceId: space.id,
    threadId,
    send,
    discard: outbox.discard,
    nameOf,
    jumpTo: (postId) => {
      scrolledTo.current = null;
      setSearch({ post: postId }, { replace: true });
    },
    announce: setAnnouncement,
  });
  const { replyTo, editing } = postActions;

  const pendingList = (
    <PendingItems
      entries={pending}
      onRetry={() => void outbox.retry()}
      onDiscard={(entry) => outbox.discard(entry.id)}
      onEditAgain={(entry) => void postActions.editAgain(entry)}
    />
  );
  const live = (
    <p className="visually-hidden" role="status">
      {announcement}
    </p>
  );

  const replyBox = (answering: PostView | null) => (
    <ReplyBox
      key={postActions.replyBoxKey}
      serverId={server.id}
      spaceId={space.id}
      threadId={threadId}
      replyTo={answering ? replyTo : null}
      replyToName={answering ? nameOf(answering.authorId) : null}
      onReplyToChange={postActions.setReplyTo}
      people={mentionable}
      handleRef={postActions.composer}
      onAnnounce={setAnnouncement}
    />
  );

  // A thread written on this device that the server does not have yet: shown from the outbox, and replies can follow it there.
  const queued = pending.find((entry) => entry.change.kind === 'forum-create-thread')?.change;
  if (!details && queued?.kind === 'forum-create-thread') {
    const queuedCategory = forum.value?.find((one) => one.id === queued.request.categoryId) ?? null;
    return (
      <QueuedThread title={queued.request.title} category={categoryLink(queuedCategory)} headingRef={heading}>
        {pendingList}
        {canPost && replyBox(null)}
        {live}
      </QueuedThread>
    );
  }

  if (!details || details.deleted) {
    return (
      <ThreadUnavailable
        deleted={details?.deleted ?? false}
        room={room}
        forumPath={paths.forum(server.id, space.id)}
        headingRef={heading}
      >
        {pendingList}
        {live}
      </ThreadUnavailable>
    );
  }

  const locked = details.locked;
  const replyToPost = replyTo ? (byId.get(replyTo) ?? null) : null;

  return (
    <section className="thread-screen">
      <ThreadHeader
        serverId={server.id}
        spaceId={space.id}
        threadId={threadId}
        me={me}
        details={details}
        category={categoryLink(category)}
        categories={forum.value ?? []}
        canWrite={can(actor, 'write', space)}
        canModerate={canModerate}
        send={send}
        headingRef={heading}
        onAnnounce={setAnnouncement}
        onModerated={(text, deleted) => {
          setAnnouncement(text);
          if (deleted) navigate(paths.forumCategory(server.id, space.id, details.categoryId));
        }}
        posts={posts}
        nameOf={nameOf}
      />
      <ThreadDocuments serverId={server.id} documents={room.value?.documents ?? []} />
      {hiddenBefore > 0 && (
        <Button className="show-earlier" onPress={() => setShown((count) => count + POSTS_PAGE)}>
          {t('forumThread.showEarlier', { count: hiddenBefore })}
        </Button>
      )}
      <PostList
        posts={visible}
        byId={byId}
        people={people}
        nameOf={nameOf}
        reactionsPending={reactionsPending}
        me={me}
        canPost={canPost}
        canModerate={canModerate}
        locked={details.locked}
        focusPost={focusPost}
        find={find}
        hasEarlierVersions={(postId) => versionsFor(postId).length > 0}
        editorFor={(post) =>
          editing === post.id ? (
            <EditBox
              serverId={server.id}
              spaceId={space.id}
              threadId={threadId}
              post={post}
              people={mentionable}
              onDone={(text) => {
                postActions.stopEditing();
                if (text) setAnnouncement(text);
              }}
            />
          ) : null
        }
        actions={postActions.actions}
      />
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
      {postActions.versionsOf && (
        <EarlierVersionsDialog
          postId={postActions.versionsOf.id}
          authorName={nameOf(postActions.versionsOf.authorId)}
          versions={versionsFor(postActions.versionsOf.id)}
          onClose={postActions.closeVersions}
        />
      )}
      {postActions.dialog && (
        <DeleteOrHidePostDialog
          target={postActions.dialog}
          me={me}
          error={postActions.dialogError}
          onCancel={postActions.cancelPostDialog}
          onConfirm={(reason) => void postActions.confirmPostDialog(reason)}
        />
      )}
      {live}
    </section>
  );
}
