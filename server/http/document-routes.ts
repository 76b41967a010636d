import { Hono } from 'hono';
import { CreateDocumentRequest, UpdateDocumentRequest } from '../../shared/api/schemas';
import { readThread } from '../../shared/forum/forum-rooms';
import { documentRoom, threadRoom } from '../../shared/rooms';
import { can } from '../../shared/spaces/permissions';
import type { Block } from '../content/blocks';
import { documentContentUpdate } from '../content/initial-content';
import { builtInTemplateBlocks } from '../content/templates/templates';
import { recordThreadDocument, threadBlocks } from '../content/thread-blocks';
import { readRoom } from '../forum/person-room';
import { newDocumentId } from '../spaces/documents';
import { templateRoom } from '../spaces/templates';
import { roomState } from './document-library-routes';
import type { ApiDeps } from './api';
import { documentAccess, refusal, spaceAccess } from './guard';
import { fail, type Env } from './respond';
import { documentIdParam, jsonBody, spaceIdParam } from './validate';

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

  app.get('/api/spaces/:spaceId/documents', spaceIdParam, spaceAccess(directory, 'view'), (c) => {
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    return c.json({ documents: documents.inSpaces(new Set([allowed.space.id])) });
  });

  app.post(
    '/api/spaces/:spaceId/documents',
    spaceIdParam,
    spaceAccess(directory, 'write'),
    jsonBody(CreateDocumentRequest),
    async (c) => {
      const { title, fromThread, posts, template } = c.req.valid('json');
      const spaceId = c.req.valid('param').spaceId;
      let blocks: Block[] = [];
      let content: Uint8Array | null = null;
      let language = c.req.valid('json').language;
      if (fromThread !== undefined) {
        // The thread is read as the space's readers see it: only what is shown, never what was hidden or deleted.
        const thread = await readRoom(rooms, threadRoom(spaceId, fromThread), readThread);
        if (!thread.details || thread.details.deleted)
          return fail(c, 'not_found', 'No such thread in this space to make a document from.');
        const nameOf = (userId: string) => deps.directory.accounts.findUser(userId)?.name ?? 'Former member';
        const chosen = posts === undefined ? thread.posts : thread.posts.filter((post) => posts.includes(post.id));
        blocks = threadBlocks(chosen, nameOf, { title: thread.details.title });
      } else if (template !== undefined) {
        const own = deps.directory.templates.find(spaceId, template);
        if (own) {
          language ??= own.language;
          content = await roomState(rooms, templateRoom(own.id));
        } else {
          const builtIn = builtInTemplateBlocks(template, language ?? 'en');
          if (!builtIn) return fail(c, 'not_found', 'No such template in this space.');
          blocks = builtIn;
        }
      }
      // The room's first content is stored before the index names it: a disk that refuses either leaves no document without content.
      const id = newDocumentId();
      await rooms.create(documentRoom(id), content ?? documentContentUpdate(blocks));
      // Asked after storing the room: the person may have been removed, or the space archived, meanwhile.
      const allowed = c.var.allowedNow();
      if (allowed instanceof Response) return allowed;
      const document = await documents.add(title, allowed.space.id, allowed.user.id, id, language ?? 'en');
      if (fromThread !== undefined) await recordThreadDocument(rooms, threadRoom(spaceId, fromThread), document);
      return c.json({ document, access: 'write' as const }, 201);
    },
  );

  app.get('/api/documents/:documentId', documentIdParam, documentAccess(directory, 'read'), (c) => {
    const found = c.var.allowedNow();
    if (found instanceof Response) return found;
    return c.json({ document: found.document, access: found.access });
  });

  // Renaming (writers) and moving (admins of both spaces). Someone not in the space is refused as GET refuses them, and
  // a reader as one who may not write, before the body is read: the answer carries the document, so it must not reach them.
  app.patch(
    '/api/documents/:documentId',
    documentIdParam,
    documentAccess(directory, 'write'),
    jsonBody(UpdateDocumentRequest),
    async (c) => {
      const found = c.var.allowedNow();
      if (found instanceof Response) return found;
      const body = c.req.valid('json');
      const moving = body.spaceId !== undefined && body.spaceId !== found.space.id;
      if (moving) {
        const target = spaces.find(body.spaceId!);
        if (!target) return fail(c, 'not_found', 'No such space to move the document to.');
        const allowedHere = can(directory.access.actor(found.user, found.space.id), 'move-documents', found.space);
        const allowedThere = can(directory.access.actor(found.user, target.id), 'move-documents', target);
        if (!allowedHere || !allowedThere) return fail(c, 'forbidden', refusal('move-documents'));
      }
      const renaming = body.title !== undefined && body.title !== found.document.title;
      const relanguaging = body.language !== undefined && body.language !== found.document.language;
      // A change that changes nothing writes nothing, and the document keeps its time.
      if (!renaming && !moving && !relanguaging) return c.json({ document: found.document, access: found.access });
      const document = await documents.update(found.document.id, {
        ...(renaming && { title: body.title }),
        ...(moving && { spaceId: body.spaceId }),
        ...(relanguaging && { language: body.language }),
      });
      if (moving) deps.accessChanged();
      const access = directory.access.document(found.user, document!.id)!.access;
      return c.json({ document, access: access === 'none' ? 'read' : access });
    },
  );

  return app;
}
