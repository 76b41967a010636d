import {
  BinListResponse,
  EmptyBinResponse,
  SaveTemplateResponse,
  SpaceTemplateList,
} from '../../../shared/api/document-library';
import { ApiRoutes, DocumentResponse, type DocumentLanguage } from '../../../shared/api/schemas';
import { pick, type ApiRequest } from './request';

/** The document library's routes (shared/api/document-library.ts). */
export function documentLibraryApi(request: ApiRequest) {
  const documentChange = (method: string, route: string, token: string, changeKey?: string, body?: unknown) =>
    request.json(method, route, DocumentResponse, { token, changeKey, ...(body !== undefined && { body }) });
  return {
    binDocument: (token: string, documentId: string, changeKey?: string) =>
      documentChange('POST', ApiRoutes.documentBin(documentId), token, changeKey),
    restoreDocument: (token: string, documentId: string, changeKey?: string) =>
      documentChange('POST', ApiRoutes.documentRestore(documentId), token, changeKey),
    duplicateDocument: (token: string, documentId: string, changeKey?: string) =>
      documentChange('POST', ApiRoutes.documentDuplicate(documentId), token, changeKey),
    setDocumentLanguage: (token: string, documentId: string, language: DocumentLanguage, changeKey?: string) =>
      documentChange('PATCH', ApiRoutes.document(documentId), token, changeKey, { language }),
    linkTranslation: (token: string, documentId: string, translationId: string, changeKey?: string) =>
      documentChange('PUT', ApiRoutes.documentTranslation(documentId), token, changeKey, { translationId }),
    unlinkTranslation: (token: string, documentId: string, changeKey?: string) =>
      documentChange('DELETE', ApiRoutes.documentTranslation(documentId), token, changeKey),
    listBin: async (token: string, spaceId: string) =>
      pick(await request.json('GET', ApiRoutes.spaceBin(spaceId), BinListResponse, { token }), 'documents'),
    emptyBin: (token: string, spaceId: string, documentIds: string[]) =>
      request.json('POST', ApiRoutes.spaceBinEmpty(spaceId), EmptyBinResponse, { token, body: { documentIds } }),
    listTemplates: (token: string, spaceId: string) =>
      request.json('GET', ApiRoutes.spaceTemplates(spaceId), SpaceTemplateList, { token }),
    saveTemplate: async (token: string, documentId: string, title: string) =>
      pick(
        await request.json('POST', ApiRoutes.documentSaveAsTemplate(documentId), SaveTemplateResponse, {
          token,
          body: { title },
        }),
        'template',
      ),
    removeTemplate: (token: string, spaceId: string, templateId: string) =>
      request.empty('DELETE', ApiRoutes.spaceTemplate(spaceId, templateId), { token }),
  };
}
