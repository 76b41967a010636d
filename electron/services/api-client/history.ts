import { ApiRoutes } from '../../../shared/api/routes';
import {
  RestoreResponse,
  VersionChangesResponse,
  VersionResponse,
  VersionStateResponse,
} from '../../../shared/history/versions';
import { pick, type ApiRequest } from './request';

/** A document's versions (server/http/history-routes.ts). */
export function historyApi(request: ApiRequest) {
  return {
    nameVersion: async (token: string, documentId: string, name: string) =>
      pick(
        await request.json('POST', ApiRoutes.documentVersions(documentId), VersionResponse, { token, body: { name } }),
        'version',
      ),
    renameVersion: async (token: string, documentId: string, versionId: string, name: string) =>
      pick(
        await request.json('PATCH', ApiRoutes.documentVersion(documentId, versionId), VersionResponse, {
          token,
          body: { name },
        }),
        'version',
      ),
    getVersion: (token: string, documentId: string, versionId: string) =>
      request.json('GET', ApiRoutes.documentVersion(documentId, versionId), VersionStateResponse, { token }),
    getVersionChanges: (token: string, documentId: string, versionId: string) =>
      request.json('GET', ApiRoutes.documentVersionChanges(documentId, versionId), VersionChangesResponse, { token }),
    restoreVersion: (token: string, documentId: string, versionId: string) =>
      request.json('POST', ApiRoutes.documentVersionRestore(documentId, versionId), RestoreResponse, { token }),
  };
}
