import { describe, expect, it } from 'vitest';
import { documentRoom, isServerWritten, parseRoomName, RoomName, spaceRoom } from './rooms';

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

  it.each([
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
