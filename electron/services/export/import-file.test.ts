import { Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../../shared/api/document-import';
import { newHeadlessEditor } from './headless-document';
import { readImportFile } from './import-file';
import { fillFromMarkdown } from './markdown';
import { SAMPLE_MARKDOWN, SAMPLE_PNG } from './testing-sample';

const encode = (text: string) => new TextEncoder().encode(text);
type Node = { type: string; tag?: string; listType?: string; children?: Node[]; headerState?: number; text?: string };
function nodesOf(markdown: string): Node[] {
  const editor = newHeadlessEditor();
  fillFromMarkdown(editor, markdown);
  return (editor.getEditorState().toJSON().root as unknown as Node).children ?? [];
}

async function wordFile(): Promise<Uint8Array> {
  const document = new Document({
    styles: { paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } }] },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Adroddiad: ŵ ŷ â')] }),
          new Paragraph({ children: [new TextRun('A plain paragraph.')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Outcomes')] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun('More visits')] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun('New members')] }),
          new Table({
            rows: [
              new TableRow({
                tableHeader: true,
                children: [
                  new TableCell({ children: [new Paragraph('Branch')] }),
                  new TableCell({ children: [new Paragraph('Visits')] }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Bangor')] }),
                  new TableCell({ children: [new Paragraph('95')] }),
                ],
              }),
            ],
          }),
          new Paragraph({ style: 'Quote', children: [new TextRun('Libraries change lives.')] }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: SAMPLE_PNG,
                transformation: { width: 10, height: 10 },
                altText: { name: 'x', description: 'A reading group', title: 'x' },
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('importing a Markdown file', () => {
  it('keeps its content and takes the title from its first heading', async () => {
    const outcome = await readImportFile({ fileName: 'report.md', bytes: encode(SAMPLE_MARKDOWN) });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.value.title).toBe('Cynnig darllen: ŵ ŷ â');
    expect(outcome.value.markdown).toBe(SAMPLE_MARKDOWN);
    const types = nodesOf(outcome.value.markdown).map((node) =>
      node.type === 'paragraph' && JSON.stringify(node).includes('"type":"image"') ? 'image' : node.type,
    );
    expect(types).toEqual(['heading', 'paragraph', 'heading', 'list', 'list', 'quote', 'table', 'image']);
  });

  it('takes the file name as the title when there is no heading', async () => {
    const outcome = await readImportFile({ fileName: 'Nodiadau cyfarfod.md', bytes: encode('Just text.\n') });
    expect(outcome.ok && outcome.value.title).toBe('Nodiadau cyfarfod');
  });
});

describe('importing a Word file', () => {
  it('gives headings, lists, a table with its header row, and leaves images out when none can be stored', async () => {
    const outcome = await readImportFile({ fileName: 'report.docx', bytes: await wordFile() });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.value.title).toBe('Adroddiad: ŵ ŷ â');
    expect(outcome.value.droppedImages).toBe(1);
    const nodes = nodesOf(outcome.value.markdown);
    expect(nodes.map((node) => node.listType ?? node.tag ?? node.type)).toEqual([
      'h1',
      'paragraph',
      'h2',
      'bullet',
      'table',
      'quote',
    ]);
    const table = nodes[4]!;
    expect(table.children![0]!.children!.map((cell) => cell.headerState)).toEqual([1, 1]);
    expect(outcome.value.markdown).toContain('| Bangor | 95 |');
  });

  it('hands images to storeImage and keeps them with their alt text', async () => {
    const stored: string[] = [];
    const src = `branchline-image:${'cd'.repeat(32)}`;
    const outcome = await readImportFile({ fileName: 'report.docx', bytes: await wordFile() }, async (_bytes, type) => {
      stored.push(type);
      return src;
    });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(stored).toEqual(['image/png']);
    expect(outcome.value.droppedImages).toBe(0);
    expect(outcome.value.markdown).toContain(`![A reading group](${src})`);
  });
});

describe('hostile files', () => {
  it('refuses files too large, empty, of another kind, or not what their name says', async () => {
    const big = new Uint8Array(IMPORT_LIMITS.maxFileBytes + 1);
    expect(await readImportFile({ fileName: 'a.md', bytes: big })).toEqual({ ok: false, error: 'file_too_large' });
    expect(await readImportFile({ fileName: 'a.md', bytes: new Uint8Array() })).toEqual({
      ok: false,
      error: 'empty_file',
    });
    expect(await readImportFile({ fileName: 'a.pdf', bytes: encode('%PDF-1.7') })).toEqual({
      ok: false,
      error: 'unsupported_file',
    });
    expect(await readImportFile({ fileName: 'a.md', bytes: SAMPLE_PNG })).toEqual({ ok: false, error: 'not_markdown' });
    expect(await readImportFile({ fileName: 'a.docx', bytes: encode('# Not Word') })).toEqual({
      ok: false,
      error: 'not_docx',
    });
    const zip = new JSZip();
    zip.file('hello.txt', 'not a Word document');
    const notWord = await zip.generateAsync({ type: 'uint8array' });
    expect(await readImportFile({ fileName: 'a.docx', bytes: notWord })).toEqual({ ok: false, error: 'not_docx' });
  });

  it('refuses a Word file that unpacks to more than a document could', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    zip.file('word/media/bomb.bin', new Uint8Array(101 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bomb.byteLength).toBeLessThan(IMPORT_LIMITS.maxFileBytes);
    expect(await readImportFile({ fileName: 'a.docx', bytes: bomb })).toEqual({ ok: false, error: 'file_too_large' });
  });
});
