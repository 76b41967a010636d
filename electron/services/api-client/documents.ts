import {
  ApiRoutes,
  DocumentListResponse,
  DocumentResponse,
  type CreateDocumentRequest,
  type UpdateDocumentRequest,
} from '../../../shared/api/schemas';
import { pick, type ApiRequest } from './request';

/** The document index: every document one may see, a space's documents, one document and its access. */
export function documentsApi(request: ApiRequest) {
  return {
    listAllDocuments: async (token: string) =>
      pick(await request.json('GET', ApiRoutes.documents, DocumentListResponse, { token }), 'documents'),
    listSpaceDocuments: async (token: string, spaceId: string) =>
      pick(await request.json('GET', ApiRoutes.spaceDocuments(spaceId), DocumentListResponse, { token }), 'documents'),
    /** With `fromThread`, the document starts with that thread's shown posts; `more` picks posts, a template, a language. */
    createDocument: (
      token: string,
      spaceId: string,
      title: string,
      changeKey?: string,
      fromThread?: string,
      more: Omit<CreateDocumentRequest, 'title' | 'fromThread'> = {},
    ) =>
      request.json('POST', ApiRoutes.spaceDocuments(spaceId), DocumentResponse, {
        token,
        body: { title, ...(fromThread !== undefined && { fromThread }), ...more },
        changeKey,
      }),
    /** The document with this person's access to it. */
    getDocument: (token: string, documentId: string) =>
      request.json('GET', ApiRoutes.document(documentId), DocumentResponse, { token }),
    /** Renames, or moves to another space (`spaceId`). */
    updateDocument: (token: string, documentId: string, changes: UpdateDocumentRequest, changeKey?: string) =>
      request.json('PATCH', ApiRoutes.document(documentId), DocumentResponse, { token, body: changes, changeKey }),
  };
}
