import { z } from 'zod';
import { DocumentLanguage } from '../api/schemas';
import { DocumentId } from '../ids';

/**
 * The document library's changes that work offline, through the outbox (shared/ipc/outbox.ts):
 * one kind, `document-library`, whose `action` says what. Emptying the bin and templates need
 * the server at once (they are not here).
 */
export const DocumentLibraryAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('bin') }),
  z.object({ action: z.literal('restore') }),
  z.object({ action: z.literal('duplicate') }),
  z.object({ action: z.literal('language'), language: DocumentLanguage }),
  z.object({ action: z.literal('translation'), translationId: DocumentId.nullable() }),
]);
export type DocumentLibraryAction = z.infer<typeof DocumentLibraryAction>;

export const DocumentLibraryChange = z.object({
  kind: z.literal('document-library'),
  documentId: DocumentId,
  change: DocumentLibraryAction,
});
export type DocumentLibraryChange = z.infer<typeof DocumentLibraryChange>;
