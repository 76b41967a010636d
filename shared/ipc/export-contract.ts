import { z } from 'zod';
import { IMPORT_LIMITS } from '../api/document-import';
import { DocumentMeta, DocumentTitle, DisplayName, ErrorCode } from '../api/schemas';
import { ServerId, SpaceId } from '../ids';
import { Bytes } from './values';

/**
 * Export and import of documents (doc-export). The window sends the document's state (the
 * Yjs update of the open document, or of a version's scratch document) and the host makes
 * the file; the window saves it with a download. Import reads a file the person chose and
 * makes a new document from it on the server.
 */

export const ExportFormat = z.enum(['markdown', 'html', 'docx', 'pdf']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** What can go wrong with a file, besides the API's own errors. */
export const FileError = z.enum([
  'pdf_unavailable',
  'file_too_large',
  'not_markdown',
  'not_docx',
  'unsupported_file',
  'empty_file',
]);
export type FileError = z.infer<typeof FileError>;

const fileResult = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: z.union([ErrorCode, FileError]) }),
  ]);

/** A Yjs update of a 10,000-paragraph document is about 1 MB; this leaves room for far larger ones. */
const MAX_STATE_BYTES = 12 * 1024 * 1024;

export const ExportRequest = z.object({
  state: Bytes.refine((bytes) => bytes.byteLength <= MAX_STATE_BYTES, 'document state too large'),
  format: ExportFormat,
  title: DocumentTitle,
  authors: z.array(DisplayName).max(50),
  language: z.enum(['en', 'cy']),
  /** Where the document's images are kept (its server and space), so the file carries them; without it, alt text. */
  imagesFrom: z.object({ serverId: ServerId, spaceId: SpaceId }).optional(),
});
export type ExportRequest = z.input<typeof ExportRequest>;

export const ExportedFile = z.object({ fileName: z.string().max(255), mimeType: z.string().max(200), bytes: Bytes });
export type ExportedFile = z.infer<typeof ExportedFile>;

export const ImportRequest = z.object({
  serverId: ServerId,
  spaceId: SpaceId,
  fileName: z.string().min(1).max(255),
  // A little over the limit is still read, so the host (not the channel) says the file is too large.
  bytes: Bytes.refine((bytes) => bytes.byteLength <= IMPORT_LIMITS.maxFileBytes + 1, 'file too large'),
});

export const ImportedDocument = z.object({ document: DocumentMeta, droppedImages: z.number().int().nonnegative() });
export type ImportedDocument = z.infer<typeof ImportedDocument>;

export const documentFilesContract = {
  /** The document (or a version) as a file: Markdown, HTML, Word or a tagged PDF. */
  export: { input: ExportRequest, output: fileResult(ExportedFile) },
  /** A Markdown or Word file as a new document in the space (online: the server writes its content). */
  import: { input: ImportRequest, output: fileResult(ImportedDocument) },
} as const;
