import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/ipc/forum-changes';
import { tempFolders } from '../testing/temp-folders';
import { createDraftsFiles, draftsFile } from './drafts-file';
import { createStoreHealth } from './store-health';

const tempDir = tempFolders('drafts');
const draft = (text: string, savedAt = new Date().toISOString()): Draft => ({
  title: '',
  editorState: JSON.stringify({ root: { text } }),
  replyTo: null,
  savedAt,
});

function open(root: string, maxDrafts?: number) {
  const logged: string[] = [];
  const health = createStoreHealth({ announce: () => undefined, log: () => undefined });
  const drafts = createDraftsFiles({ root, health, log: (message) => logged.push(message), maxDrafts });
  return { drafts, logged, health };
}

describe('drafts on the device', () => {
  it('is on disk when put resolves: a new process (as after a crash, nothing flushed) reads it back', async () => {
    const root = await tempDir();
    const first = open(root).drafts;
    await first.put('server-a', 'user-ann', 'reply:thread-1', draft('Half a sentence'));
    // Read by another store over the same folder, the first never flushed nor closed.
    const again = open(root).drafts;
    expect((await again.get('server-a', 'user-ann', 'reply:thread-1'))?.editorState).toContain('Half a sentence');
    // Each person sees only their own.
    expect(await again.get('server-a', 'user-bea', 'reply:thread-1')).toBeNull();
    expect(await again.get('server-b', 'user-ann', 'reply:thread-1')).toBeNull();
    // No temporary file is left beside it.
    expect(await readdir(path.dirname(draftsFile(root, 'server-a')))).toEqual(['drafts.json']);
  });

  it('forgets a draft put as null', async () => {
    const root = await tempDir();
    const { drafts } = open(root);
    await drafts.put('server-a', 'user-ann', 'new-thread:cat-1', draft('Title words'));
    await drafts.put('server-a', 'user-ann', 'new-thread:cat-1', null);
    expect(await open(root).drafts.get('server-a', 'user-ann', 'new-thread:cat-1')).toBeNull();
  });

  it('a file that is not JSON: no drafts, said in the log, the file kept aside, and new drafts are kept', async () => {
    const root = await tempDir();
    const file = draftsFile(root, 'server-a');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, '{"version":1,"drafts":{"user-ann reply:t');
    const { drafts, logged } = open(root);
    expect(await drafts.get('server-a', 'user-ann', 'reply:t')).toBeNull();
    expect(logged.join('\n')).toMatch(/could not read the drafts/);
    const names = await readdir(path.dirname(file));
    const aside = names.find((name) => name.startsWith('drafts.json.corrupt-'))!;
    expect(await readFile(path.join(path.dirname(file), aside), 'utf8')).toBe(
      '{"version":1,"drafts":{"user-ann reply:t',
    );
    await drafts.put('server-a', 'user-ann', 'reply:t', draft('Written after'));
    expect((await open(root).drafts.get('server-a', 'user-ann', 'reply:t'))?.editorState).toContain('Written after');
  });

  it('a damaged draft costs only itself', async () => {
    const root = await tempDir();
    const file = draftsFile(root, 'server-a');
    await mkdir(path.dirname(file), { recursive: true });
    const good = draft('Still here');
    await writeFile(
      file,
      JSON.stringify({
        version: 1,
        drafts: {
          'user-ann reply:good': good,
          'user-ann reply:bad': { title: 5 },
          'not a key at all': good,
        },
      }),
    );
    const { drafts, logged } = open(root);
    expect(await drafts.get('server-a', 'user-ann', 'reply:good')).toEqual(good);
    expect(await drafts.get('server-a', 'user-ann', 'reply:bad')).toBeNull();
    expect(logged.join('\n')).toMatch(/left out 2 damaged draft/);
  });

  it('keeps at most the limit, dropping the oldest saved', async () => {
    const root = await tempDir();
    const { drafts } = open(root, 3);
    for (let index = 0; index < 5; index++)
      await drafts.put(
        'server-a',
        'user-ann',
        `reply:t${index}`,
        draft(`n${index}`, new Date(2025, 0, index + 1).toISOString()),
      );
    const again = open(root, 3).drafts;
    const kept = [];
    for (let index = 0; index < 5; index++)
      kept.push((await again.get('server-a', 'user-ann', `reply:t${index}`)) !== null);
    expect(kept).toEqual([false, false, true, true, true]);
  });
});
