import { describe, expect, it } from 'vitest';
import { accessFromRole, readOnlyReason } from './read-only-reason';

describe('readOnlyReason', () => {
  it('says archived before anything else, then observer', () => {
    expect(readOnlyReason('read', { archived: true, myRole: 'observer' })).toBe('archived');
    expect(readOnlyReason('read', { archived: false, myRole: 'observer' })).toBe('observer');
    expect(readOnlyReason('read', { archived: false, myRole: 'member' })).toBe('other');
    expect(readOnlyReason('write', { archived: false, myRole: 'member' })).toBeNull();
  });
});

describe('accessFromRole', () => {
  it('follows the role table', () => {
    expect(accessFromRole(false, { archived: false, myRole: 'member' })).toBe('write');
    expect(accessFromRole(false, { archived: false, myRole: 'observer' })).toBe('read');
    expect(accessFromRole(true, { archived: true, myRole: null })).toBe('read');
    expect(accessFromRole(false, { archived: false, myRole: null })).toBe('removed');
  });
});
