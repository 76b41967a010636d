import { $generateNodesFromDOM } from '@lexical/html';
import JSZip from 'jszip';
import { $getRoot, $insertNodes, type LexicalEditor } from 'lexical';
import mammoth from 'mammoth';
import { IMPORT_LIMITS } from '../../../shared/api/document-import';
import { withDom } from './dom';
import { newHeadlessEditor } from './headless-document';
import { fillFromMarkdown, markdownFromEditor } from './markdown';

export type ImportError = 'file_too_large' | 'not_markdown' | 'not_docx' | 'unsupported_file' | 'empty_file';
export type ImportedFile = {
  title: string;
  markdown: string;
  /** Images in a Word file that were left out (no `storeImage`, or it refused them). */
  droppedImages: number;
};
export type ImportOutcome = { ok: true; value: ImportedFile } | { ok: false; error: ImportError };

/**
 * Keeps an image from an imported file (doc-media's upload) and gives its `branchline-image:`
 * address, or null to leave it out.
 */
export type StoreImage = (bytes: Uint8Array, contentType: string) => Promise<string | null>;

/** A Word file unpacks to far more than its size; more than this is not a document but a zip bomb. */
const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

/** Word's quote styles become quotes (mammoth has no default for them). */
const STYLE_MAP = [
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

const stem = (fileName: string) => fileName.replace(/\.[^.]*$/, '').trim();

/** The title: the first top heading, else the file's name. */
function titleOf(markdown: string, fileName: string): string {
  const heading = /^# +(.+)$/m.exec(markdown)?.[1]?.replace(/[*_`]/g, '').trim();
  return (heading || stem(fileName) || 'Imported document').slice(0, 200);
}

/** NUL and the other C0 controls besides tab, line feed, form feed and carriage return. */
function hasControlCharacters(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) return true;
  }
  return false;
}

function readMarkdown(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // A text file has no NUL (nor most other control characters): this one is something else named .md.
    return hasControlCharacters(text) ? null : text.replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

async function unpackedSize(bytes: Uint8Array): Promise<number | null> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    if (!zip.file('word/document.xml')) return null;
    let total = 0;
    zip.forEach((_path, entry) => {
      total += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    });
    return total;
  } catch {
    return null;
  }
}

function fillFromHtml(editor: LexicalEditor, html: string): void {
  withDom((window) => {
    const dom = new window.DOMParser().parseFromString(html, 'text/html');
    editor.update(
      () => {
        const root = $getRoot();
        root.clear();
        root.select();
        $insertNodes($generateNodesFromDOM(editor, dom));
      },
      { discrete: true },
    );
  });
}

async function docxToMarkdown(bytes: Uint8Array, storeImage?: StoreImage) {
  let droppedImages = 0;
  const convertImage = mammoth.images.imgElement(async (image) => {
    const src = storeImage ? await storeImage(new Uint8Array(await image.readAsBuffer()), image.contentType) : null;
    if (!src) droppedImages += 1;
    return { src: src ?? '' };
  });
  const { value: html } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    { styleMap: STYLE_MAP, convertImage, externalFileAccess: false },
  );
  // A stored image goes through as Markdown's own image syntax, whichever image node the list registers.
  const withImages = withDom((window) => {
    const dom = new window.DOMParser().parseFromString(html, 'text/html');
    for (const image of dom.querySelectorAll('img')) {
      const src = image.getAttribute('src') ?? '';
      if (!src.startsWith('branchline-image:')) image.remove();
      else
        image.replaceWith(dom.createTextNode(`![${(image.getAttribute('alt') ?? '').replace(/[[\]]/g, '')}](${src})`));
    }
    return dom.body.innerHTML;
  });
  const editor = newHeadlessEditor();
  fillFromHtml(editor, withImages);
  // Through Markdown and back, so what the server is sent is exactly what it will read.
  const markdown = markdownFromEditor(editor);
  return { markdown, droppedImages };
}

/** Reads a Markdown or Word file to import: refused when too big, empty, or not what its name says. */
export async function readImportFile(
  file: { fileName: string; bytes: Uint8Array },
  storeImage?: StoreImage,
): Promise<ImportOutcome> {
  const { fileName, bytes } = file;
  if (bytes.byteLength > IMPORT_LIMITS.maxFileBytes) return { ok: false, error: 'file_too_large' };
  if (bytes.byteLength === 0) return { ok: false, error: 'empty_file' };
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  let markdown: string;
  let droppedImages = 0;
  if (extension === 'md' || extension === 'markdown' || extension === 'txt') {
    const text = readMarkdown(bytes);
    if (text === null) return { ok: false, error: 'not_markdown' };
    // Read and written back once here: the device and the server agree on what it holds.
    const editor = newHeadlessEditor();
    fillFromMarkdown(editor, text);
    markdown = markdownFromEditor(editor);
  } else if (extension === 'docx') {
    const zipMagic = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
    const unpacked = zipMagic ? await unpackedSize(bytes) : null;
    if (unpacked === null) return { ok: false, error: 'not_docx' };
    if (unpacked > MAX_UNPACKED_BYTES) return { ok: false, error: 'file_too_large' };
    try {
      ({ markdown, droppedImages } = await docxToMarkdown(bytes, storeImage));
    } catch {
      return { ok: false, error: 'not_docx' };
    }
  } else return { ok: false, error: 'unsupported_file' };
  if (markdown.length > IMPORT_LIMITS.maxMarkdownChars) return { ok: false, error: 'file_too_large' };
  if (markdown.trim() === '' && droppedImages === 0) return { ok: false, error: 'empty_file' };
  return { ok: true, value: { title: titleOf(markdown, fileName), markdown, droppedImages } };
}
