import { describe, expect, it } from 'vitest';
import { can, canCreateSpaces, roomAccess, SpaceAction, type Role } from './permissions';

const live = { archived: false };
const archived = { archived: true };

describe('the role table', () => {
  it('grants each role what the server README says', () => {
    const granted = (role: Role) =>
      SpaceAction.options.filter((action) => can({ serverAdmin: false, role }, action, live));
    expect(granted('observer')).toEqual(['view']);
    expect(granted('member')).toEqual(['view', 'write', 'post', 'comment']);
    expect(granted('moderator')).toEqual(['view', 'write', 'post', 'moderate', 'comment']);
    expect(granted('admin')).toEqual(SpaceAction.options);
  });

  it('lets observers comment only where the space allows it, and nobody in an archived space', () => {
    const observer = { serverAdmin: false, role: 'observer' as const };
    expect(can(observer, 'comment', live)).toBe(false);
    expect(can(observer, 'comment', { archived: false, observersMayComment: true })).toBe(true);
    expect(can(observer, 'write', { archived: false, observersMayComment: true })).toBe(false);
    expect(can(observer, 'comment', { archived: true, observersMayComment: true })).toBe(false);
    expect(can({ serverAdmin: false, role: 'member' }, 'comment', archived)).toBe(false);
    expect(can({ serverAdmin: false, role: null }, 'comment', { archived: false, observersMayComment: true })).toBe(
      false,
    );
  });

  it('lets server admins do everything, and nobody else create spaces or act where they are not', () => {
    for (const action of SpaceAction.options) {
      expect(can({ serverAdmin: true, role: null }, action, live)).toBe(true);
      expect(can({ serverAdmin: false, role: null }, action, live)).toBe(false);
    }
    expect(canCreateSpaces({ serverAdmin: true })).toBe(true);
    expect(canCreateSpaces({ serverAdmin: false })).toBe(false);
  });

  it('makes an archived space read-only, though admins can still restore it and manage people', () => {
    const admin = { serverAdmin: false, role: 'admin' as const };
    expect(can(admin, 'write', archived)).toBe(false);
    expect(can(admin, 'edit', archived)).toBe(false);
    expect(can(admin, 'archive', archived)).toBe(true);
    expect(can(admin, 'manage-people', archived)).toBe(true);
    expect(roomAccess(admin, archived)).toBe('read');
    expect(roomAccess({ serverAdmin: false, role: 'observer' }, live)).toBe('read');
    expect(roomAccess({ serverAdmin: false, role: 'member' }, live)).toBe('write');
    expect(roomAccess({ serverAdmin: false, role: null }, live)).toBe('none');
  });
});
