import { describe, expect, it } from 'vitest';
import {
  categoryRoom,
  documentRoom,
  forumRoom,
  isServerWritten,
  moderationRoom,
  parseRoomName,
  personRoom,
  RoomName,
  spaceOfRoom,
  spaceRoom,
  threadRoom,
} from './rooms';

describe('room names', () => {
  it('round-trips a document room', () => {
    expect(parseRoomName(documentRoom('abcDEF123_-x'))).toEqual({ kind: 'doc', documentId: 'abcDEF123_-x' });
  });

  it('round-trips a space index room, which only the server writes', () => {
    const ref = parseRoomName(spaceRoom('space_AbC123'));
    expect(ref).toEqual({ kind: 'space', spaceId: 'space_AbC123' });
    expect(isServerWritten(ref!)).toBe(true);
    // The device's store takes it through the IPC contract's RoomName like a document room.
    expect(RoomName.safeParse(spaceRoom('space_AbC123')).success).toBe(true);
    expect(isServerWritten(parseRoomName(documentRoom('abcDEF123_-x'))!)).toBe(false);
  });

  it('round-trips every forum room, each written by the server alone and naming its space', () => {
    const space = 'space_AbC123';
    const refs = [
      [forumRoom(space), { kind: 'forum', spaceId: space }],
      [categoryRoom(space, 'cat_12345'), { kind: 'category', spaceId: space, categoryId: 'cat_12345' }],
      [threadRoom(space, 'thr_12345'), { kind: 'thread', spaceId: space, threadId: 'thr_12345' }],
      [moderationRoom(space), { kind: 'moderation', spaceId: space }],
    ] as const;
    for (const [name, ref] of refs) {
      expect(parseRoomName(name)).toEqual(ref);
      expect(isServerWritten(ref)).toBe(true);
      expect(spaceOfRoom(ref)).toBe(space);
      expect(RoomName.safeParse(name).success).toBe(true);
    }
    expect(parseRoomName(personRoom('user_12345'))).toEqual({ kind: 'person', userId: 'user_12345' });
    expect(spaceOfRoom({ kind: 'person', userId: 'user_12345' })).toBeNull();
    // The longest names the ids allow still fit.
    expect(RoomName.safeParse(threadRoom('s'.repeat(64), 't'.repeat(32))).success).toBe(true);
  });

  it.each([
    'thread:abcdefgh.',
    'thread:.abcdefgh',
    'thread:abcdefgh.abc/defgh',
    `thread:abcdefgh.${'t'.repeat(33)}`,
    'category:abcdefgh',
    'category:abcdefgh.abcdefgh.abcdefgh',
    'person:../abcdefgh',
    'forum:abcdefgh.abcdefgh',
    'doc:../../etc/passwd',
    'doc:short',
    'doc:has space in it',
    'doc:a/b/c/d/e/f/g',
    'doc:',
    'doc',
    'thread:abcdefgh',
    `doc:${'a'.repeat(200)}`,
    'doc:abcdefgh\u0000',
    'space:../../etc/passwd',
    'space:short',
    'space:',
    'space',
    'space:abcdefgh:extra',
    'space:abc/defgh',
    `space:${'a'.repeat(65)}`,
    'Space:abcdefgh',
    'space:abcdefgh\u0000',
  ])('refuses %j', (name) => {
    expect(parseRoomName(name)).toBeNull();
    expect(RoomName.safeParse(name).success).toBe(false);
  });
});
