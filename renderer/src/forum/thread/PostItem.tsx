import { memo, type ReactNode } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { PostView, Reaction } from '../../../../shared/forum/forum-rooms';
import { Avatar } from '../../components/Avatar';
import { formatDateTime } from '../../i18n/format';
import { renderedPostBody } from './post-body-render';
import { postVersion } from './thread-view';
import { Reactions } from './Reactions';

/** How a person looks beside their post. */
export type PersonLook = { name: string; initials: string; color: string };

/** What a post's buttons and menu do; one object for the whole thread, so posts need not re-render. */
export type PostActions = {
  reply: (post: PostView) => void;
  quote: (post: PostView, text: string) => void;
  quoteWhole: (post: PostView) => void;
  edit: (post: PostView) => void;
  remove: (post: PostView) => void;
  hide: (post: PostView) => void;
  unhide: (post: PostView) => void;
  react: (post: PostView, reaction: Reaction, on: boolean) => void;
  jumpTo: (postId: string) => void;
  nameOf: (userId: string) => string;
  /** A moderator's look at the post's earlier bodies (forum/thread/EarlierVersions.tsx). */
  earlierVersions?: (post: PostView) => void;
};

export type PostItemProps = {
  post: PostView;
  author: PersonLook | null;
  /** The post it answers: its author and first words, or 'gone' when that post is not in the thread. */
  answers: { id: string; name: string; excerpt: string | null } | 'gone' | null;
  reactions: Partial<Record<Reaction, readonly string[]>>;
  me: string;
  canPost: boolean;
  /** Replies are open to this person (not locked, or they moderate). */
  canReply: boolean;
  canModerate: boolean;
  highlighted: boolean;
  /** Words searched for, marked in the body (the post a search led to). */
  find?: string | null;
  /** The moderation room keeps earlier versions of this post (offered to moderators). */
  hasEarlierVersions?: boolean;
  /** Text selected in this post, offered as a quote. */
  selectedText: string | null;
  /** The in-place editor while this post is being edited. */
  editor: ReactNode | null;
  /** Changes whenever anything shown changes: posts re-render only then. */
  signature: string;
  actions: PostActions;
};

function PostItemView({
  post,
  author,
  answers,
  reactions,
  me,
  canPost,
  canReply,
  canModerate,
  highlighted,
  find = null,
  hasEarlierVersions = false,
  selectedText,
  editor,
  actions,
}: PostItemProps) {
  const { t, i18n } = useTranslation();
  const name = author?.name ?? t('forumPost.formerMember');
  const mine = post.authorId === me;
  const headingId = `post-${post.id}-by`;
  const gone = post.deleted || post.hidden !== null;
  const labels = { checked: t('forumPost.checked'), unchecked: t('forumPost.unchecked') };

  let body: ReactNode;
  if (post.deleted) body = <p className="post-placeholder">{t('forumPost.deleted')}</p>;
  else if (post.hidden)
    body = (
      <p className="post-placeholder">
        {mine
          ? t('forumPost.hiddenOwn', { reason: post.hidden.reason })
          : canModerate
            ? t('forumPost.hiddenForModerators', { reason: post.hidden.reason })
            : t('forumPost.hidden')}
      </p>
    );
  else if (editor) body = editor;
  else if (post.body)
    body = <div className="post-body">{renderedPostBody(postVersion(post), post.body, labels, find)}</div>;

  const menuItems: Array<{ id: string; label: string }> = [];
  if (canReply && !gone && post.body) menuItems.push({ id: 'quote', label: t('forumPost.quoteWhole') });
  if (mine && canPost && !gone) menuItems.push({ id: 'edit', label: t('forumPost.edit') });
  if ((mine && canPost) || canModerate)
    if (!post.deleted) menuItems.push({ id: 'delete', label: t('forumPost.delete') });
  if (canModerate && !post.deleted)
    menuItems.push(
      post.hidden ? { id: 'unhide', label: t('forumPost.unhide') } : { id: 'hide', label: t('forumPost.hide') },
    );
  if (canModerate && hasEarlierVersions && actions.earlierVersions)
    menuItems.push({ id: 'versions', label: t('postVersions.menu') });
  const act = (id: string) => {
    if (id === 'quote') actions.quoteWhole(post);
    else if (id === 'edit') actions.edit(post);
    else if (id === 'delete') actions.remove(post);
    else if (id === 'hide') actions.hide(post);
    else if (id === 'unhide') actions.unhide(post);
    else if (id === 'versions') actions.earlierVersions?.(post);
  };

  return (
    <li
      className={highlighted ? 'post highlighted' : 'post'}
      id={`post-${post.id}`}
      data-post-id={post.id}
      tabIndex={-1}
      aria-labelledby={headingId}
    >
      <header className="post-header">
        {author && <Avatar initials={author.initials} colour={author.color} />}
        <h3 id={headingId} className="post-author">
          {name}
        </h3>
        <time className="post-time" dateTime={post.createdAt}>
          {formatDateTime(post.createdAt, i18n.language)}
        </time>
        {post.editedAt && !gone && (
          <span
            className="post-edited"
            title={t('forumPost.editedAt', { date: formatDateTime(post.editedAt, i18n.language) })}
          >
            ({t('forumPost.edited')})
          </span>
        )}
      </header>
      {answers && (
        <p className="post-answers">
          {answers === 'gone' ? (
            <span className="post-answers-gone">{t('forumPost.answeredPostGone')}</span>
          ) : (
            <>
              <button type="button" className="link-button" onClick={() => actions.jumpTo(answers.id)}>
                {t('forumPost.inReplyTo', { name: answers.name })}
              </button>
              {answers.excerpt && <q className="post-answers-excerpt">{answers.excerpt}</q>}
            </>
          )}
        </p>
      )}
      <div data-post-body={post.id}>{body}</div>
      {!editor && (
        <footer className="post-footer">
          {!post.deleted && (
            <Reactions
              reactions={reactions}
              me={me}
              canReact={canPost && !gone}
              nameOf={actions.nameOf}
              onToggle={(reaction, on) => actions.react(post, reaction, on)}
            />
          )}
          <div className="post-actions">
            {selectedText && canReply && (
              // A plain button that keeps the text selected while it is pressed.
              <button
                type="button"
                className="quote-selection"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => actions.quote(post, selectedText)}
              >
                {t('forumPost.quoteSelection')}
              </button>
            )}
            {canReply && !gone && (
              <Button className="quiet" onPress={() => actions.reply(post)}>
                {t('forumPost.reply')}
              </Button>
            )}
            {menuItems.length > 0 && (
              <MenuTrigger>
                <Button className="quiet" aria-label={t('forumPost.actionsFor', { name })}>
                  {t('forumPost.actions')}
                </Button>
                <Popover className="menu-popover" placement="bottom end">
                  <Menu className="menu" onAction={(key) => act(String(key))}>
                    {menuItems.map((item) => (
                      <MenuItem key={item.id} id={item.id}>
                        {item.label}
                      </MenuItem>
                    ))}
                  </Menu>
                </Popover>
              </MenuTrigger>
            )}
          </div>
        </footer>
      )}
    </li>
  );
}

/** One post; re-rendered only when its `signature`, highlight, selection or editor changes. */
export const PostItem = memo(
  PostItemView,
  (before, after) =>
    before.signature === after.signature &&
    before.highlighted === after.highlighted &&
    before.find === after.find &&
    before.hasEarlierVersions === after.hasEarlierVersions &&
    before.selectedText === after.selectedText &&
    before.editor === after.editor &&
    before.actions === after.actions,
);
