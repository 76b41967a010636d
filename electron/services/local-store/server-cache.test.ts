import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders } from '../testing/temp-folders';
import { noteOpened, replacePeople } from './cache-updates';
import { createServerCaches, RECENT_KEPT, serverCacheFile } from './server-cache';
import { createStoreHealth } from './store-health';

const tempDir = tempFolders('server-cache');
const quiet = () => undefined;
const caches = (root: string) =>
  createServerCaches({ root, health: createStoreHealth({ announce: quiet, log: quiet }), log: quiet });

const versionOne = {
  version: 1,
  userId: 'user_bea_00001',
  spaces: [],
  documents: [],
  unplacedDocuments: [],
  access: {},
  lastSeenActivityAt: '2026-01-05T10:00:00.000Z',
};

describe('a server’s cache file', () => {
  it('upgrades version 1 in place (keeping a copy) with nobody known and nothing opened yet', async () => {
    const root = await tempDir();
    const file = serverCacheFile(root, 'server-a');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(versionOne));
    const cache = await caches(root).open('server-a');
    expect(cache.upgraded).toBe(true);
    expect(cache.get()).toEqual({ ...versionOne, version: 2, people: [], recentDocuments: [] });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ version: 2, people: [] });
    const backups = (await readdir(path.dirname(file))).filter((name) => name.startsWith('cache.json.before-upgrade-'));
    expect(backups).toHaveLength(1);
    expect(JSON.parse(await readFile(path.join(path.dirname(file), backups[0]!), 'utf8'))).toEqual(versionOne);
  });

  it('tells its followers of every change, and keeps recently opened documents newest first, without repeats', async () => {
    const root = await tempDir();
    const files = caches(root);
    const changed: string[] = [];
    files.onChange((serverId) => changed.push(serverId));
    const cache = await files.open('server-b');
    await cache.update((draft) => noteOpened(draft, 'doc_first_0001', new Date('2026-01-05T10:00:00Z')));
    await cache.update((draft) => noteOpened(draft, 'doc_second_001', new Date('2026-01-05T11:00:00Z')));
    await cache.update((draft) => noteOpened(draft, 'doc_first_0001', new Date('2026-01-05T12:00:00Z')));
    await cache.update((draft) => replacePeople(draft, []));
    expect(changed).toEqual(['server-b', 'server-b', 'server-b', 'server-b']);
    expect(cache.get().recentDocuments.map((recent) => recent.documentId)).toEqual([
      'doc_first_0001',
      'doc_second_001',
    ]);
    for (let index = 0; index < RECENT_KEPT + 5; index++)
      await cache.update((draft) => noteOpened(draft, `doc_many_${String(index).padStart(5, '0')}`, new Date()));
    expect(cache.get().recentDocuments).toHaveLength(RECENT_KEPT);
    expect(files.peek('server-b')).toBe(cache.get());
  });
});
