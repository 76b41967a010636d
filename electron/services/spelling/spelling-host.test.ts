import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoreHealth } from '../../../shared/ipc/contract';
import { createStoreHealth } from '../local-store/store-health';
import { tempFolders } from '../testing/temp-folders';
import { openPersonalDictionary, SPELLING_FILE_NAME } from './personal-dictionary';
import { startSpellingHost, type SpellingHost } from './spelling-host';
import { tenThousandWords } from './testing/word-lists';

const tempDir = tempFolders('spelling');
let hosts: SpellingHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.map((host) => host.close()));
  hosts = [];
});

async function start(dataDir: string, idleMs?: number) {
  const healths: StoreHealth[] = [];
  const logs: string[] = [];
  const health = createStoreHealth({ announce: (value) => healths.push(value), log: (m) => logs.push(m) });
  const personal = await openPersonalDictionary({ dataDir, health, log: (m) => logs.push(m) });
  const host = startSpellingHost({ personal, log: (m) => logs.push(m), idleMs });
  hosts.push(host);
  return { host, personal, healths, logs };
}

describe('spelling in the host', () => {
  it('checks British English with the real dictionary: flags "libary", suggests "library"', async () => {
    const { host } = await start(await tempDir());
    const { misspelt } = { misspelt: await host.check('en', ['library', 'colour', 'libary', 'children’s', 'Library']) };
    expect(misspelt).toEqual(['libary']);
    expect(await host.suggest('en', 'libary')).toContain('library');
    expect(await host.check('en', ['color'])).toEqual(['color']);
  });

  it('checks Welsh with the real dictionary: mutated forms pass, "llyfgrell" is flagged with "llyfrgell" suggested', async () => {
    const { host } = await start(await tempDir());
    expect(await host.check('cy', ['llyfrgell', 'ngwasanaeth', 'tŷ', "mae'r", 'Cymraeg', 'llyfgrell'])).toEqual([
      'llyfgrell',
    ]);
    expect((await host.suggest('cy', 'llyfgrell'))[0]).toBe('llyfrgell');
    expect(await host.suggest('cy', 'ty')).toContain('tŷ');
    // English words are not Welsh ones: the language picks the dictionary.
    expect(await host.check('cy', ['library'])).toEqual(['library']);
  });

  it('lets a dictionary go once unused for a while, and loads it again when asked', async () => {
    const { host } = await start(await tempDir(), 300);
    await host.check('en', ['word']);
    for (let waited = 0; (await host.stats())?.loaded.length !== 0; waited += 100) {
      if (waited > 10_000) throw new Error('the dictionary was never let go');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await host.check('en', ['libary'])).toEqual(['libary']);
  });

  it('loads each dictionary only when first asked for; measures the load and checking 10,000 words', async () => {
    const { host } = await start(await tempDir());
    const report: string[] = [];
    expect((await host.stats())?.loaded).toEqual([]);
    for (const language of ['en', 'cy'] as const) {
      const words = await tenThousandWords(language);
      let started = performance.now();
      await host.check(language, ['a']);
      const load = performance.now() - started;
      // Welsh is not loaded while only English is asked for.
      expect((await host.stats())?.loaded.sort()).toEqual(language === 'en' ? ['en'] : ['cy', 'en']);
      started = performance.now();
      // As the editor sends them: in batches the contract allows.
      let misspelt = 0;
      for (let at = 0; at < words.length; at += 2000)
        misspelt += (await host.check(language, words.slice(at, at + 2000))).length;
      const allMs = performance.now() - started;
      expect(misspelt).toBeGreaterThan(500);
      report.push(
        `${language}: first check (load) ${load.toFixed(0)} ms; 10,000 distinct words ${allMs.toFixed(0)} ms (${misspelt} misspelt)`,
      );
    }
    console.log(
      `Spelling: ${report.join('; ')}; worker's own load times ${JSON.stringify((await host.stats())?.loadMs)}`,
    );
  });

  it('keeps the personal dictionary across a restart, and the on/off setting', async () => {
    const dataDir = await tempDir();
    const first = await start(dataDir);
    expect(await first.host.check('en', ['Branchline', 'libary'])).toEqual(['Branchline', 'libary']);
    await first.personal.add('en', 'Branchline');
    await first.personal.setPrefs({ enabled: false });
    expect(await first.host.check('en', ['Branchline', 'libary'])).toEqual(['libary']);
    await first.host.close();

    const again = await start(dataDir);
    expect(await again.host.check('en', ['Branchline'])).toEqual([]);
    expect(again.personal.prefs()).toEqual({ enabled: false });
    // Per language: the Welsh list did not learn the English word.
    expect(JSON.parse(await readFile(path.join(dataDir, SPELLING_FILE_NAME), 'utf8')).words).toEqual({
      en: ['Branchline'],
      cy: [],
    });
  });

  it('sets a damaged personal dictionary aside and starts with an empty one', async () => {
    const dataDir = await tempDir();
    await writeFile(path.join(dataDir, SPELLING_FILE_NAME), '{"version":1,"enabled":true,"words":{"en":[42]');
    const { host, personal, healths } = await start(dataDir);
    expect(personal.prefs()).toEqual({ enabled: true });
    expect(await host.check('en', ['Branchline'])).toEqual(['Branchline']);
    const files = await readdir(dataDir);
    expect(files.some((name) => name.startsWith(`${SPELLING_FILE_NAME}.corrupt-`))).toBe(true);
    expect(healths.at(-1)?.damaged[0]?.what).toBe('settings');
    // What was set aside is kept as it was; the new file is written fresh.
    await personal.add('en', 'Branchline');
    expect(await host.check('en', ['Branchline'])).toEqual([]);
  });

  it('answers after the worker dies, and starts it again', async () => {
    const { host } = await start(await tempDir());
    expect(await host.check('en', ['libary'])).toEqual(['libary']);
    await host.killWorker();
    expect(await host.check('en', ['libary'])).toEqual(['libary']);
  });
});
