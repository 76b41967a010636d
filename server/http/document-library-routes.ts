import { Hono } from 'hono';
import * as Y from 'yjs';
import {
  EmptyBinRequest,
  LinkTranslationRequest,
  SaveTemplateRequest,
  SpaceTemplateId,
} from '../../shared/api/document-library';
import { SpaceId } from '../../shared/ids';
import { documentRoom } from '../../shared/rooms';
import { can } from '../../shared/spaces/permissions';
import { readRoom } from '../forum/person-room';
import { newDocumentId } from '../spaces/documents';
import { newTemplateId, templateRoom } from '../spaces/templates';
import type { ApiDeps } from './api';
import { documentAccess, refusal, spaceAccess, type AllowedDocument } from './guard';
import { fail, type Env } from './respond';
import { documentIdParam, jsonBody, pathParams, spaceIdParam } from './validate';

/** A room's whole content as one update (an empty document's when the room was never written). */
export const roomState = (rooms: ApiDeps['rooms'], name: string) =>
  readRoom(rooms, name, (doc) => Y.encodeStateAsUpdate(doc));

/**
 * The document library (shared/api/document-library.ts): the bin, duplicates, translation links
 * and space templates. Who may do what: writers (members, moderators, admins) bin, restore,
 * duplicate and link translations; admins empty the bin and save or remove templates
 * ('manage-library'); observers only read the bin and the templates.
 */
export function documentLibraryRoutes(deps: ApiDeps): Hono<Env> {
  const { directory, rooms } = deps;
  const { documents, templates } = directory;
  const app = new Hono<Env>();

  /** A writer of the document's space, whether or not the document is binned (a binned one is read-only to all). */
  const writer = (found: AllowedDocument) =>
    can(directory.access.actor(found.user, found.space.id), 'write', found.space);

  for (const state of ['bin', 'restore'] as const) {
    app.post(`/api/documents/:documentId/${state}`, documentIdParam, documentAccess(directory, 'read'), async (c) => {
      const found = c.var.allowedNow();
      if (found instanceof Response) return found;
      if (!writer(found)) return fail(c, 'forbidden', refusal('write'));
      // Already so (a repeat, or two people at once): the answer is the document as it is; nothing is written.
      const document = await documents.setBinned(found.document.id, state === 'bin' ? found.user.id : null);
      if (!document) return fail(c, 'not_found', 'No such document.');
      // Sockets open on it become read-only (binned) or may write again (restored).
      deps.accessChanged();
      const access = directory.access.document(found.user, document.id)!.access;
      return c.json({ document, access: access === 'write' ? 'write' : 'read' });
    });
  }

  app.post('/api/documents/:documentId/duplicate', documentIdParam, documentAccess(directory, 'write'), async (c) => {
    const found = c.var.allowedNow();
    if (found instanceof Response) return found;
    const source = found.document;
    const content = await roomState(rooms, documentRoom(source.id));
    const id = newDocumentId();
    await rooms.create(documentRoom(id), content);
    // Asked again after the awaits: the person may have been removed, or the document binned, meanwhile.
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    const title = `Copy of ${source.title}`.slice(0, 200);
    const document = await documents.add(title, allowed.space.id, allowed.user.id, id, source.language);
    return c.json({ document, access: 'write' as const }, 201);
  });

  app.put(
    '/api/documents/:documentId/translation',
    documentIdParam,
    documentAccess(directory, 'write'),
    jsonBody(LinkTranslationRequest),
    async (c) => {
      const found = c.var.allowedNow();
      if (found instanceof Response) return found;
      const { translationId } = c.req.valid('json');
      if (translationId === found.document.id)
        return fail(c, 'invalid_request', 'A document cannot be its own translation.');
      const other = directory.access.document(found.user, translationId);
      // One the person cannot see is answered as one that does not exist.
      if (!other || other.access === 'none')
        return fail(c, 'not_found', 'No such document to link as the translation.');
      if (other.access !== 'write') return fail(c, 'forbidden', refusal('write'));
      const document = await documents.linkTranslation(found.document.id, translationId);
      if (!document) return fail(c, 'not_found', 'No such document.');
      return c.json({ document, access: 'write' as const });
    },
  );

  app.delete(
    '/api/documents/:documentId/translation',
    documentIdParam,
    documentAccess(directory, 'write'),
    async (c) => {
      const found = c.var.allowedNow();
      if (found instanceof Response) return found;
      const document = await documents.unlinkTranslation(found.document.id);
      if (!document) return fail(c, 'not_found', 'No such document.');
      return c.json({ document, access: 'write' as const });
    },
  );

  app.get('/api/spaces/:spaceId/bin', spaceIdParam, spaceAccess(directory, 'view'), (c) => {
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    return c.json({ documents: documents.binnedIn(allowed.space.id) });
  });

  app.post(
    '/api/spaces/:spaceId/bin/empty',
    spaceIdParam,
    spaceAccess(directory, 'manage-library'),
    jsonBody(EmptyBinRequest),
    async (c) => {
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      // Only what is still in the bin is deleted: a document restored since the admin confirmed is kept.
      const removed = await documents.removeBinned(allowed.space.id, c.req.valid('json').documentIds);
      deps.accessChanged();
      for (const document of removed) await rooms.remove(documentRoom(document.id));
      return c.json({ deleted: removed.map((document) => document.id) });
    },
  );

  app.get('/api/spaces/:spaceId/templates', spaceIdParam, spaceAccess(directory, 'view'), (c) => {
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    return c.json({ templates: templates.inSpace(allowed.space.id) });
  });

  app.post(
    '/api/documents/:documentId/save-as-template',
    documentIdParam,
    documentAccess(directory, 'read'),
    jsonBody(SaveTemplateRequest),
    async (c) => {
      const found = c.var.allowedNow();
      if (found instanceof Response) return found;
      if (!can(directory.access.actor(found.user, found.space.id), 'manage-library', found.space))
        return fail(c, 'forbidden', refusal('manage-library'));
      const content = await roomState(rooms, documentRoom(found.document.id));
      const id = newTemplateId();
      await rooms.create(templateRoom(id), content);
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      const template = await templates.add(
        id,
        allowed.space.id,
        c.req.valid('json').title,
        allowed.document.language,
        allowed.user.id,
      );
      return c.json({ template }, 201);
    },
  );

  app.delete(
    '/api/spaces/:spaceId/templates/:templateId',
    pathParams({ spaceId: SpaceId, templateId: SpaceTemplateId }),
    spaceAccess(directory, 'manage-library'),
    async (c) => {
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      const { templateId } = c.req.valid('param');
      if (!(await templates.remove(allowed.space.id, templateId))) return fail(c, 'not_found', 'No such template.');
      await rooms.remove(templateRoom(templateId));
      return c.body(null, 204);
    },
  );

  return app;
}
