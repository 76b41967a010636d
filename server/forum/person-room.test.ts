import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MAX_NOTIFICATIONS, PERSON_TYPES, readPerson, type ForumNotification } from '../../shared/forum/forum-rooms';
import { addNotification, advanceRead, markNotificationsRead, notificationId } from './person-room';

const note = (n: number): ForumNotification => ({
  kind: 'watched',
  spaceId: 'space_0000001',
  threadId: 'threadOne01',
  postId: `post${String(n).padStart(8, '0')}`,
  by: 'user_0000001',
  at: new Date(Date.UTC(2025, 0, 1) + n * 1000).toISOString(),
  threadTitle: 'A thread',
  excerpt: `Post ${n}`,
  read: false,
});

/** What the server writes into a person's room, on a bare document. */
describe('person room writes', () => {
  it('moves a read position forward only, and writes nothing when it would not move', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    expect(advanceRead(doc, 'threadOne01', 3, '2025-01-01T00:00:00.000Z')).toBe(true);
    expect(advanceRead(doc, 'threadOne01', 2, '2025-01-02T00:00:00.000Z')).toBe(false);
    expect(advanceRead(doc, 'threadOne01', 3, '2025-01-02T00:00:00.000Z')).toBe(false);
    expect(updates).toHaveLength(1);
    expect(readPerson(doc).read.get('threadOne01')).toEqual({ seq: 3, at: '2025-01-01T00:00:00.000Z' });
    // A value that does not read is replaced.
    doc.getMap(PERSON_TYPES.read).set('threadTwo01', { seq: 'x' });
    expect(advanceRead(doc, 'threadTwo01', 1, '2025-01-02T00:00:00.000Z')).toBe(true);
  });

  it('keeps the newest MAX_NOTIFICATIONS, an id already there is not written again, and read marks stay', () => {
    const doc = new Y.Doc();
    for (let n = 0; n < MAX_NOTIFICATIONS + 5; n++) addNotification(doc, `id${n}`, note(n));
    const kept = readPerson(doc).notifications;
    expect(kept).toHaveLength(MAX_NOTIFICATIONS);
    expect(kept.at(-1)!.id).toBe('id5');
    expect(kept[0]!.id).toBe(`id${MAX_NOTIFICATIONS + 4}`);

    expect(markNotificationsRead(doc, { ids: ['id7', 'id7', 'id0', 'nothing'] })).toBe(1);
    expect(addNotification(doc, 'id7', note(7))).toBe(false);
    expect(readPerson(doc).notifications.find((n) => n.id === 'id7')!.read).toBe(true);
    expect(markNotificationsRead(doc, { all: true })).toBe(MAX_NOTIFICATIONS - 1);
    expect(markNotificationsRead(doc, { all: true })).toBe(0);
  });

  it('gives the same news the same short id, and different news (or spaces) different ids', () => {
    const one = notificationId('space_0000001', 'threadOne01', 'postOne0001', 'post');
    expect(notificationId('space_0000001', 'threadOne01', 'postOne0001', 'post')).toBe(one);
    expect(notificationId('space_0000002', 'threadOne01', 'postOne0001', 'post')).not.toBe(one);
    expect(notificationId('space_0000001', 'threadOne01', 'postOne0001', 'hidden\nx')).not.toBe(one);
    expect(one).toMatch(/^n[A-Za-z0-9_-]{24}$/);
  });
});
