import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setImmutableTree, whyNoImmutableFiles } from '../../../server/testing/privileges';
import type { StoreHealth } from '../../../shared/ipc/contract';
import { openKeyFileSecretBox } from '../secret-box';
import { tempFolders } from '../testing/temp-folders';
import { openStateFile } from './state-file';
import { createStoreHealth } from './store-health';

const tempDir = tempFolders('json');
const noChattr = await whyNoImmutableFiles();

const quiet = () => undefined;
function tracker() {
  const announced: StoreHealth[] = [];
  return { health: createStoreHealth({ announce: (h) => announced.push(h), log: quiet }), announced };
}
const waitFor = async (check: () => boolean, ms = 5_000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('settings file (branchline.json)', () => {
  it('sets a file that is not JSON aside, tells the person, and starts from defaults', async () => {
    const root = await tempDir();
    const file = path.join(root, 'branchline.json');
    await writeFile(file, '{"version": 1, "settings": ');
    const { health } = tracker();
    const state = await openStateFile({ file, health, log: quiet });
    expect(state.get().settings).toEqual({ locale: 'system' });
    const aside = (await readdir(root)).filter((name) => name.startsWith('branchline.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(path.join(root, aside[0]!), 'utf8')).toBe('{"version": 1, "settings": ');
    expect(health.get()).toEqual({
      writing: null,
      damaged: [
        { what: 'settings', keptAs: path.join(root, aside[0]!), detail: expect.stringContaining('not valid JSON') },
      ],
    });
  });

  it('sets a file of the wrong shape aside, and round-trips a valid one', async () => {
    const root = await tempDir();
    const file = path.join(root, 'branchline.json');
    await writeFile(file, JSON.stringify({ version: 1, settings: { locale: 'fr' } }));
    const state = await openStateFile({ file, health: tracker().health, log: quiet });
    expect((await readdir(root)).some((name) => name.includes('.corrupt-'))).toBe(true);
    await state.update((draft) => {
      draft.settings.locale = 'cy';
    });
    const again = tracker();
    expect((await openStateFile({ file, health: again.health, log: quiet })).get().settings.locale).toBe('cy');
    expect(again.announced).toEqual([]);
  });

  it('sets aside a file it cannot read at all, rather than writing over it', async () => {
    const root = await tempDir();
    const file = path.join(root, 'branchline.json');
    await mkdir(file); // reading it fails with EISDIR, as an unreadable file would
    const { health } = tracker();
    const state = await openStateFile({ file, health, log: quiet });
    expect(health.get().damaged).toMatchObject([
      { what: 'settings', detail: expect.stringContaining('could not be read') },
    ]);
    await state.update((draft) => {
      draft.settings.locale = 'en';
    });
    expect(JSON.parse(await readFile(file, 'utf8')).settings.locale).toBe('en');
  });

  it('keeps changes in memory while the folder is read-only, and writes them once it is not', async (context) => {
    context.skip(noChattr !== null, noChattr ?? '');
    const root = await tempDir();
    const file = path.join(root, 'branchline.json');
    const { health, announced } = tracker();
    const state = await openStateFile({ file, health, log: quiet });
    await state.update((draft) => {
      draft.settings.locale = 'en';
    });
    await setImmutableTree(root, true);
    await state.update((draft) => {
      draft.settings.locale = 'cy';
    });
    expect(state.get().settings.locale).toBe('cy');
    expect(health.get().writing).toMatchObject({ kind: 'read-only' });
    expect(JSON.parse(await readFile(file, 'utf8')).settings.locale).toBe('en');
    await setImmutableTree(root, false);
    await waitFor(() => health.get().writing === null); // tried again without another change
    expect(JSON.parse(await readFile(file, 'utf8')).settings.locale).toBe('cy');
    expect(announced.map((h) => h.writing?.kind ?? null)).toEqual(['read-only', null]);
  });
});

describe('session key file (secret.key)', () => {
  it('sets a damaged key aside and makes a new one; the person is told to sign in again', async () => {
    const root = await tempDir();
    await writeFile(path.join(root, 'secret.key'), 'not a key');
    const { health } = tracker();
    const box = await openKeyFileSecretBox(root, health);
    expect(box.decrypt(box.encrypt('token'))).toBe('token');
    const aside = (await readdir(root)).filter((name) => name.startsWith('secret.key.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(path.join(root, aside[0]!), 'utf8')).toBe('not a key');
    expect((await readFile(path.join(root, 'secret.key'))).byteLength).toBe(32);
    expect(health.get().damaged).toMatchObject([{ what: 'secret-key', keptAs: path.join(root, aside[0]!) }]);
  });

  it('starts in a read-only folder with the key in memory, and saves it once it can', async (context) => {
    context.skip(noChattr !== null, noChattr ?? '');
    const root = await tempDir();
    await setImmutableTree(root, true);
    const { health } = tracker();
    const box = await openKeyFileSecretBox(root, health);
    const sealed = box.encrypt('token');
    expect(health.get().writing).toMatchObject({ kind: 'read-only' });
    await setImmutableTree(root, false);
    await waitFor(() => health.get().writing === null, 10_000);
    // The key saved is the one that sealed the token.
    expect((await openKeyFileSecretBox(root, tracker().health)).decrypt(sealed)).toBe('token');
  });
});
