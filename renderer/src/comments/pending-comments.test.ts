import { describe, expect, it } from 'vitest';
import type { CommentThreadView } from '../../../shared/comments/comment-rooms';
import { plainPostBody, postText } from '../../../shared/forum/post-body';
import type { CommentOutboxChange, OutboxEntry } from '../../../shared/ipc/contract';
import { withPending } from './pending-comments';

const made = { userId: 'user_alys0001', key: 'key_0000000000000001', request: 'r' };
const at = '2026-12-01T10:00:00.000Z';
const comment = (id: string, text: string) => ({
  id,
  threadId: 'thread_00001',
  authorId: 'user_alys0001',
  body: plainPostBody(text),
  createdAt: at,
  editedAt: null,
  made,
});
const thread: CommentThreadView = {
  id: 'thread_00001',
  anchor: 'AAAA',
  focus: 'AAAA',
  quote: 'the figure',
  authorId: 'user_alys0001',
  createdAt: at,
  resolved: false,
  resolvedBy: null,
  resolvedAt: null,
  made,
  comments: [comment('comment_0001', 'Is it right?'), comment('comment_0002', 'Yes.')],
};
const entry = (change: CommentOutboxChange, state: OutboxEntry['state'] = 'waiting'): OutboxEntry => ({
  id: `entry_${Math.random().toString(36).slice(2).padEnd(16, '0')}`,
  userId: 'user_alys0001',
  change,
  queuedAt: at,
  state,
  refusal: state === 'refused' ? 'forbidden' : null,
  attempts: 0,
  lastTriedAt: null,
});
const on = { documentId: 'doc_00000001', threadId: 'thread_00001' };

describe('comments waiting in the outbox', () => {
  it('show at once: a resolve, an edit and a deleted reply; a deleted first comment hides its thread', () => {
    const [shown] = withPending(
      [thread],
      [
        entry({ kind: 'comment-resolve', ...on, resolved: true }),
        entry({ kind: 'comment-edit', ...on, commentId: 'comment_0001', body: plainPostBody('Is it still right?') }),
        entry({ kind: 'comment-delete', ...on, commentId: 'comment_0002' }),
      ],
    );
    expect(shown?.resolved).toBe(true);
    expect(shown?.waiting).toBe(true);
    expect(shown?.comments.map((c) => postText(c.body))).toEqual(['Is it still right?']);
    expect(withPending([thread], [entry({ kind: 'comment-delete', ...on, commentId: 'comment_0001' })])).toEqual([]);
  });

  it('leaves the room’s state where a change was refused, or belongs to another thread', () => {
    const [shown] = withPending(
      [thread],
      [
        entry({ kind: 'comment-resolve', ...on, resolved: true }, 'refused'),
        entry({ kind: 'comment-resolve', documentId: on.documentId, threadId: 'thread_other', resolved: true }),
      ],
    );
    expect(shown).toMatchObject({ resolved: false, waiting: false });
  });
});
