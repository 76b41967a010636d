import { useRef, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostView, Reaction } from '../../../../shared/forum/forum-rooms';
import { normaliseLinkUrl } from '../../editor/link-url';
import { useLocale } from '../../i18n/useLocale';
import { PostItem, type PersonLook, type PostActions } from './PostItem';
import { postExcerpt, postVersion } from './thread-view';
import { useSelectedPostText } from './useSelectedPostText';

export type PostListProps = {
  /** The posts shown, in order. */
  posts: readonly PostView[];
  /** Every post of the thread by id, for the one a post answers. */
  byId: ReadonlyMap<string, PostView>;
  people: ReadonlyMap<string, PersonLook>;
  nameOf: (userId: string) => string;
  /** Reactions waiting in the outbox (`postId:reaction` → on), shown as if sent. */
  reactionsPending: ReadonlyMap<string, boolean>;
  me: string;
  canPost: boolean;
  canModerate: boolean;
  locked: boolean;
  /** The post a `?post=` link asked for, and the words a search led there with. */
  focusPost: string | null;
  find: string | null;
  hasEarlierVersions: (postId: string) => boolean;
  /** The in-place editor for a post being edited, else null. */
  editorFor: (post: PostView) => ReactNode | null;
  actions: PostActions;
};

/** Opens a link in a post in the system browser, through the host (which checks the scheme again). */
function openPostLink(event: MouseEvent) {
  const anchor = (event.target as HTMLElement).closest('a[data-external-link]');
  if (!anchor) return;
  event.preventDefault();
  const url = normaliseLinkUrl(anchor.getAttribute('href') ?? '');
  if (url) void window.branchline.shell.openExternal({ url }); // eng-disable OPEN_EXTERNAL_JS_CHECK
}

/** A thread's posts, each with the post it answers, its reactions (with the person's own still waiting), and what it offers. */
export function PostList({
  posts,
  byId,
  people,
  nameOf,
  reactionsPending,
  me,
  canPost,
  canModerate,
  locked,
  focusPost,
  find,
  hasEarlierVersions,
  editorFor,
  actions,
}: PostListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useRef<HTMLOListElement>(null);
  const selected = useSelectedPostText(list);
  return (
    <ol className="post-list" ref={list} aria-label={t('forumThread.postsLabel')} onClick={openPostLink}>
      {posts.map((post) => {
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
        return (
          <PostItem
            key={post.id}
            post={post}
            author={author}
            answers={answers}
            reactions={reactions}
            me={me}
            canPost={canPost}
            canReply={canPost && (!locked || canModerate)}
            canModerate={canModerate}
            highlighted={focusPost === post.id}
            find={focusPost === post.id ? find : null}
            hasEarlierVersions={canModerate && hasEarlierVersions(post.id)}
            selectedText={selected?.postId === post.id ? selected.text : null}
            editor={editorFor(post)}
            signature={[
              postVersion(post),
              JSON.stringify(reactions),
              answers === null || answers === 'gone' ? String(answers) : `${answers.name}${answers.excerpt}`,
              author?.name ?? '',
              canPost,
              locked,
              canModerate,
              locale,
            ].join('\u0000')}
            actions={actions}
          />
        );
      })}
    </ol>
  );
}
