import { describe, expect, it } from 'vitest';
import { DOCUMENT_LIBRARY_DEFAULTS, type DocumentMeta } from '../../../shared/api/schemas';
import type { SpaceSummary } from '../../../shared/api/spaces';
import { nextAccessView, type DocumentAccessView } from './access-view';

const at = '2026-05-01T10:00:00.000Z';
const space: SpaceSummary = {
  id: 'space-north-west',
  name: 'North West Reading Network',
  description: '',
  nameCy: null,
  descriptionCy: null,
  archived: false,
  createdAt: at,
  lastActivityAt: at,
  myRole: 'member',
  memberCount: 2,
  documentCount: 1,
};
const document: DocumentMeta = {
  ...DOCUMENT_LIBRARY_DEFAULTS,
  recentEditors: [],
  id: 'doc-summer-plan',
  title: 'Plan',
  createdAt: at,
  updatedAt: at,
  createdBy: 'user-alys-1',
  spaceId: space.id,
};
const start: DocumentAccessView = { access: null, space, change: null };
const access = (value: 'write' | 'read') => ({
  ok: true as const,
  value: { document, access: value, fromCache: false },
});
const spaceAs = (changes: Partial<SpaceSummary>) => ({ ok: true as const, value: { ...space, ...changes } });

describe('nextAccessView', () => {
  it('takes the host’s answer when the document opens, without announcing it', () => {
    expect(nextAccessView(start, access('read'), spaceAs({ myRole: 'observer' }), false, false)).toMatchObject({
      access: 'read',
      change: null,
      space: { myRole: 'observer' },
    });
  });

  it('announces a change of access while the document is open', () => {
    const writing = nextAccessView(start, access('write'), spaceAs({}), false, false);
    const reading = nextAccessView(writing, access('read'), spaceAs({ myRole: 'observer' }), false, true);
    expect(reading).toMatchObject({ access: 'read', change: 'now-read' });
    expect(nextAccessView(reading, access('write'), spaceAs({}), false, true).change).toBe('now-write');
  });

  it('treats forbidden as removed, and removed as final', () => {
    const removed = nextAccessView(
      start,
      { ok: false, error: 'forbidden' },
      { ok: false, error: 'forbidden' },
      false,
      true,
    );
    expect(removed.access).toBe('removed');
    expect(nextAccessView(removed, access('write'), spaceAs({}), false, true).access).toBe('removed');
  });

  it('falls back to the role table when the host cannot tell', () => {
    const offline = nextAccessView(
      start,
      { ok: false, error: 'unreachable' },
      { ok: false, error: 'unreachable' },
      false,
      false,
    );
    expect(offline.access).toBe('write');
    const observer = nextAccessView(
      { ...start, space: { ...space, myRole: 'observer' } },
      { ok: false, error: 'internal' },
      { ok: false, error: 'unreachable' },
      false,
      false,
    );
    expect(observer.access).toBe('read');
  });
});
