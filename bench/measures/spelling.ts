import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createStoreHealth } from '../../electron/services/local-store/store-health';
import { openPersonalDictionary } from '../../electron/services/spelling/personal-dictionary';
import { startSpellingHost } from '../../electron/services/spelling/spelling-host';
import { tenThousandWords } from '../../electron/services/spelling/testing/word-lists';
import { MAX_CHECK_WORDS } from '../../shared/ipc/spelling-contract';
import type { Measure, Section } from '../lib/report';
import { median, mib, ms } from '../lib/stats';

/**
 * The spelling worker (electron/services/spelling), as the editor uses it through the host: the
 * first check in a language (the dictionary read and parsed, in a fresh worker each run), checking
 * 10,000 distinct words in the batches the IPC contract allows, and suggestions for misspelt
 * words; the process's RSS grows by what the worker's dictionary holds.
 */
const RUNS = 3;

export const spelling: Measure = {
  name: 'spelling',
  title: 'Spelling: loading the English and Welsh dictionaries, checking 10,000 words, suggestions',
  async run(): Promise<Section> {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'branchline-bench-spelling-'));
    const health = createStoreHealth({ announce: () => undefined, log: () => undefined });
    const personal = await openPersonalDictionary({ dataDir, health, log: () => undefined });
    const rows: string[][] = [];
    try {
      for (const language of ['en', 'cy'] as const) {
        const words = await tenThousandWords(language);
        const misspelt = words.filter((_, index) => index % 10 === 0).slice(0, 20);
        const load: number[] = [];
        const check: number[] = [];
        const suggest: number[] = [];
        const rss: number[] = [];
        for (let run = 0; run < RUNS; run++) {
          const host = startSpellingHost({ personal, log: () => undefined });
          const before = process.memoryUsage().rss;
          let started = performance.now();
          await host.check(language, ['word']);
          load.push(performance.now() - started);
          rss.push(process.memoryUsage().rss - before);
          started = performance.now();
          for (let at = 0; at < words.length; at += MAX_CHECK_WORDS)
            await host.check(language, words.slice(at, at + MAX_CHECK_WORDS));
          check.push(performance.now() - started);
          for (const word of misspelt) {
            started = performance.now();
            await host.suggest(language, word);
            suggest.push(performance.now() - started);
          }
          await host.close();
        }
        rows.push([
          language === 'en' ? 'English (dictionary-en-gb)' : 'Welsh (dictionary-cy)',
          ms(median(load)),
          mib(median(rss)),
          ms(median(check)),
          ms(median(suggest)),
          ms(Math.max(...suggest)),
        ]);
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
    return {
      title: this.title,
      method: [
        `Median of ${RUNS} runs, each in a fresh worker. "First check" includes starting the worker and loading the dictionary.`,
        'Words: 10,000 distinct stems from the dictionary itself, every tenth misspelt (two letters swapped); suggestions for 20 of those.',
      ],
      tables: [
        {
          headers: ['dictionary', 'first check', 'RSS growth', '10,000 words', 'suggest (median)', 'suggest (slowest)'],
          rows,
        },
      ],
      goals: [],
      notes: [
        'RSS is the whole process: the worker thread’s heap is part of it, so the growth is the dictionary’s cost.',
      ],
    };
  },
};
