import { Hono } from 'hono';
import { CreateDocumentRequest, UpdateDocumentRequest } from '../../shared/api/schemas';
import { DocumentId } from '../../shared/ids';
import { documentRoom } from '../../shared/rooms';
import { can } from '../../shared/spaces/permissions';
import { documentContentUpdate } from '../content/initial-content';
import { newDocumentId } from '../spaces/documents';
import type { ApiDeps } from './api';
import { guardSpace, refusal } from './guard';
import { fail, param, readBody, type Env } from './respond';

/** The document index: /api/documents… and a space's documents. */
export function documentRoutes(deps: ApiDeps): Hono<Env> {
  const { directory, rooms } = deps;
  const { spaces, documents } = directory;
  const app = new Hono<Env>();

  // Every document the person may see, for the device's offline index.
  app.get('/api/documents', (c) => {
    const visible = new Set(spaces.visibleTo(c.get('user')).map((space) => space.id));
    return c.json({ documents: documents.inSpaces(visible) });
  });

  app.get('/api/spaces/:spaceId/documents', (c) => {
    const allowed = guardSpace(c, directory, 'view');
    if (allowed instanceof Response) return allowed;
    return c.json({ documents: documents.inSpaces(new Set([allowed.space.id])) });
  });

  app.post('/api/spaces/:spaceId/documents', async (c) => {
    const allowed = guardSpace(c, directory, 'write');
    if (allowed instanceof Response) return allowed;
    const body = await readBody(c, CreateDocumentRequest);
    if (body instanceof Response) return body;
    // The room's first content is stored before the index names it: a disk that refuses either leaves no document without content.
    const id = newDocumentId();
    await rooms.create(documentRoom(id), documentContentUpdate([]));
    const document = await documents.add(body.title, allowed.space.id, allowed.user.id, id);
    return c.json({ document, access: 'write' as const }, 201);
  });

  app.get('/api/documents/:documentId', (c) => {
    const id = param(c, 'documentId', DocumentId);
    const found = id ? directory.access.document(c.get('user'), id) : null;
    if (!found) return fail(c, 'not_found', 'No such document.');
    if (found.access === 'none') return fail(c, 'forbidden', refusal('view'));
    return c.json({ document: found.document, access: found.access });
  });

  app.patch('/api/documents/:documentId', async (c) => {
    const id = param(c, 'documentId', DocumentId);
    const found = id ? directory.access.document(c.get('user'), id) : null;
    if (!found) return fail(c, 'not_found', 'No such document.');
    // Refused exactly as GET refuses, then writers only, before the body is read or anything touched.
    if (found.access === 'none') return fail(c, 'forbidden', refusal('view'));
    if (found.access !== 'write') return fail(c, 'forbidden', refusal('write'));
    const body = await readBody(c, UpdateDocumentRequest);
    if (body instanceof Response) return body;
    const moving = body.spaceId !== undefined && body.spaceId !== found.space.id;
    if (moving) {
      const target = spaces.find(body.spaceId!);
      if (!target) return fail(c, 'not_found', 'No such space to move the document to.');
      const user = c.get('user');
      const allowedHere = can(directory.access.actor(user, found.space.id), 'move-documents', found.space);
      const allowedThere = can(directory.access.actor(user, target.id), 'move-documents', target);
      if (!allowedHere || !allowedThere) return fail(c, 'forbidden', refusal('move-documents'));
    }
    const renaming = body.title !== undefined && body.title !== found.document.title;
    // A change that changes nothing writes nothing, and the document keeps its time.
    const document =
      renaming || moving
        ? await documents.update(found.document.id, {
            ...(renaming && { title: body.title }),
            ...(moving && { spaceId: body.spaceId }),
          })
        : found.document;
    if (moving) deps.accessChanged();
    const access = directory.access.document(c.get('user'), document!.id)!.access;
    return c.json({ document, access: access === 'none' ? 'read' : access });
  });

  return app;
}
