import { readFile } from 'node:fs/promises';
import { exportDocument, type ExportFormat } from '../../electron/services/export/export-document';
import { noImages } from '../../electron/services/export/document-meta';
import { chromiumPdfPrinter } from '../../electron/services/export/pdf';
import { markdownContentUpdate } from '../../server/content/markdown-content';

/**
 * One export format measured in a process of its own (bench/measures/export-formats.ts), so
 * its peak memory is its own: `<format|import> <state file> <runs>` prints one JSON line.
 * `import` is the server writing the document back from its exported Markdown.
 */
const [what, stateFile, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
const state = new Uint8Array(await readFile(stateFile!));
const meta = { title: 'Ten thousand paragraphs', authors: ['Bench'], language: 'en' as const };
const deps = { resolveImage: noImages, pdf: chromiumPdfPrinter() };

// For `import`, the Markdown is made before the baseline is read: only the server's side is measured.
const source =
  what === 'import'
    ? await exportDocument(state, 'markdown', meta, deps).then((outcome) =>
        outcome.ok ? new TextDecoder().decode(outcome.value.bytes) : '',
      )
    : '';
const baselineRss = process.resourceUsage().maxRSS * 1024;
const times: number[] = [];
let bytes = 0;
for (let run = 0; run < runs; run += 1) {
  const started = performance.now();
  if (what === 'import') bytes = markdownContentUpdate(source).byteLength;
  else {
    const outcome = await exportDocument(state, what as ExportFormat, meta, deps);
    if (!outcome.ok) throw new Error(`export ${what}: ${outcome.error}`);
    bytes = outcome.value.bytes.byteLength;
  }
  times.push(performance.now() - started);
}
const peakRss = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ times, bytes, baselineRss, peakRss }));
