import { Hono } from 'hono';
import { ImportDocumentRequest, IMPORT_LIMITS } from '../../shared/api/document-import';
import { documentRoom } from '../../shared/rooms';
import { markdownContentUpdate } from '../content/markdown-content';
import { newDocumentId } from '../spaces/documents';
import type { ApiDeps } from './api';
import { spaceAccess } from './guard';
import { fail, type Env } from './respond';
import { jsonBody, spaceIdParam } from './validate';
import { readBodyUpTo } from './whole-body';

const IMPORT_PATH = /^\/api\/spaces\/[^/]+\/documents\/import$/;

/** Import's body is larger than the API's usual limit: it is read after sign-in, by `importBodyReader`. */
export const isDocumentImportPath = (path: string) => IMPORT_PATH.test(path);
export const importBodyReader = readBodyUpTo(IMPORT_LIMITS.maxBodyBytes);

/** POST /api/spaces/:spaceId/documents/import: a new document whose first content the server writes from Markdown. */
export function documentImportRoutes(deps: ApiDeps): Hono<Env> {
  const { directory, rooms } = deps;
  const app = new Hono<Env>();
  app.post(
    '/api/spaces/:spaceId/documents/import',
    spaceIdParam,
    spaceAccess(directory, 'write'),
    jsonBody(ImportDocumentRequest),
    async (c) => {
      const { title, markdown } = c.req.valid('json');
      let content: Uint8Array;
      try {
        content = markdownContentUpdate(markdown);
      } catch {
        return fail(c, 'invalid_request', 'That Markdown could not be read as a document.');
      }
      // As a new document: its room is stored before the index names it (document-routes.ts).
      const id = newDocumentId();
      await rooms.create(documentRoom(id), content);
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      const document = await directory.documents.add(title, allowed.space.id, allowed.user.id, id);
      return c.json({ document, access: 'write' as const }, 201);
    },
  );
  return app;
}
