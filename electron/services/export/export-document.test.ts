import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocument, type ExportFormat } from './export-document';
import type { ExportMeta } from './document-meta';
import { chromiumPdfPrinter, findChromium } from './pdf';
import { sampleImages, sampleState } from './testing-sample';

const meta: ExportMeta = { title: 'Cynnig darllen: ŵ ŷ â', authors: ['Siân Jones', 'Alex Smith'], language: 'cy' };
const deps = { resolveImage: sampleImages, pdf: chromiumPdfPrinter() };
const state = sampleState();
const folder = mkdtempSync(join(tmpdir(), 'branchline-export-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function exported(format: ExportFormat, exportMeta = meta) {
  const outcome = await exportDocument(state, format, exportMeta, deps);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value;
}

describe('export to Word', () => {
  it('has heading styles, lists, a table header row, alt text, its language, title and creator', async () => {
    const file = await exported('docx');
    expect(file.fileName).toBe('Cynnig darllen ŵ ŷ â.docx');
    const zip = await JSZip.loadAsync(file.bytes);
    const body = await zip.file('word/document.xml')!.async('string');
    const styles = await zip.file('word/styles.xml')!.async('string');
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    expect(body.match(/<w:numPr>/g)?.length).toBe(4);
    expect(body).toContain('<w:tblHeader/>');
    expect(body).toMatch(/<wp:docPr [^>]*descr="A reading group in Tŷ Ddewi"/);
    expect(body).toContain('<w:lang w:val="cy-GB"/>');
    expect(styles).toContain('<w:lang w:val="cy-GB"/>');
    expect(body).toContain('Cynnig darllen: ŵ ŷ â');
    expect(body).toMatch(/<w:hyperlink [^>]*r:id=/);
    expect(core).toContain('<dc:title>Cynnig darllen: ŵ ŷ â</dc:title>');
    expect(core).toContain('<dc:creator>Siân Jones, Alex Smith</dc:creator>');
  });
});

describe('export to HTML', () => {
  it('is a whole page with its language, title, author, scoped header cells and inlined images', async () => {
    const html = new TextDecoder().decode((await exported('html')).bytes);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="cy">/);
    expect(html).toContain('<title>Cynnig darllen: ŵ ŷ â</title>');
    expect(html).toContain('<meta name="author" content="Siân Jones, Alex Smith">');
    expect(html).toContain('<h1>Cynnig darllen: ŵ ŷ â</h1>');
    expect(html).toContain('<th scope="col">');
    expect(html).toMatch(/<img src="data:image\/png;base64,[^"]+" alt="A reading group in Tŷ Ddewi"/);
    expect(html).toContain('href="https://example.org/toolkit"');
    expect(html).not.toContain('branchline-image:');
    expect(html).not.toMatch(/class=|style="/);
  });

  it('says en-GB in English', async () => {
    const html = new TextDecoder().decode((await exported('html', { ...meta, language: 'en' })).bytes);
    expect(html).toContain('<html lang="en-GB">');
  });
});

describe.skipIf(!findChromium())('export to PDF', () => {
  it('is tagged, has the text (Welsh included) and an outline', async () => {
    const file = await exported('pdf');
    const path = join(folder, 'out.pdf');
    writeFileSync(path, file.bytes);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Cynnig darllen: ŵ ŷ â/);
    // Poppler says Chromium's Strong and Em are not standard structure types (on stderr); the tree is read all the same.
    const structure = execFileSync('pdfinfo', ['-struct', path], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(structure).toContain('H1');
    expect(structure).toContain('Table');
    expect(structure).toContain('Figure');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    for (const words of ['Cynnig darllen: ŵ ŷ â', 'What we did', 'Summer Reading Challenge', 'Aberystwyth', 'Bangor'])
      expect(text).toContain(words);
  });
});

describe('export failures', () => {
  it('says when there is no Chromium to print a PDF with', async () => {
    const outcome = await exportDocument(state, 'pdf', meta, { ...deps, pdf: chromiumPdfPrinter(null) });
    expect(outcome).toEqual({ ok: false, error: 'pdf_unavailable' });
  });

  it('refuses a state that is not a Yjs update', async () => {
    const outcome = await exportDocument(Uint8Array.from([1, 2, 3, 255]), 'markdown', meta, deps);
    expect(outcome).toEqual({ ok: false, error: 'invalid_request' });
  });
});
