import { describe, expect, it } from 'vitest';
import { DOCUMENT_LIBRARY_DEFAULTS, type DocumentMeta } from '../../../../shared/api/schemas';
import { arrangeDocuments, editorsOf, NO_FILTER } from './library-view';

const document = (id: string, title: string, updatedAt: string, recentEditors: string[] = []): DocumentMeta => ({
  ...DOCUMENT_LIBRARY_DEFAULTS,
  id,
  title,
  createdAt: updatedAt,
  updatedAt,
  createdBy: 'user_ann',
  spaceId: 'space_one',
  recentEditors,
});

const list = [
  document('d1', 'Ymgynghoriad', '2026-01-03T00:00:00.000Z', ['user_bob']),
  document('d2', 'annual report', '2026-01-01T00:00:00.000Z'),
  document('d3', 'Éditions', '2026-01-02T00:00:00.000Z', ['user_cat']),
];

describe('arrangeDocuments', () => {
  it('sorts by last edit, newest first, or by title', () => {
    expect(arrangeDocuments(list, NO_FILTER, 'en').map((d) => d.id)).toEqual(['d1', 'd3', 'd2']);
    expect(arrangeDocuments(list, { ...NO_FILTER, sort: 'title' }, 'en').map((d) => d.id)).toEqual(['d2', 'd3', 'd1']);
  });

  it('filters by title, ignoring case and accents, and by who edited', () => {
    expect(arrangeDocuments(list, { ...NO_FILTER, title: 'EDIT' }, 'en').map((d) => d.id)).toEqual(['d3']);
    expect(arrangeDocuments(list, { ...NO_FILTER, editor: 'user_bob' }, 'en').map((d) => d.id)).toEqual(['d1']);
    expect(editorsOf(list).sort()).toEqual(['user_ann', 'user_bob', 'user_cat']);
  });
});
