import { z } from 'zod';
import { DocumentId, UserId } from '../ids';
import { DocumentLanguage, DocumentMeta, DocumentTitle } from './schemas';

/**
 * The document library (issue 14): the bin, templates and translation links. Routes are in
 * shared/api/routes.ts (the "document library" block); server/http/document-library-routes.ts serves them.
 */

/** The templates every server has; the server writes each one's text in the document's language. */
export const BUILT_IN_TEMPLATES = ['case-study', 'meeting-notes', 'project-plan', 'event-plan', 'funding-bid'] as const;
export const BuiltInTemplateId = z.enum(BUILT_IN_TEMPLATES);
export type BuiltInTemplateId = z.infer<typeof BuiltInTemplateId>;

/** A space's own template id (made by "Save as template"). */
export const SpaceTemplateId = z.string().regex(/^tpl[A-Za-z0-9_-]{8,40}$/, 'invalid template id');

/** A template saved from a document by a space admin: the document's content, copied when saved. */
export const SpaceTemplate = z.object({
  id: SpaceTemplateId,
  spaceId: z.string().min(8).max(64),
  title: DocumentTitle,
  language: DocumentLanguage,
  createdAt: z.string().datetime(),
  createdBy: UserId,
});
export type SpaceTemplate = z.infer<typeof SpaceTemplate>;

// GET /api/spaces/:id/templates: the space's own templates (the built-in ones are always offered too).
export const SpaceTemplateList = z.object({ templates: z.array(SpaceTemplate) });
export type SpaceTemplateList = z.infer<typeof SpaceTemplateList>;

// POST /api/documents/:id/save-as-template
export const SaveTemplateRequest = z.object({ title: DocumentTitle });
export type SaveTemplateRequest = z.infer<typeof SaveTemplateRequest>;
export const SaveTemplateResponse = z.object({ template: SpaceTemplate });

// GET /api/spaces/:id/bin: the space's binned documents, most recently binned first.
export const BinListResponse = z.object({ documents: z.array(DocumentMeta) });
export type BinListResponse = z.infer<typeof BinListResponse>;

// POST /api/spaces/:id/bin/empty: deletes for good only the documents named that are still in the bin
// (what the admin saw when confirming: one binned afterwards is kept).
export const EmptyBinRequest = z.object({ documentIds: z.array(DocumentId).min(1).max(1000) });
export type EmptyBinRequest = z.infer<typeof EmptyBinRequest>;
export const EmptyBinResponse = z.object({ deleted: z.array(DocumentId) });
export type EmptyBinResponse = z.infer<typeof EmptyBinResponse>;

// PUT /api/documents/:id/translation
export const LinkTranslationRequest = z.object({ translationId: DocumentId });
export type LinkTranslationRequest = z.infer<typeof LinkTranslationRequest>;
