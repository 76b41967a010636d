import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readSpaceIndex, SPACE_INDEX_TYPES } from './space-index';

const details = {
  name: 'South West committee',
  nameCy: 'Pwyllgor y De Orllewin',
  description: 'Best practice for the region',
  descriptionCy: null,
  archived: false,
};
const entry = (title: string, updatedAt: string) => ({
  title,
  updatedAt,
  createdBy: 'user_ann00001',
  language: 'en' as const,
  translationId: null,
  binnedAt: null,
  lastEditedBy: null,
  recentEditors: [],
});

/** A room's document as the server writes it, then as a client receives it (through an update). */
function received(write: (doc: Y.Doc) => void): Y.Doc {
  const server = new Y.Doc();
  server.transact(() => write(server));
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return client;
}

describe('readSpaceIndex', () => {
  it('reads the details and the documents, most recently updated first', () => {
    const doc = received((server) => {
      const space = server.getMap(SPACE_INDEX_TYPES.details);
      for (const [key, value] of Object.entries(details)) space.set(key, value);
      const documents = server.getMap(SPACE_INDEX_TYPES.documents);
      documents.set('docOlder01', entry('Older', '2026-01-01T10:00:00.000Z'));
      documents.set('docNewer01', entry('Newer', '2026-02-01T10:00:00.000Z'));
    });
    expect(readSpaceIndex(doc)).toEqual({
      details,
      documents: [
        { id: 'docNewer01', ...entry('Newer', '2026-02-01T10:00:00.000Z') },
        { id: 'docOlder01', ...entry('Older', '2026-01-01T10:00:00.000Z') },
      ],
      binned: [],
    });
  });

  it('reads an empty room as no details and no documents', () => {
    expect(readSpaceIndex(new Y.Doc())).toEqual({ details: null, documents: [], binned: [] });
  });

  it('skips whatever does not read, without throwing, and keeps the rest', () => {
    const doc = received((server) => {
      const space = server.getMap(SPACE_INDEX_TYPES.details);
      for (const [key, value] of Object.entries(details)) space.set(key, value);
      const documents = server.getMap(SPACE_INDEX_TYPES.documents);
      documents.set('docGood0001', entry('Good', '2026-01-01T10:00:00.000Z'));
      // Wrong types, huge strings, missing fields, a nested Yjs type, an id that is a path.
      documents.set('docNumber01', 42);
      documents.set('docNull0001', null);
      documents.set('docArray001', [entry('In an array', '2026-01-01T10:00:00.000Z')]);
      documents.set('docHuge0001', entry('x'.repeat(1_000_000), '2026-01-01T10:00:00.000Z'));
      documents.set('docNoTitle1', { updatedAt: '2026-01-01T10:00:00.000Z', createdBy: 'user_ann00001' });
      documents.set('docBadDate1', entry('Bad date', 'yesterday'));
      documents.set('docTitleNo1', { ...entry('', '2026-01-01T10:00:00.000Z'), title: 7 });
      documents.set('docBadUser1', { ...entry('Bad user', '2026-01-01T10:00:00.000Z'), createdBy: '../../etc' });
      documents.set('docYMap0001', new Y.Map());
      documents.set('../../etc/passwd', entry('A path', '2026-01-01T10:00:00.000Z'));
      documents.set('short', entry('Short id', '2026-01-01T10:00:00.000Z'));
    });
    const index = readSpaceIndex(doc);
    expect(index.details).toEqual(details);
    expect(index.documents.map((document) => document.id)).toEqual(['docGood0001']);
  });

  it.each([
    ['a name of the wrong type', { name: 12 }],
    ['a huge name', { name: 'x'.repeat(100_000) }],
    ['a missing name', { name: undefined }],
    ['archived as a string', { archived: 'yes' }],
    ['a nested Yjs type', { description: new Y.Text('hidden') }],
  ])('reads details with %s as none, and the documents still', (_what, change) => {
    const doc = received((server) => {
      const space = server.getMap(SPACE_INDEX_TYPES.details);
      for (const [key, value] of Object.entries({ ...details, ...change }))
        if (value !== undefined) space.set(key, value);
      server.getMap(SPACE_INDEX_TYPES.documents).set('docGood0001', entry('Good', '2026-01-01T10:00:00.000Z'));
    });
    const index = readSpaceIndex(doc);
    expect(index.details).toBeNull();
    expect(index.documents).toHaveLength(1);
  });

  it('ignores content under other names and list content under the map names', () => {
    const doc = received((server) => {
      server.getArray(SPACE_INDEX_TYPES.documents).insert(0, [entry('In a list', '2026-01-01T10:00:00.000Z')]);
      server.getText(SPACE_INDEX_TYPES.details).insert(0, 'not the details');
      server.getMap('elsewhere').set('docGood0001', entry('Elsewhere', '2026-01-01T10:00:00.000Z'));
    });
    expect(readSpaceIndex(doc)).toEqual({ details: null, documents: [], binned: [] });
  });
});
