import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDirectory } from './directory';

/** An accounts.json written before the document library (issue 14): no templates, documents without the new fields. */
const before = {
  version: 2,
  organisation: { name: 'ASCEL' },
  users: [],
  sessions: [],
  spaces: [
    {
      id: 'space_general',
      name: 'General',
      description: '',
      nameCy: null,
      descriptionCy: null,
      archived: false,
      createdAt: '2026-01-01T10:00:00.000Z',
      lastActivityAt: '2026-01-01T10:00:00.000Z',
      createdBy: 'user_ann00001',
    },
  ],
  memberships: [],
  invites: [],
  documents: [
    {
      id: 'docMinutes01',
      title: 'Minutes',
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-02T10:00:00.000Z',
      createdBy: 'user_ann00001',
      spaceId: 'space_general',
    },
  ],
  receipts: [],
};

describe('accounts.json from before the document library', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(path.join(tmpdir(), 'branchline-library-upgrade-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('loads unchanged, its documents in English, not binned, unlinked, with no editors known', async () => {
    const file = path.join(dir, 'accounts.json');
    const text = JSON.stringify(before, null, 2);
    await writeFile(file, text);
    const directory = await openDirectory(dir, () => undefined);
    // Opening reads it and writes nothing.
    expect(await readFile(file, 'utf8')).toBe(text);
    expect(directory.documents.find('docMinutes01')).toEqual({
      ...before.documents[0],
      language: 'en',
      translationId: null,
      binnedAt: null,
      binnedBy: null,
      lastEditedBy: null,
      recentEditors: [],
    });
    expect(directory.templates.inSpace('space_general')).toEqual([]);
    expect(directory.documents.inSpaces(new Set(['space_general']))).toHaveLength(1);
    // The first change writes the new fields; the file then reads back the same.
    await directory.documents.setBinned('docMinutes01', 'user_ann00001');
    const reopened = await openDirectory(dir, () => undefined);
    expect(reopened.documents.find('docMinutes01')!.binnedBy).toBe('user_ann00001');
    expect(reopened.documents.inSpaces(new Set(['space_general']))).toHaveLength(0);
    expect(reopened.documents.binnedIn('space_general')).toHaveLength(1);
  });
});
