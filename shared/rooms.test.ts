import { describe, expect, it } from 'vitest';
import { documentRoom, parseRoomName, RoomName } from './rooms';

describe('room names', () => {
  it('round-trips a document room', () => {
    expect(parseRoomName(documentRoom('abcDEF123_-x'))).toEqual({ kind: 'doc', documentId: 'abcDEF123_-x' });
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
  ])('refuses %j', (name) => {
    expect(parseRoomName(name)).toBeNull();
    expect(RoomName.safeParse(name).success).toBe(false);
  });
});
