import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { findChromium } from '../../electron/services/export/pdf';
import { documentUpdate, TEN_THOUSAND } from '../lib/documents';
import type { Measure, Section } from '../lib/report';
import { kib, median, mib, ms } from '../lib/stats';

/**
 * Export of the 10,000-paragraph document (the cold-open one) to each format, as the host
 * does it (electron/services/export): the Yjs state into a headless editor, then the file.
 * Each format runs in its own Node process (bench/lib/export-child.ts) so its peak memory
 * is its own; PDF's Chromium is a process of its own too and is not in the Node figure.
 * `import` is the server writing the document back from its exported Markdown.
 */
const RUNS = 3;
const CASES = ['markdown', 'html', 'docx', 'pdf', 'import'] as const;
const child = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'export-child.ts');

type Result = { times: number[]; bytes: number; baselineRss: number; peakRss: number };

async function measureCase(what: string, stateFile: string): Promise<Result> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', child, what, stateFile, String(RUNS)],
    { maxBuffer: 1024 * 1024, timeout: 10 * 60_000 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Result;
}

export const exportFormats: Measure = {
  name: 'export-formats',
  title: 'Export of the 10,000-paragraph document to each format',
  async run(): Promise<Section> {
    const folder = await mkdtemp(path.join(tmpdir(), 'branchline-bench-export-'));
    try {
      const state = documentUpdate(TEN_THOUSAND);
      const stateFile = path.join(folder, 'state.yupdate');
      await writeFile(stateFile, state);
      const chromium = findChromium();
      const rows: string[][] = [];
      for (const what of CASES) {
        if (what === 'pdf' && !chromium) {
          rows.push([what, 'no Chromium', '', '', '', '']);
          continue;
        }
        const result = await measureCase(what, stateFile);
        rows.push([
          what === 'import' ? 'import (server, from the Markdown)' : what,
          ms(median(result.times)),
          ms(Math.max(...result.times)),
          what === 'import' ? `${kib(result.bytes)} Yjs` : kib(result.bytes),
          mib(result.baselineRss),
          mib(Math.max(0, result.peakRss - result.baselineRss)),
        ]);
      }
      return {
        title: this.title,
        method: [
          `The document: ${TEN_THOUSAND.paragraphs.toLocaleString('en-GB')} paragraphs of about ${TEN_THOUSAND.charactersPerParagraph} characters, a ${kib(state.byteLength)} Yjs update.`,
          `Each format in a fresh Node process: ${RUNS} exports one after another (the first includes loading the libraries); time is from the Yjs state to the file's bytes.`,
          'Peak memory: the process’s maximum RSS after all runs, less its maximum RSS before the first (the state read, the libraries loaded).',
        ],
        tables: [
          {
            headers: ['format', 'median', 'slowest', 'file', 'RSS before', 'peak RSS added'],
            rows,
          },
        ],
        goals: [],
        notes: [
          'PDF is the HTML page printed by a headless Chromium launched per export (the browser host; Electron prints in a hidden window instead); Chromium’s own memory is not in the Node figure.',
        ],
      };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
};
