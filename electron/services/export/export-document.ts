import { docxFromEditor } from './docx';
import { exportFileName, type ExportMeta, type ResolveImage } from './document-meta';
import { editorFromYjs } from './headless-document';
import { htmlFromEditor } from './html';
import { markdownFromEditor } from './markdown';
import type { PdfPrinter } from './pdf';

export type ExportFormat = 'markdown' | 'html' | 'docx' | 'pdf';
export type ExportedFile = { fileName: string; mimeType: string; bytes: Uint8Array };
export type ExportOutcome =
  { ok: true; value: ExportedFile } | { ok: false; error: 'pdf_unavailable' | 'invalid_request' };

const FILE_TYPES: Record<ExportFormat, { extension: string; mimeType: string }> = {
  markdown: { extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
  html: { extension: 'html', mimeType: 'text/html;charset=utf-8' },
  docx: { extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { extension: 'pdf', mimeType: 'application/pdf' },
};

export type ExportDeps = { resolveImage: ResolveImage; pdf: PdfPrinter };

/** A document's state (a Yjs update of the open document or of a version) as a file in one format. */
export async function exportDocument(
  state: Uint8Array,
  format: ExportFormat,
  meta: ExportMeta,
  deps: ExportDeps,
): Promise<ExportOutcome> {
  let editor;
  try {
    editor = editorFromYjs(state);
  } catch {
    return { ok: false, error: 'invalid_request' };
  }
  const type = FILE_TYPES[format];
  const file = (bytes: Uint8Array): ExportOutcome => ({
    ok: true,
    value: { fileName: exportFileName(meta.title, type.extension), mimeType: type.mimeType, bytes },
  });
  switch (format) {
    case 'markdown':
      return file(new TextEncoder().encode(markdownFromEditor(editor)));
    case 'html':
      return file(new TextEncoder().encode(await htmlFromEditor(editor, meta, deps.resolveImage)));
    case 'docx':
      return file(await docxFromEditor(editor, meta, deps.resolveImage));
    case 'pdf': {
      const pdf = await deps.pdf.print(await htmlFromEditor(editor, meta, deps.resolveImage));
      return pdf ? file(pdf) : { ok: false, error: 'pdf_unavailable' };
    }
  }
}
