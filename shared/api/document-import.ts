import { z } from 'zod';
import { DocumentTitle } from './schemas';

/**
 * Importing a file as a new document: the device turns a Markdown or Word file into Markdown
 * (shared/editor/markdown-document.ts), and the server writes the document's first content
 * from it with the same transformers, against its own node list. Markdown is the one format
 * the server reads: it can only make nodes the transformers make, so no crafted state reaches
 * a room.
 */
export const IMPORT_LIMITS = {
  /** A file the device reads (Markdown or DOCX). */
  maxFileBytes: 10 * 1024 * 1024,
  /** The Markdown the server converts (a 10,000-paragraph document is about 0.6 MB). */
  maxMarkdownChars: 2 * 1024 * 1024,
  /** The request body: the Markdown as JSON, escapes included. */
  maxBodyBytes: 5 * 1024 * 1024,
} as const;

export const ImportDocumentRequest = z.object({
  title: DocumentTitle,
  markdown: z.string().max(IMPORT_LIMITS.maxMarkdownChars),
});
export type ImportDocumentRequest = z.infer<typeof ImportDocumentRequest>;
