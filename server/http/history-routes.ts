import { Hono } from 'hono';
import { DocumentId } from '../../shared/ids';
import {
  NameVersionRequest,
  VersionId,
  type RestoreResponse,
  type VersionChangesResponse,
  type VersionStateResponse,
} from '../../shared/history/versions';
import type { HistoryService } from '../history/history-service';
import type { ApiDeps } from './api';
import { documentAccess } from './guard';
import { fail, type Env } from './respond';
import { documentIdParam, jsonBody, pathParams } from './validate';

const versionParams = pathParams({ documentId: DocumentId, versionId: VersionId });
const NO_VERSION = 'No such version of this document.';
const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/**
 * A document's versions (the list itself is the room `history:<documentId>`): reading one and
 * what changed since needs read access, naming, renaming and restoring needs write access, each
 * checked before anything is read (guard.ts) and again just before the change is made.
 */
export function historyRoutes(deps: ApiDeps & { history: HistoryService }): Hono<Env> {
  const { directory, history } = deps;
  const app = new Hono<Env>();

  app.post(
    '/api/documents/:documentId/versions',
    documentIdParam,
    documentAccess(directory, 'write'),
    jsonBody(NameVersionRequest),
    async (c) => {
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      const version = await history.name(allowed.document.id, c.req.valid('json').name, allowed.user.id);
      return c.json({ version }, 201);
    },
  );

  app.patch(
    '/api/documents/:documentId/versions/:versionId',
    versionParams,
    documentAccess(directory, 'write'),
    jsonBody(NameVersionRequest),
    async (c) => {
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      const { versionId } = c.req.valid('param');
      const version = await history.rename(allowed.document.id, versionId, c.req.valid('json').name, allowed.user.id);
      return version ? c.json({ version }) : fail(c, 'not_found', NO_VERSION);
    },
  );

  app.get(
    '/api/documents/:documentId/versions/:versionId',
    versionParams,
    documentAccess(directory, 'read'),
    async (c) => {
      const { documentId, versionId } = c.req.valid('param');
      const version = await history.find(documentId, versionId);
      if (!version) return fail(c, 'not_found', NO_VERSION);
      const content = await history.content(documentId, version);
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      return c.json({ version, update: base64(content) } satisfies VersionStateResponse);
    },
  );

  app.get(
    '/api/documents/:documentId/versions/:versionId/changes',
    versionParams,
    documentAccess(directory, 'read'),
    async (c) => {
      const { documentId, versionId } = c.req.valid('param');
      const version = await history.find(documentId, versionId);
      if (!version) return fail(c, 'not_found', NO_VERSION);
      const built = await history.changes(documentId, version);
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      const authors = built.authors.map((userId) => ({
        userId,
        name: directory.accounts.findUser(userId)?.name ?? 'Former member',
      }));
      return c.json({
        version,
        update: base64(built.update),
        versionSnapshot: base64(built.versionSnapshot),
        nowSnapshot: base64(built.nowSnapshot),
        authors,
      } satisfies VersionChangesResponse);
    },
  );

  app.post(
    '/api/documents/:documentId/versions/:versionId/restore',
    versionParams,
    documentAccess(directory, 'write'),
    async (c) => {
      const { documentId, versionId } = c.req.valid('param');
      const version = await history.find(documentId, versionId);
      if (!version) return fail(c, 'not_found', NO_VERSION);
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      const outcome = await history.restore(documentId, version, allowed.user.id, () => {
        // Asked again just before the live document changes: access may have gone meanwhile.
        return !(c.var.allowedNow() instanceof Response);
      });
      if (!outcome) return c.var.allowedNow() as Response;
      return c.json(outcome satisfies RestoreResponse);
    },
  );

  return app;
}
