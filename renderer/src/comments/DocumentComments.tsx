import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type * as Y from 'yjs';
import { readComments, type CommentThreadView } from '../../../shared/comments/comment-rooms';
import { postText, type PostBody } from '../../../shared/forum/post-body';
import type { CommentOutboxChange, OutboxEntry } from '../../../shared/ipc/contract';
import { commentsRoom } from '../../../shared/rooms';
import { useServerRoom } from '../collab/useServerRoom';
import { useMembers } from '../data/members';
import { useOutbox } from '../data/outbox';
import { Composer, type ComposerHandle } from '../forum/composer/Composer';
import { draftKey, newForumId } from '../forum/composer/draft-keys';
import type { Mentionable } from '../forum/composer/mention-match';
import { COMMENT_PARAM } from './comment-link';
import { CommentThreadCard, type Send } from './CommentThreadCard';
import { withPending } from './pending-comments';
import type { SelectionAnchor } from './lexical-anchors';
import { useCommentAnchors } from './useCommentAnchors';
import { useCommentChange } from './useCommentChange';
import './comments.css';

const isCommentChange = (entry: OutboxEntry, documentId: string) =>
  entry.change.kind.startsWith('comment-') && (entry.change as CommentOutboxChange).documentId === documentId;

/** Threads in the order of their passages in the document; those not placed (detached) after. */
function inDocumentOrder<T extends CommentThreadView>(threads: T[], ranges: ReadonlyMap<string, Range>): T[] {
  return [...threads].sort((a, b) => {
    const first = ranges.get(a.id);
    const second = ranges.get(b.id);
    if (first && second) {
      try {
        return first.compareBoundaryPoints(Range.START_TO_START, second);
      } catch {
        return 0;
      }
    }
    return first ? -1 : second ? 1 : 0;
  });
}

/**
 * A document's comments, mounted inside its editor: the threads (from the server-written comments
 * room, live), their passages highlighted in the text, and a panel beside the text (below it on a
 * narrow window) listing open or resolved threads. Select words, then Comment (or Ctrl+Alt+M);
 * with the caret in commented words, Ctrl+Alt+M goes to their thread.
 */
export function DocumentComments({
  serverId,
  documentId,
  spaceId,
  doc,
  me,
  canComment,
  canModerate,
}: {
  serverId: string;
  documentId: string;
  spaceId: string;
  doc: Y.Doc;
  me: string;
  canComment: boolean;
  canModerate: boolean;
}) {
  const { t } = useTranslation();
  const room = useServerRoom(serverId, commentsRoom(documentId), readComments);
  const outbox = useOutbox(serverId);
  const pending = useMemo(
    () => (outbox.entries ?? []).filter((entry) => isCommentChange(entry, documentId)),
    [outbox.entries, documentId],
  );
  const threads = useMemo(() => withPending(room.value ?? [], pending), [room.value, pending]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [filter, setFilter] = useState<'open' | 'resolved'>('open');
  const [adding, setAdding] = useState<SelectionAnchor | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState(false);
  const cards = useRef(new Map<string, HTMLElement>());
  const composer = useRef<ComposerHandle | null>(null);
  // Moving the caret into commented words marks their thread, and says so (without taking focus).
  const onCaretThreads = useCallback(
    (here: readonly string[]) => {
      if (here.length === 0) return;
      setActiveId(here[0]!);
      cards.current.get(here[0]!)?.scrollIntoView({ block: 'nearest' });
      setAnnouncement(t('comments.announceHere', { count: here.length }));
    },
    [t],
  );
  const anchors = useCommentAnchors(doc, threads, activeId, onCaretThreads);
  const change = useCommentChange(serverId);
  const members = useMembers(serverId, spaceId).data;

  const nameById = useMemo(
    () => new Map((members ?? []).map((member) => [member.user.id, member.user.name])),
    [members],
  );
  const nameOf = useCallback((userId: string) => nameById.get(userId) ?? t('comments.formerMember'), [nameById, t]);
  const people = useMemo<Mentionable[]>(
    () =>
      (members ?? [])
        .filter((member) => member.user.id !== me)
        .map(({ user }) => ({ id: user.id, name: user.name, initials: user.initials, color: user.color })),
    [members, me],
  );

  const send: Send = useCallback(
    async (request, said) => {
      setProblem(null);
      const result = await change(request);
      if (!result.ok) {
        setProblem(t(`errors.${result.error}`));
        return false;
      }
      setAnnouncement(result.value.status === 'saved' ? said : t('comments.announceQueued'));
      return true;
    },
    [change, t],
  );

  const startComment = useCallback(() => {
    const selected = anchors.selection();
    if (!selected) {
      setProblem(t('comments.selectFirst'));
      return;
    }
    setProblem(null);
    setAdding(selected);
  }, [anchors, t]);

  // A new comment's box takes the keyboard as it opens.
  useEffect(() => {
    if (!adding) return;
    const frame = requestAnimationFrame(() => composer.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [adding]);

  const focusThread = useCallback((threadId: string) => {
    setActiveId(threadId);
    const card = cards.current.get(threadId);
    card?.scrollIntoView({ block: 'nearest' });
    card?.focus();
  }, []);

  // Opened from a notification: the document at that thread, once it is listed.
  const [search] = useSearchParams();
  const wanted = search.get(COMMENT_PARAM);
  const opened = useRef<string | null>(null);
  useEffect(() => {
    const thread = wanted && threads.find((candidate) => candidate.id === wanted);
    if (!thread || opened.current === wanted) return;
    opened.current = wanted;
    const frame = requestAnimationFrame(() => {
      if (thread.resolved) setFilter('resolved');
      requestAnimationFrame(() => focusThread(thread.id));
    });
    return () => cancelAnimationFrame(frame);
  }, [wanted, threads, focusThread]);

  // Ctrl+Alt+M: comment on the selected words; with the caret in commented words, go to their thread.
  const caretThreads = anchors.atCaret;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.code !== 'KeyM') return;
      event.preventDefault();
      if (canComment && anchors.selection() && window.getSelection()?.isCollapsed === false) return startComment();
      const here = caretThreads[0];
      if (here) {
        const thread = threads.find((candidate) => candidate.id === here);
        if (thread?.resolved) setFilter('resolved');
        // After the filter has shown it.
        requestAnimationFrame(() => focusThread(here));
      } else if (canComment) startComment();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [anchors, canComment, caretThreads, focusThread, startComment, threads]);

  const showInText = (threadId: string) => {
    const range = anchors.ranges.get(threadId);
    if (!range) return;
    setActiveId(threadId);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range.cloneRange());
    (range.startContainer.parentElement ?? null)?.scrollIntoView({ block: 'center' });
    (document.getElementById('document-content') as HTMLElement | null)?.focus({ preventScroll: true });
  };

  const submitNew = async (body: PostBody) => {
    if (!adding) return;
    setBusy(true);
    const threadId = newForumId();
    const done = await send(
      {
        kind: 'comment-create-thread',
        documentId,
        request: { threadId, commentId: newForumId(), ...adding, body },
      },
      t('comments.announceAdded'),
    );
    setBusy(false);
    if (!done) return;
    setAdding(null);
    setFilter('open');
    setActiveId(threadId);
  };

  const ordered = inDocumentOrder(threads, anchors.ranges);
  const visible = ordered.filter((thread) => thread.resolved === (filter === 'resolved'));
  const pendingThreads = pending.filter((entry) => entry.change.kind === 'comment-create-thread');
  const openCount = threads.filter((thread) => !thread.resolved).length;

  return (
    <aside className="comments-panel" aria-labelledby="comments-heading" data-testid="comments-panel">
      <div className="comments-head">
        <h2 id="comments-heading">{t('comments.heading')}</h2>
        <span className="muted">{t('comments.count', { count: openCount })}</span>
        {canComment && (
          <Button className="primary small" onPress={startComment} aria-keyshortcuts="Control+Alt+M">
            {t('comments.add')}
          </Button>
        )}
      </div>
      <p className="field-hint">{canComment ? t('comments.addHint') : t('comments.readOnly')}</p>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      {adding && (
        <Composer
          serverId={serverId}
          draftKey={draftKey({ newThread: `c.${documentId}` })}
          label={t('comments.newLabel')}
          initialState={null}
          extras={{ title: '', replyTo: null }}
          people={people}
          submitLabel={t('comments.send')}
          busy={busy}
          error={null}
          onSubmit={(body) => void submitNew(body)}
          onCancel={() => setAdding(null)}
          handleRef={composer}
          above={<p className="comment-quote">{t('comments.newOn', { quote: adding.quote })}</p>}
        />
      )}
      <RadioGroup
        className="comments-filter"
        orientation="horizontal"
        value={filter}
        onChange={(value) => setFilter(value as 'open' | 'resolved')}
      >
        <Label>{t('comments.filterLabel')}</Label>
        <Radio value="open">{t('comments.filterOpen')}</Radio>
        <Radio value="resolved">{t('comments.filterResolved')}</Radio>
      </RadioGroup>
      {filter === 'open' &&
        pendingThreads.map((entry) =>
          entry.change.kind === 'comment-create-thread' ? (
            <article key={entry.id} className="comment-thread pending" data-testid="comment-thread-pending">
              <p className="comment-quote">
                <q>{entry.change.request.quote}</q>
              </p>
              <p>{postText(entry.change.request.body as PostBody)}</p>
              <p className="muted">
                {entry.state === 'refused'
                  ? t('comments.refused', { reason: t(`errors.${entry.refusal ?? 'internal'}`) })
                  : t('comments.waiting')}
              </p>
            </article>
          ) : null,
        )}
      {visible.length === 0 && pendingThreads.length === 0 && (
        <p className="muted">{filter === 'open' ? t('comments.noneOpen') : t('comments.noneResolved')}</p>
      )}
      <ol className="comment-threads">
        {visible.map((thread) => (
          <li key={thread.id}>
            <CommentThreadCard
              ref={(element) => {
                if (element) cards.current.set(thread.id, element);
                else cards.current.delete(thread.id);
              }}
              serverId={serverId}
              documentId={documentId}
              thread={thread}
              active={thread.id === activeId}
              detached={anchors.detached.has(thread.id)}
              placed={anchors.ranges.has(thread.id)}
              me={me}
              canComment={canComment}
              canModerate={canModerate}
              nameOf={nameOf}
              people={people}
              pending={pending.filter((entry) => 'threadId' in entry.change && entry.change.threadId === thread.id)}
              onShow={() => showInText(thread.id)}
              send={send}
            />
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </aside>
  );
}
