import { describe, expect, it } from 'vitest';
import { ModerationAction, type ModerationEntry } from '../../../shared/forum/forum-rooms';
import { en } from '../i18n/en';
import { ACTION_LABELS, moderationLogRows } from './moderation-log';

const entry = (action: ModerationAction, extra: Partial<ModerationEntry> = {}): ModerationEntry & { id: string } => ({
  id: `entry-${action}`,
  action,
  by: 'user_priya123',
  at: '2026-12-01T10:00:00.000Z',
  threadId: 'threadSummer1',
  postId: null,
  categoryId: 'catOffers01',
  fromCategoryId: null,
  title: 'Summer Reading Challenge',
  reason: null,
  ...extra,
});
const categories = new Map([
  ['catOffers01', 'Universal Offers'],
  ['catFunding1', 'Funding bids'],
]);
const categoryName = (id: string) => categories.get(id) ?? null;

describe('the moderation log’s rows', () => {
  it('name every action, from the catalogue', () => {
    for (const action of ModerationAction.options) expect(en[ACTION_LABELS[action]]).toBeTruthy();
  });

  it('lead to the thread by the title it had, or say it is gone when deleted', () => {
    const [lock, deleted] = moderationLogRows(
      [entry('lock', { reason: 'The challenge has ended' }), entry('delete-thread', { reason: '  ' })],
      categoryName,
    );
    expect(lock).toMatchObject({
      action: 'forumLog.lock',
      by: 'user_priya123',
      target: { kind: 'thread', threadId: 'threadSummer1', title: 'Summer Reading Challenge', gone: false },
      reason: 'The challenge has ended',
    });
    expect(deleted).toMatchObject({ target: { kind: 'thread', gone: true }, reason: null });
  });

  it('lead to the post for hidden, shown again and deleted posts', () => {
    const [row] = moderationLogRows(
      [entry('hide-post', { postId: 'postAlys0001', reason: 'Names a child.' })],
      categoryName,
    );
    expect(row!.target).toEqual({
      kind: 'post',
      threadId: 'threadSummer1',
      postId: 'postAlys0001',
      title: 'Summer Reading Challenge',
    });
  });

  it('say where a thread moved from and to, and name categories as they are now (a deleted one as recorded)', () => {
    const [move, changed, removed] = moderationLogRows(
      [
        entry('move-thread', { categoryId: 'catFunding1', fromCategoryId: 'catOffers01' }),
        entry('update-category', { threadId: null, title: 'Offers (old name)' }),
        entry('delete-category', { threadId: null, categoryId: 'catGone0001', title: 'Volunteers' }),
      ],
      categoryName,
    );
    expect(move!.target).toMatchObject({ kind: 'move', from: 'Universal Offers', to: 'Funding bids' });
    expect(changed!.target).toEqual({ kind: 'category', name: 'Universal Offers' });
    expect(removed!.target).toEqual({ kind: 'category', name: 'Volunteers' });
  });
});
