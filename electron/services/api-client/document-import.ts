import { DocumentResponse } from '../../../shared/api/schemas';
import { ApiRoutes } from '../../../shared/api/routes';
import type { ApiRequest } from './request';

/** A new document whose first content the server writes from Markdown (shared/api/document-import.ts). */
export function documentImportApi(request: ApiRequest) {
  return {
    importDocument: (token: string, spaceId: string, title: string, markdown: string, changeKey?: string) =>
      request.json('POST', ApiRoutes.documentImport(spaceId), DocumentResponse, {
        token,
        body: { title, markdown },
        changeKey,
      }),
  };
}
