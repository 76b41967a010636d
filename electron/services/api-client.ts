import { documentImportApi } from './api-client/document-import';
import { documentLibraryApi } from './api-client/document-library';
import { documentsApi } from './api-client/documents';
import { forumApi } from './api-client/forum';
import { historyApi } from './api-client/history';
import { commentsApi } from './api-client/comments';
import { imagesApi } from './api-client/images';
import { invitesApi } from './api-client/invites';
import { peopleApi } from './api-client/people';
import { createRequester, normaliseServerUrl, type ApiClientOptions } from './api-client/request';
import { sessionApi } from './api-client/session';
import { spacesApi } from './api-client/spaces';

export { normaliseServerUrl, type ApiClientOptions } from './api-client/request';

/**
 * Client of our server's HTTP API (routes in shared/api/routes.ts): one typed method per
 * route, every answer validated with the shared schemas, every failure a `Result` value.
 */
export function createApiClient(baseUrl: string, options: ApiClientOptions = {}) {
  const url = normaliseServerUrl(baseUrl);
  const request = createRequester(url, options);
  return {
    url,
    ...sessionApi(request),
    ...spacesApi(request),
    ...invitesApi(request),
    ...documentsApi(request),
    ...documentImportApi(request),
    ...documentLibraryApi(request),
    ...peopleApi(request),
    ...forumApi(request),
    ...historyApi(request),
    ...commentsApi(request),
    ...imagesApi(url, options),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
